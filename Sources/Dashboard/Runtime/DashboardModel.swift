import PushPullModel
import Synchronization

/// The model computations the dashboard runs, as values: the real Monte Carlo by default,
/// something cheaper in tests that press many keys.
public struct DashboardModel: Sendable {
    /// The forecast of a scenario; a throw is shown in the status line, the last good forecast
    /// kept. In the background, `shouldStop` turns true once a newer request makes it stale.
    public var forecast: @Sendable (Scenario, _ shouldStop: @Sendable () -> Bool) throws -> Forecast
    /// A quick first estimate drawn at once on a key, while `forecast` refines it in the
    /// background; nil computes `forecast` on the key itself.
    public var estimate: (@Sendable (Scenario) throws -> Forecast)?
    /// The risk-bounded best balance (run in the background); nil when `shouldStop` cut it short.
    public var bestBalance: @Sendable (Scenario, _ shouldStop: @Sendable () -> Bool) throws -> BalanceRecommendation?
    /// With an estimate: the time within which the full forecast runs on the key itself instead,
    /// judged by the pace of the last full runs, so the room sees one frame per key with the
    /// final figures whenever the machine can; nil always draws the estimate first.
    public var foregroundBudget: Duration?
    /// With an estimate: the time within which a full run in the background lands soon enough
    /// that the figures on screen wait for it instead of showing the estimate first, judged by
    /// the same pace. The lever moves at once; its figures change once, a frame or two later.
    /// nil never waits.
    public var holdBudget: Duration?
    /// The analysis on screen (frontier, tornado, …), in the background; nil when `shouldStop` cut it short.
    public var analyse: @Sendable (AnalysisRequest, _ shouldStop: @Sendable () -> Bool) throws -> AnalysisAnswer?

    public init(forecast: @escaping @Sendable (Scenario, _ shouldStop: @Sendable () -> Bool) throws -> Forecast,
                estimate: (@Sendable (Scenario) throws -> Forecast)? = nil,
                bestBalance: @escaping @Sendable (Scenario, _ shouldStop: @Sendable () -> Bool) throws -> BalanceRecommendation?,
                foregroundBudget: Duration? = nil,
                holdBudget: Duration? = nil,
                analyse: @escaping @Sendable (AnalysisRequest, _ shouldStop: @Sendable () -> Bool) throws -> AnalysisAnswer?
                    = { request, shouldStop in try request.run(shouldStop: shouldStop) }) {
        self.forecast = forecast
        self.estimate = estimate
        self.bestBalance = bestBalance
        self.foregroundBudget = foregroundBudget
        self.holdBudget = holdBudget
        self.analyse = analyse
    }

    /// The model's share of one 60 Hz frame (16.7 ms): the rest renders and paints.
    public static let frameModelBudget = Duration.milliseconds(10)

    /// How long the figures on screen may wait for a key's full run: three 60 Hz frames, well
    /// under the ~100 ms at which a delay is felt. Longer runs (many paths) show an estimate first.
    public static let figuresHoldBudget = Duration.milliseconds(50)

    /// Paths of the first estimate: with common random numbers they are the first
    /// paths of the full run, so the refined figures move only a little.
    public static let estimatePaths = 64

    /// `MonteCarlo.run` (on the key when it fits the frame; otherwise a 64-path estimate on the
    /// key, the full run refining it in the background) and `BalanceOptimizer.best`, each search
    /// climbing from the last one's answer: a new value per dashboard. The search has every
    /// core: it starts once the forecast on screen is final, and a key stops it within a
    /// block of paths (about 2 ms), so it never holds a frame back for longer.
    public static var monteCarlo: DashboardModel {
        let lastAnswer = Mutex<Double?>(nil)
        return DashboardModel(
            forecast: { scenario, shouldStop in try MonteCarlo.run(scenario, shouldStop: shouldStop) },
            estimate: { scenario in
                var quick = scenario
                quick.simulation.paths = min(scenario.simulation.paths, estimatePaths)
                return try MonteCarlo.run(quick)
            },
            bestBalance: { scenario, shouldStop in
                let found = try BalanceOptimizer.best(for: scenario, near: lastAnswer.withLock { $0 },
                                                      shouldStop: shouldStop)
                if let found { lastAnswer.withLock { $0 = found.pushShare } }
                return found
            },
            foregroundBudget: frameModelBudget, holdBudget: figuresHoldBudget)
    }

    /// The same computations, with the quick estimate of `scenario` (what the first frame shows)
    /// started now in the background, so the first frame need not wait for it while the program
    /// loads its themes and sets up the terminal. An estimate of any other scenario is computed
    /// when asked, as before; without an estimate nothing changes.
    public func estimating(ahead scenario: Scenario) -> DashboardModel {
        guard let quick = estimate else { return self }
        let ahead = BackgroundCache<Scenario, Forecast>(label: "pushpull.first-estimate") { scenario, _ in try quick(scenario) }
        ahead.request(scenario)
        ahead.start()
        var model = self
        model.estimate = { requested in
            guard requested == scenario else { return try quick(requested) }
            // The same scenario always gives the same estimate (a fixed seed): it is kept.
            ahead.startAndWait()
            _ = ahead.collect()
            return try ahead.outcome?.get() ?? quick(requested)
        }
        return model
    }

    /// The same computations with the simulation's paths and seed replaced (the config file's),
    /// so the scenario on screen, and the file it saves to, keep their own.
    public func simulating(paths: Int?, seed: UInt64?) -> DashboardModel {
        guard paths != nil || seed != nil else { return self }
        let adjusted: @Sendable (Scenario) -> Scenario = { scenario in
            var scenario = scenario
            if let paths { scenario.simulation.paths = paths }
            if let seed { scenario.simulation.seed = seed }
            return scenario
        }
        let forecast = self.forecast, bestBalance = self.bestBalance
        var estimate: (@Sendable (Scenario) throws -> Forecast)?
        if let quick = self.estimate { estimate = { scenario in try quick(adjusted(scenario)) } }
        return DashboardModel(forecast: { scenario, shouldStop in try forecast(adjusted(scenario), shouldStop) }, estimate: estimate,
                              bestBalance: { scenario, shouldStop in try bestBalance(adjusted(scenario), shouldStop) },
                              foregroundBudget: foregroundBudget, holdBudget: holdBudget)
    }
}
