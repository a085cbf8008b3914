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
    /// False only when writing through to a hard-linked file failed part way (the new text is then in a temporary file).
    public var existingFileIsUnchanged = true

    public var description: String {
        "cannot save \(path): \(step) (\(reason))" + (existingFileIsUnchanged ? "; the existing file is unchanged" : "")
    }
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
    /// the target: readers see the old file or the new one, never a mix. The file keeps its identity:
    /// a symbolic link is followed, so a linked scenario is updated where it really lives (a link to
    /// nothing is refused, not replaced by a file); owner, group and mode are kept where permitted;
    /// and a file with other hard links is written through, in place, so every name sees the new
    /// content (the flushed temporary file is the copy kept should that write fail).
    public static func write(_ text: String, to path: String) throws(ScenarioStoreError) {
        func failure(_ step: String) -> ScenarioStoreError {
            let number = errno
            return ScenarioStoreError(path: path, step: step, reason: String(cString: strerror(number)), systemErrorNumber: number)
        }
        var link = stat(), linked = stat()
        if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, stat(path, &linked) != 0 {
            throw failure("it is a symbolic link to \(linkDestination(path)), which cannot be reached")
        }
        let target = resolvedPath(path)
        let directory = directoryName(of: target)

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
        let exists = stat(target, &existing) == 0
        let mode = exists ? existing.st_mode & 0o7777 : 0o644
        // Owner and group as they were: root saving a user's file leaves it the user's. Not permitted
        // for others (a group they are not in): the file is then theirs, as any file they write.
        if exists { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw closeAndFail("cannot flush \(temporary) to disk") }
        guard close(descriptor) == 0 else { throw failure("cannot close \(temporary)") }
        if exists && existing.st_nlink > 1 && existing.st_mode & S_IFMT == S_IFREG {
            // A rename would give this name a new file and leave the other names on the old content.
            guard writeInPlace(text, to: target) else {
                var error = failure("cannot write through to \(target), which has other hard links; the new content is in \(temporary)")
                error.existingFileIsUnchanged = false
                renamed = true  // kept: it is the only complete copy
                throw error
            }
            return
        }
        guard rename(temporary, target) == 0 else { throw failure("cannot replace \(target)") }
        renamed = true
        syncDirectory(directory)
    }

    /// Replaces the content of the file itself (its inode), for a file with several names.
    private static func writeInPlace(_ text: String, to target: String) -> Bool {
        let descriptor = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return writeAll(Array(text.utf8), to: descriptor) && fsync(descriptor) == 0
    }

    /// Where a symbolic link points, as written in it.
    private static func linkDestination(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, Int(PATH_MAX))
        return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
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
