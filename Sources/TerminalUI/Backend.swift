/// What the dashboard needs from a terminal: its size, a way to show a buffer,
/// and keys. The ncurses backend implements it for real; `MemoryBackend` in memory.
public protocol Backend: AnyObject {
    var size: Size { get }
    /// Shows `buffer` (the backend sends only what changed).
    func draw(_ buffer: Buffer)
    /// The next key, waiting at most `timeoutMilliseconds` (nil: none arrived).
    func nextKey(timeoutMilliseconds: Int) -> Key?
}
