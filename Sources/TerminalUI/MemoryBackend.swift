/// A backend in memory: keys are queued, the last drawn buffer is kept. Tests drive the
/// dashboard with it, and `pushpull snapshot` renders through it without a terminal.
public final class MemoryBackend: Backend {
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
