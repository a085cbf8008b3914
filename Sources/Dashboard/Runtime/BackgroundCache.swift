import Foundation

/// One result kept in step with its input and computed in the background, newest input wins.
///
/// `request` with a new input forgets the old outcome and makes older work stale: the job
/// sees it through `shouldStop` and stops between blocks (or is skipped before it starts),
/// and only the outcome for the newest input is ever delivered, once, by `collect()`. An
/// error the job throws is delivered like a result, never swallowed. Work starts only from
/// `start()`: the run loop calls it once the frame is drawn, so it never slows that frame.
final class BackgroundCache<Input: Equatable & Sendable, Output: Sendable>: BackgroundWork, @unchecked Sendable {
    /// The computation: nil when it stopped because `shouldStop` turned true.
    typealias Job = @Sendable (Input, _ shouldStop: @Sendable () -> Bool) throws -> Output?

    /// The input of the latest request (or of the output settled in the foreground).
    private(set) var input: Input?
    /// The outcome for `input`, once it has been collected.
    private(set) var outcome: Result<Output, any Error>?
    /// True from a request until its outcome is collected (or the request is cancelled).
    var isPending: Bool { input != nil && outcome == nil }
    /// The output for `input`, once collected.
    var output: Output? { if case .success(let output) = outcome { output } else { nil } }
    /// The error the job threw for `input`, once collected.
    var failure: (any Error)? { if case .failure(let error) = outcome { error } else { nil } }

    private let job: Job
    private let queue: DispatchQueue
    /// An input waiting for `start()`.
    private var queued: Input?
    /// Guards `generation` and `mailbox`, which the background queue touches too.
    private let lock = NSLock()
    private var generation = 0
    private var mailbox: (generation: Int, outcome: Result<Output, any Error>)?

    init(label: String, job: @escaping Job) {
        self.job = job
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    /// Asks for the output for `input`, to be computed from the next `start()`; false when
    /// `input` is already the one asked for, which changes nothing.
    @discardableResult
    func request(_ input: Input) -> Bool {
        guard input != self.input else { return false }
        forgetWorkInFlight()
        self.input = input
        outcome = nil
        queued = input
        return true
    }

    /// Records an output known without background work (computed in the foreground, or the
    /// same as another cache's), stopping any work for an older input.
    func settle(_ input: Input, with output: Output) {
        forgetWorkInFlight()
        self.input = input
        outcome = .success(output)
    }

    /// Records a failure found in the foreground for `input`.
    func settle(_ input: Input, failure: any Error) {
        forgetWorkInFlight()
        self.input = input
        outcome = .failure(failure)
    }

    /// Stops the work in flight for the latest request and queues it again for the next
    /// `start()`: for work that gives the cores back to something more urgent, then resumes.
    func postpone() {
        guard let input, outcome == nil else { return }
        forgetWorkInFlight()
        queued = input
    }

    /// Stops waiting for the output of the latest request: nothing more will be delivered for it.
    func cancel() {
        forgetWorkInFlight()
        if outcome == nil { input = nil }
    }

    /// Starts the queued request, if any, on the background queue.
    func start() {
        guard let input = queued else { return }
        queued = nil
        let mine = lock.withLock { generation }
        queue.async { [self, job] in
            let shouldStop: @Sendable () -> Bool = { self.lock.withLock { self.generation != mine } }
            guard !shouldStop() else { return }
            let outcome: Result<Output, any Error>
            do {
                guard let output = try job(input, shouldStop) else { return }
                outcome = .success(output)
            } catch {
                outcome = .failure(error)
            }
            lock.withLock { if mine == generation { mailbox = (mine, outcome) } }
        }
    }

    /// Takes the outcome of the latest request if it has arrived since the last call.
    func collect() -> Result<Output, any Error>? {
        let delivered = lock.withLock { () -> Result<Output, any Error>? in
            guard let letter = mailbox, letter.generation == generation else { return nil }
            mailbox = nil
            return letter.outcome
        }
        if let delivered { outcome = delivered }
        return delivered
    }

    /// Starts what is queued and blocks until it is done; `collect()` then has its outcome
    /// (tests, snapshots, exports).
    func startAndWait() {
        start()
        queue.sync {}
    }

    private func forgetWorkInFlight() {
        queued = nil
        lock.withLock {
            generation += 1
            mailbox = nil
        }
    }
}

/// What the run loop does with every cache alike, whatever it computes.
protocol BackgroundWork: AnyObject {
    func start()
    func startAndWait()
}
