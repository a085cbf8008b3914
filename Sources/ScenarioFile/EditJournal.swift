import Foundation
import PushPullModel

/// One lever move, as the dashboard made it.
public struct JournalEdit: Equatable, Sendable {
    public var lever: Lever
    public var value: Double

    public init(lever: Lever, value: Double) {
        self.lever = lever
        self.value = value
    }
}

/// The edits a journal holds, and the lines that could not be read (a crash in the middle of a write).
public struct RecoveredEdits: Equatable, Sendable {
    /// The scenario file named in the journal's header.
    public var scenarioFile: String
    public var edits: [JournalEdit]
    public var skippedLines: Int
}

/// What a previous session left behind.
public enum JournalRecovery: Equatable, Sendable {
    /// No journal: the last session saved or quit cleanly.
    case nothing
    /// Unsaved edits made on exactly the scenario now on disk: replay them in order.
    case replay(RecoveredEdits)
    /// Unsaved edits made on a version of the scenario that has changed since: ask before applying.
    case scenarioChanged(RecoveredEdits)
    /// A journal whose header cannot be read: nothing can be trusted in it.
    case unreadable(lines: Int)
}

public struct EditJournalError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "edit journal \(path): \(reason)" }
}

/// A crash-recovery log of lever moves since the scenario was last saved.
///
/// Text, one line per entry, appended with a single `write` per edit so a crash loses at most the
/// line being written (a line without its newline is ignored: it may be cut short):
///
///     pushpull-journal 1 fnv1a64:<hash of the scenario file's text> <scenario file>
///     pushShare 0.65
///     budget 300000
///
/// Each running dashboard has its own, named with its process id, so two windows on one scenario
/// never truncate or delete each other's: beside the scenario as `.NAME.PID.pushpull-journal` (add
/// `.*.pushpull-journal` to `.gitignore`), or for the built-in scenario in
/// `$XDG_STATE_HOME/pushpull/built-in.PID.pushpull-journal`. A journal whose process is gone was
/// left by a session that ended without saving: the next start offers it (`abandoned`).
public struct EditJournal: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    static let suffix = ".pushpull-journal"

    public static func beside(scenarioAt scenarioPath: String, process: Int32 = getpid()) -> EditJournal {
        let url = URL(fileURLWithPath: scenarioPath)
        return EditJournal(path: url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(process)\(suffix)").path)
    }

    /// In pushpull's state folder (`StateDirectory`): the built-in example has no folder of its own.
    public static func forBuiltInScenario(environment: [String: String] = ProcessInfo.processInfo.environment,
                                          process: Int32 = getpid()) -> EditJournal {
        EditJournal(path: StateDirectory.path(environment: environment) + "/built-in.\(process)\(suffix)")
    }

    /// The journals of other sessions on the same scenario whose process is gone (killed, crashed,
    /// its terminal closed), oldest first; a journal from before journals were named by process counts too.
    public func abandoned() -> [EditJournal] {
        siblings().filter { $0.process.map { !Self.isRunning($0) } ?? true }.map(\.journal)
    }

    /// The processes of other sessions running on the same scenario now.
    public func otherSessions() -> [Int32] {
        siblings().compactMap(\.process).filter(Self.isRunning)
    }

    /// Journals beside this one for the same scenario, with the process each names (nil: unnamed).
    private func siblings() -> [(journal: EditJournal, process: Int32?)] {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard name.hasSuffix(Self.suffix), let dot = name.dropLast(Self.suffix.count).lastIndex(of: ".") else { return [] }
        let base = String(name[..<dot])
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let found: [(journal: EditJournal, process: Int32?, modified: Date)] = files.compactMap { file in
            guard file != name, file.hasPrefix(base + "."), file.hasSuffix(Self.suffix) else { return nil }
            let middle = file.dropFirst(base.count + 1).dropLast(Self.suffix.count)
            let legacy = file == base + Self.suffix
            guard legacy || Int32(middle) != nil else { return nil }
            let journalPath = directory + "/" + file
            let modified = (try? FileManager.default.attributesOfItem(atPath: journalPath)[.modificationDate] as? Date) ?? .distantPast
            return (EditJournal(path: journalPath), legacy ? nil : Int32(middle), modified)
        }
        return found.sorted { $0.modified < $1.modified }.map { ($0.journal, $0.process) }
    }

    /// Whether a process with this id exists (one we may not signal exists too).
    private static func isRunning(_ process: Int32) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }

    private static let magic = "pushpull-journal 1"

    /// Starts a new journal for a session on `scenarioFile`, whose text is `content` as it was read.
    public func start(scenarioFile: String, content: String) throws(EditJournalError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw EditJournalError(path: path, reason: "cannot create \(directory)")
        }
        try append(Self.header(scenarioFile: scenarioFile, content: content), flags: O_CREAT | O_TRUNC)
    }

    /// Records one edit as soon as it happens; the journal must have been started.
    public func record(_ edit: JournalEdit) throws(EditJournalError) {
        try append("\(edit.lever.rawValue) \(edit.value)\n", flags: O_APPEND)
    }

    /// Reads back what a previous session left, checking that it was made on `content`.
    public func recover(scenarioFile: String, content: String) -> JournalRecovery {
        guard let data = FileManager.default.contents(atPath: path) else { return .nothing }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // Everything after the last newline was being written when the session stopped.
        let unfinished = lines.removeLast().isEmpty ? 0 : 1
        guard let header = lines.first, let recordedFile = Self.scenarioFile(inHeader: header) else {
            return .unreadable(lines: lines.count + unfinished)
        }
        let edits = lines.dropFirst().compactMap(Self.edit)
        let recovered = RecoveredEdits(scenarioFile: recordedFile, edits: edits,
                                       skippedLines: lines.count - 1 - edits.count + unfinished)
        return header == Self.header(scenarioFile: scenarioFile, content: content).dropLast() ? .replay(recovered) : .scenarioChanged(recovered)
    }

    /// Removes the journal after a save or a clean quit; a missing journal is fine.
    public func discard() {
        unlink(path)
    }

    private static func header(scenarioFile: String, content: String) -> String {
        "\(magic) fnv1a64:\(ContentHash.hex(of: content)) \(escaped(scenarioFile))\n"
    }

    private static func scenarioFile(inHeader line: Substring) -> String? {
        let parts = line.split(separator: " ", maxSplits: 3)
        guard parts.count == 4, "\(parts[0]) \(parts[1])" == magic, parts[2].hasPrefix("fnv1a64:") else { return nil }
        return String(parts[3]).removingPercentEncoding
    }

    private static func edit(_ line: Substring) -> JournalEdit? {
        let parts = line.split(separator: " ")
        guard parts.count == 2, let lever = Lever(rawValue: String(parts[0])),
              let value = Double(parts[1]), value.isFinite else { return nil }
        return JournalEdit(lever: lever, value: value)
    }

    /// Keeps the header on one line whatever the file name holds.
    private static func escaped(_ file: String) -> String {
        file.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    /// One `write` call per entry, so entries never interleave or split across calls.
    private func append(_ line: String, flags: Int32) throws(EditJournalError) {
        let descriptor = open(path, O_WRONLY | flags, 0o600)
        guard descriptor >= 0 else {
            throw EditJournalError(path: path, reason: String(cString: strerror(errno)) + (flags & O_CREAT == 0 ? " (was the journal started?)" : ""))
        }
        defer { close(descriptor) }
        let bytes = Array(line.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw EditJournalError(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
    }
}
