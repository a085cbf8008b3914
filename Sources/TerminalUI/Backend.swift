/// What the dashboard needs from a terminal: its size, a way to show a buffer,
/// and keys. The ncurses backend implements it for real; `TestBackend` in memory.
public protocol Backend: AnyObject {
    var size: Size { get }
    /// Shows `buffer` (the backend sends only what changed).
    func draw(_ buffer: Buffer)
    /// The next key, waiting at most `timeoutMilliseconds` (nil: none arrived).
    func nextKey(timeoutMilliseconds: Int) -> Key?
}

/// An in-memory backend for tests: keys are queued, the last drawn buffer is kept.
public final class TestBackend: Backend {
    public var size: Size
    public private(set) var lastDrawn: Buffer?
    public private(set) var drawCount = 0
    private var pendingKeys: [Key]

    public init(size: Size, keys: [Key] = []) {
        self.size = size
        self.pendingKeys = keys
    }

    public func queue(_ keys: [Key]) { pendingKeys.append(contentsOf: keys) }

    public func draw(_ buffer: Buffer) {
        lastDrawn = buffer
        drawCount += 1
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }
}
