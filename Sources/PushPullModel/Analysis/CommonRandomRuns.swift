/// One scenario run again and again with something changed, always over the same paths and
/// seed (common random numbers): the difference between two runs is the effect of the change,
/// not sampling noise, so tornado bars and frontier points compare like with like.
struct CommonRandomRuns: Sendable {
    private(set) var base: Scenario
    let threads: Int?
    let shouldStop: @Sendable () -> Bool

    /// `paths` nil keeps the scenario's own count.
    init(_ scenario: Scenario, paths: Int?, threads: Int?, shouldStop: @escaping @Sendable () -> Bool) throws {
        var base = try scenario.validated()
        if let paths { base.simulation.paths = paths }
        self.base = base
        self.threads = threads
        self.shouldStop = shouldStop
    }

    /// The forecast with `change` made to the base scenario; throws `MonteCarlo.Stopped` when
    /// the answer is no longer wanted, so a stale analysis frees its core within a block.
    func forecast(_ change: (inout Scenario) -> Void = { _ in }) throws -> Forecast {
        if shouldStop() { throw MonteCarlo.Stopped() }
        var scenario = base
        change(&scenario)
        scenario.simulation = base.simulation
        return try MonteCarlo.run(scenario, threads: threads, shouldStop: shouldStop)
    }

    /// The forecast with the levers set to `levers`.
    func forecast(levers: Levers) throws -> Forecast {
        try forecast { $0.levers = levers }
    }
}

extension CommonRandomRuns {
    /// Runs an analysis `body` over the runs of `scenario`; nil when `shouldStop` stopped it.
    /// `shouldStop` is only asked while `body` runs, never kept.
    static func analyse<T>(_ scenario: Scenario, paths: Int?, threads: Int?, shouldStop: @Sendable () -> Bool,
                           _ body: (CommonRandomRuns) throws -> T) throws -> T? {
        try withoutActuallyEscaping(shouldStop) { shouldStop in
            do {
                return try body(try CommonRandomRuns(scenario, paths: paths, threads: threads, shouldStop: shouldStop))
            } catch is MonteCarlo.Stopped {
                return nil
            }
        }
    }

    /// The same runs over `paths` paths (fewer, for a coarse grid).
    func with(paths: Int) -> CommonRandomRuns {
        var fewer = self
        fewer.base.simulation.paths = paths
        return fewer
    }
}
