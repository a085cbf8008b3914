import PushPullModel
import Synchronization

/// Keeps `results` in step with the state, each result computed only when its input changes,
/// each in its own `BackgroundCache`:
/// - the forecast of the levers on screen: the full run on the key when the last runs' pace
///   says it fits the frame budget; otherwise the full run in the background, the figures on
///   screen waiting for it when the pace says it lands within the hold budget (one change of
///   figures per key), or else a quick estimate at once (when the model offers one);
/// - the pinned baseline's forecast: its own estimate at once (so a change against it shows no
///   sampling noise), its full run in the background, unless the refinement on its way is
///   for the same levers;
/// - the best balance, in the background, only when a lever other than the balance moves;
/// - the analysis on screen (frontier, tornado, goal seek, comparison, response curves), only
///   while it is shown: a quick estimate first, then its full run.
///
/// A failed computation keeps the last good figures on screen and says why in `results`.
/// Background work starts only from `startBackgroundWork()`, which the run loop calls once the
/// frame is drawn: on two cores, a refinement started before the frame would slow the frame.
final class ModelRunner {
    private(set) var results = ModelResults()

    private let model: DashboardModel
    private let refinement: BackgroundCache<Scenario, Forecast>
    private let baselineRun: BackgroundCache<Scenario, Forecast>
    private let search: BackgroundCache<BalanceSearchInput, BestBalance>
    private let analysis: BackgroundCache<AnalysisRequest, AnalysisAnswer>
    /// The quick request of the analysis on screen: what its estimate and full run answer.
    private var analysisShown: AnalysisRequest?
    private var pinnedBaseline: Scenario?
    /// The baseline's quick estimate, compared with the forecast while that is an estimate too.
    private var baselineEstimate: Forecast?
    /// How fast full runs went lately, to tell whether the next fits the frame.
    private let pace: ModelPace
    /// The levers whose figures are on screen (those of a quick estimate while `showsEstimate`):
    /// while a held key waits for its full run, the figures are still the previous levers'.
    private var forecastScenario: Scenario?
    private var showsEstimate = false
    /// Since when the figures on screen have been waiting for a key's full run (nil: they are not).
    private var figuresWaitingSince: ContinuousClock.Instant?

    init(model: DashboardModel, pace: ModelPace = ModelPace()) {
        self.model = model
        self.pace = pace
        let forecast = model.forecast
        refinement = BackgroundCache(label: "pushpull.forecast") { scenario, shouldStop in
            try pace.timing(scenario) { try forecast(scenario, shouldStop) }
        }
        baselineRun = BackgroundCache(label: "pushpull.baseline") { scenario, shouldStop in try forecast(scenario, shouldStop) }
        let bestBalance = model.bestBalance
        search = BackgroundCache(label: "pushpull.best-balance") { input, shouldStop in
            if let found = try bestBalance(input.scenario, shouldStop) { return .found(found) }
            return shouldStop() ? nil : .unavailable
        }
        let analyse = model.analyse
        analysis = BackgroundCache(label: "pushpull.analysis") { request, shouldStop in try analyse(request, shouldStop) }
    }

    /// Brings every result up to date with `state`.
    func update(for state: DashboardState) {
        let current = state.currentScenario
        if current != refinement.input {
            // The search has every core: it gives them back to the new figures, even when only
            // the balance moved (its own input then stays the same), and goes on once they are final.
            search.postpone()
            refreshForecast(for: current)
        }
        if state.baselineScenario != pinnedBaseline { refreshBaseline(for: state.baselineScenario, current: current) }
        if search.request(BalanceSearchInput(scenario: current)) { results.bestBalance = .computing }
        refreshAnalysis(for: state)
        requestBaselineRunIfNeeded()
        publish()
    }

    private var caches: [any BackgroundWork] { [refinement, baselineRun, search, analysis] }

    /// Starts the background work that the latest `update` asked for. The best-balance search
    /// and the analysis on screen wait for the refined forecast: on two cores they would slow
    /// the figures the room reads.
    func startBackgroundWork() {
        refinement.start()
        baselineRun.start()
        if !refinement.isPending {
            search.start()
            analysis.start()
        }
    }

    /// Picks up finished background work; true when something changed on screen.
    func collectBackgroundResults() -> Bool {
        var changed = false
        if let refined = refinement.collect() {
            changed = true
            if case .success(let forecast) = refined {
                show(forecast, of: refinement.input, estimate: false)
                // The refinement of the baseline's own levers is the baseline's full run.
                if let pinnedBaseline, refinement.input == pinnedBaseline, baselineRun.input != pinnedBaseline {
                    baselineRun.settle(pinnedBaseline, with: forecast)
                }
            }
        }
        if baselineRun.collect() != nil { changed = true }
        if let searched = search.collect() {
            changed = true
            switch searched {
            case .success(let found): results.bestBalance = found
            case .failure: results.bestBalance = .unavailable  // `publish()` shows why
            }
        }
        if collectAnalysis() { changed = true }
        requestBaselineRunIfNeeded()
        publish()
        return changed
    }

    /// Asks for the analysis `state` shows, from its quick estimate, unless it is the one asked for.
    private func refreshAnalysis(for state: DashboardState) {
        let wanted = AnalysisRequest.current(for: state, quick: true)
        guard wanted != analysisShown else { return }
        analysisShown = wanted
        results.analysisError = nil
        guard let wanted else { return analysis.cancel() }
        analysis.request(wanted)
        results.analysisProgress = .computing
    }

    /// Picks up the analysis's answer; after the quick estimate, asks for the full run.
    private func collectAnalysis() -> Bool {
        guard let outcome = analysis.collect(), let request = analysis.input else { return false }
        switch outcome {
        case .success(let answer):
            switch answer {
            case .frontier(let frontier): results.frontier = frontier
            case .sensitivity(let sensitivity): results.sensitivity = sensitivity
            case .goalSeek(let found): results.goalSeek = found
            case .comparison(let comparison): results.comparison = comparison
            case .responseCurves(let response): results.responseCurves = response
            case .bestPlan(let plan): results.bestPlan = plan
            }
            if request.isQuick {
                analysis.request(request.refined)
                results.analysisProgress = .refining
            } else {
                results.analysisProgress = .settled
            }
        case .failure(let error):
            results.analysisError = "\(error)"
            results.analysisProgress = .settled
        }
        return true
    }

    /// Runs the background work to the end and collects it (tests, snapshots, exports).
    func finishBackgroundWork() {
        repeat {
            for cache in caches { cache.startAndWait() }
        } while collectBackgroundResults()
    }

    private func refreshForecast(for scenario: Scenario) {
        do {
            if let estimate = model.estimate, !pace.fits(scenario, within: model.foregroundBudget) {
                // Soon enough, the figures on screen wait for the full run: an estimate first
                // would change every figure twice for a key, the second time a frame later. But
                // never longer than the hold budget in all: keys repeating faster than the runs
                // would otherwise stop every run and freeze the figures while the lever moves.
                let waitedSince = figuresWaitingSince ?? pace.now()
                let figuresCanWait = results.forecast != nil && pace.fits(scenario, within: model.holdBudget)
                    && model.holdBudget.map { pace.now() - waitedSince < $0 } == true
                if figuresCanWait {
                    figuresWaitingSince = waitedSince
                } else {
                    show(try estimate(scenario), of: scenario, estimate: true)
                }
                refinement.request(scenario)
            } else {
                let forecast = try pace.timing(scenario) { try model.forecast(scenario, { false }) }
                show(forecast, of: scenario, estimate: false)
                refinement.settle(scenario, with: forecast)
            }
        } catch {
            refinement.settle(scenario, failure: error)
        }
    }

    /// A new baseline: its estimate at once (the forecast on screen when that is the estimate
    /// of the same levers), and its full run too when the forecast on screen is one.
    private func refreshBaseline(for baseline: Scenario, current: Scenario) {
        pinnedBaseline = baseline
        baselineRun.cancel()
        let onScreen = baseline == current && forecastScenario == baseline && refinement.failure == nil ? results.forecast : nil
        if let onScreen, !showsEstimate { baselineRun.settle(baseline, with: onScreen) }
        guard let estimate = model.estimate else { return }
        do {
            baselineEstimate = try (showsEstimate ? onScreen : nil) ?? estimate(baseline)
        } catch where baselineRun.input != baseline {
            // Its full run would fail the same way: say so now rather than run it.
            baselineRun.settle(baseline, failure: error)
        } catch {
            // The full run is known and shown; only the estimate to compare estimates with is missing.
            baselineEstimate = nil
        }
    }

    /// Asks for the baseline's full run unless it is known, asked for, or on its way as the
    /// refinement of the same levers.
    private func requestBaselineRunIfNeeded() {
        guard let pinnedBaseline, baselineRun.input != pinnedBaseline,
              !(refinement.isPending && refinement.input == pinnedBaseline) else { return }
        baselineRun.request(pinnedBaseline)
    }

    /// Puts `forecast` (of the levers of `scenario`) on screen: the figures wait no longer.
    private func show(_ forecast: Forecast, of scenario: Scenario?, estimate: Bool) {
        results.forecast = forecast
        forecastScenario = scenario
        showsEstimate = estimate
        figuresWaitingSince = nil
    }

    /// Copies what the caches hold into `results`, keeping the last good baseline when there is no newer one.
    private func publish() {
        results.isRefining = refinement.isPending
        results.showsEstimate = showsEstimate
        results.forecastError = refinement.failure.map { "model: \($0)" }
        let baselineFailure = baselineRun.input == pinnedBaseline ? baselineRun.failure : nil
        results.otherError = baselineFailure.map { "baseline: \($0)" } ?? search.failure.map { "best balance: \($0)" }
        let baselineFull = baselineRun.input == pinnedBaseline ? baselineRun.output : nil
        if let shown = showsEstimate ? baselineEstimate ?? baselineFull : baselineFull ?? baselineEstimate {
            results.baselineForecast = shown
        }
    }
}

/// What the best balance depends on: the scenario whatever its balance, which the search varies
/// itself, so moving the balance alone never starts a new search.
struct BalanceSearchInput: Equatable, Sendable {
    let scenario: Scenario

    static func == (lhs: Self, rhs: Self) -> Bool {
        var left = lhs.scenario, right = rhs.scenario
        left.levers.pushShare = 0
        right.levers.pushShare = 0
        return left == right
    }
}

/// The pace of the latest full runs, in seconds per path-month (paths × months: what a run's
/// time grows with), shared with the background queue that times the refinements.
final class ModelPace: Sendable {
    private let secondsPerPathMonth = Mutex<Double?>(nil)
    /// The clock the runs are timed by (a fake one in tests, so a run's pace is what they say).
    let now: @Sendable () -> ContinuousClock.Instant

    init(now: @escaping @Sendable () -> ContinuousClock.Instant = { ContinuousClock.now }) {
        self.now = now
    }

    /// Runs `forecast` and records its pace.
    func timing(_ scenario: Scenario, _ forecast: () throws -> Forecast) rethrows -> Forecast {
        let start = now()
        let result = try forecast()
        let elapsed = now() - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let pathMonths = Double(max(1, scenario.simulation.paths * scenario.simulation.horizonMonths))
        secondsPerPathMonth.withLock { $0 = seconds / pathMonths }
        return result
    }

    /// True when a full run of `scenario` should take at most `budget` at the last pace seen;
    /// false with no budget or no pace yet.
    func fits(_ scenario: Scenario, within budget: Duration?) -> Bool {
        guard let budget, let pace = secondsPerPathMonth.withLock({ $0 }) else { return false }
        let budgetSeconds = Double(budget.components.seconds) + Double(budget.components.attoseconds) * 1e-18
        return pace * Double(scenario.simulation.paths * scenario.simulation.horizonMonths) <= budgetSeconds
    }
}
