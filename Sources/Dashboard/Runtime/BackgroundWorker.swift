import Foundation

/// Runs one kind of job on a background queue, newest request wins: a newer request
/// makes older work stop early (through `isStale`, or by being skipped before it
/// starts), and only the newest answer is ever delivered, once.
final class BackgroundWorker<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let queue: DispatchQueue
    private var generation = 0
    private var mailbox: (generation: Int, result: Output)?

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    /// Queues `job`, abandoning any older one. `job` gets a closure telling it that a
    /// newer request exists; it returns nil when it stopped for that reason.
    func request(_ job: @escaping @Sendable (_ isStale: @Sendable () -> Bool) -> Output?) {
        let mine = lock.withLock { generation += 1; mailbox = nil; return generation }
        queue.async { [self] in
            let isStale: @Sendable () -> Bool = { self.lock.withLock { self.generation != mine } }
            guard !isStale(), let result = job(isStale) else { return }
            lock.withLock { if mine == generation { mailbox = (mine, result) } }
        }
    }

    /// Forgets any request in flight: its answer will not be delivered.
    func cancel() {
        lock.withLock { generation += 1; mailbox = nil }
    }

    /// The answer to the latest request, once, if it has arrived.
    func takeResult() -> Output? {
        lock.withLock {
            guard let letter = mailbox, letter.generation == generation else { return nil }
            mailbox = nil
            return letter.result
        }
    }

    /// Blocks until queued jobs are done (for tests, snapshots and exports).
    func waitUntilIdle() { queue.sync {} }
}
