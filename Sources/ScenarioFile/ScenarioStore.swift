#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PushPullModel
import TOMLGuard

/// Why a save failed. The file that was there before is untouched.
public struct ScenarioStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    /// What the save was doing, e.g. "cannot create a temporary file in /plans".
    public var step: String
    /// The system's reason, e.g. "Permission denied".
    public var reason: String
    /// The same reason as the system's error number (`errno`), e.g. `EACCES`.
    public var systemErrorNumber: Int32

    public var description: String { "cannot save \(path): \(step) (\(reason)); the existing file is unchanged" }
}

// The temporary file a save is writing, for a fatal signal's handler to remove: a buffer made
// before it is needed and a flag, so the handler neither allocates nor reads freed memory.
nonisolated(unsafe) private var temporaryIsBeingWritten: Int32 = 0
nonisolated(unsafe) private let temporaryBeingWritten = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)

/// Saves scenario files so that a crash or a full disk never leaves a half-written file.
public enum ScenarioStore {
    /// Removes the temporary file of a save under way, if any. Async-signal-safe: for the
    /// handler of a signal that ends the process (a file size limit reached part way, a crash).
    public static func removeTemporaryFileOnSignal() {
        if temporaryIsBeingWritten != 0 { unlink(temporaryBeingWritten) }
    }

    public static func save(_ scenario: Scenario, to path: String, provenance: [String: String] = [:]) throws(ScenarioStoreError) {
        try write(ScenarioWriter.text(for: scenario, provenance: provenance), to: path)
    }

    /// Saves over the file at `path` changing only the values that changed (`ScenarioEdit`), so its
    /// comments and layout stay; a new file, or one the edit cannot change exactly, is written whole.
    public static func saveKeepingLayout(_ scenario: Scenario, to path: String) throws(ScenarioStoreError) {
        let existing = try? TOMLInput.read(path: path, maximumSize: ScenarioReader.maximumFileSize)
        try write(existing.flatMap { ScenarioEdit.edited($0, to: scenario) } ?? ScenarioWriter.text(for: scenario), to: path)
    }

    /// Writes a temporary file in the target's directory, flushes it to disk, then renames it over
    /// the target: readers see the old file or the new one, never a mix. A symbolic link is
    /// followed, so a linked scenario is updated where it really lives.
    public static func write(_ text: String, to path: String) throws(ScenarioStoreError) {
        let target = resolvedPath(path)
        let directory = directoryName(of: target)
        func failure(_ step: String) -> ScenarioStoreError {
            let number = errno
            return ScenarioStoreError(path: path, step: step, reason: String(cString: strerror(number)), systemErrorNumber: number)
        }

        var template = Array("\(directory)/.\(baseName(of: target)).pushpull-save-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw failure("cannot create a temporary file in \(directory)") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if template.count <= Int(PATH_MAX) + 1 {
            template.withUnsafeBufferPointer { temporaryBeingWritten.update(from: $0.baseAddress!, count: $0.count) }
            temporaryIsBeingWritten = 1
        }
        var renamed = false
        defer {
            temporaryIsBeingWritten = 0
            if !renamed { unlink(temporary) }
        }
        func closeAndFail(_ step: String) -> ScenarioStoreError {
            let error = failure(step)
            close(descriptor)
            return error
        }
        guard writeAll(Array(text.utf8), to: descriptor) else { throw closeAndFail("cannot write \(temporary)") }
        // mkstemp creates the file private to its owner; a scenario keeps the mode it had, or is readable like any text file.
        var existing = stat()
        let mode = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw closeAndFail("cannot flush \(temporary) to disk") }
        guard close(descriptor) == 0 else { throw failure("cannot close \(temporary)") }
        guard rename(temporary, target) == 0 else { throw failure("cannot replace \(target)") }
        renamed = true
        syncDirectory(directory)
    }

    /// Makes the rename itself durable; failing here loses nothing, so it is not reported.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func directoryName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func baseName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}

/// Writes every byte, retrying short writes and interruptions; false with `errno` set on failure.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        offset += count
    }
    return true
}
