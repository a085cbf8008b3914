import Foundation

/// Tells whether a scenario file changed on disk, by polling: portable, and cheap enough for the
/// dashboard to call every ~250 ms from its loop. Create it right after reading the file.
///
/// A change of modification time, size or inode (editors often save by renaming a new file over
/// the old) makes it re-read the file, and only a different content hash counts as a change, so a
/// save of identical text or a `touch` causes no reload. A missing file (the instant between an
/// editor's delete and write) is not a change: the next check sees the new file.
public final class ScenarioWatcher {
    public let path: String
    private var stamp: FileStamp?
    private var contentHash: UInt64?

    public init(path: String) {
        self.path = path
        stamp = FileStamp(path: path)
        contentHash = stamp.flatMap { _ in Self.hashOfContent(path) }
    }

    /// True once per change of content since the previous check (or since `init`).
    public func checkForChange() -> Bool {
        guard let current = FileStamp(path: path) else { return false }
        // Within the file system's timestamp granularity, a second write can keep size and
        // modification time: recently modified files are hashed even when the stamp is unchanged.
        guard current != stamp || current.isRecent else { return false }
        stamp = current
        guard let hash = Self.hashOfContent(path), hash != contentHash else { return false }
        contentHash = hash
        return true
    }

    private static func hashOfContent(_ path: String) -> UInt64? {
        FileManager.default.contents(atPath: path).map { ContentHash.of($0) }
    }
}

/// What `stat` says about a file, enough to notice most changes without reading it.
private struct FileStamp: Equatable {
    var modified: timespec
    var size: Int64
    var inode: UInt64

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        modified = status.st_mtim
        size = Int64(status.st_size)
        inode = UInt64(status.st_ino)
    }

    var isRecent: Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now.tv_sec - modified.tv_sec < 2
    }

    static func == (lhs: FileStamp, rhs: FileStamp) -> Bool {
        lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
            && lhs.size == rhs.size && lhs.inode == rhs.inode
    }
}
