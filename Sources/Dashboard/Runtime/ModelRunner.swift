import PushPullModel

/// Keeps the forecasts in step with the state, computing each only when its inputs change:
/// the current forecast on every lever change (a quick estimate at once, refined in the
/// background when the model offers an estimate), the baseline only when a new baseline
/// is pinned, and the best balance in the background only when a lever other than the
/// balance itself moves. When the model throws, the last good forecast stays and `error`
/// says why it no longer follows the levers.
///
/// Background work is stopped as soon as it is stale, but new work starts only from
/// `startBackgroundWork()`, which the run loop calls once the frame is drawn: on two
/// cores, a refinement started before the frame would slow the frame it refines.
final class ModelRunner {
    private(set) var forecast: Forecast?
    private(set) var bestBalance: BestBalance = .computing
    /// True while the forecast on screen is the quick estimate.
    private(set) var isRefining = false
    /// The latest model error (e.g. an invalid scenario), nil once a forecast succeeds again.
    private(set) var error: String?

    /// The baseline to compare the forecast with, over the same paths: its quick estimate
    /// while the forecast is one (so a change against it shows no sampling noise), else
    /// its full run, once that has arrived.
    var baselineForecast: Forecast? {
        isRefining ? baselineEstimate ?? baselineFull : baselineFull ?? baselineEstimate
    }
    private var baselineEstimate: Forecast?
    private var baselineFull: Forecast?

    private var forecastInput: Scenario?
    private var baselineInput: Scenario?
    private var bestBalanceInput: Scenario?
    private let model: DashboardModel
    private let refiner = BackgroundWorker<Forecast>(label: "pushpull.forecast")
    private let baseliner = BackgroundWorker<Forecast>(label: "pushpull.baseline")
    private let searcher = BackgroundWorker<BestBalance>(label: "pushpull.best-balance")
    /// Jobs waiting for `startBackgroundWork()`, the newest of each kind.
    private var pendingRefinement: Scenario?
    private var pendingBaseline: Scenario?
    private var pendingSearch: Scenario?
    /// The baseline whose full run has been asked for, so it is asked for once.
    private var baselineRequested: Scenario?

    init(model: DashboardModel) {
        self.model = model
    }

    /// Brings every result up to date with `state`.
    func update(for state: DashboardState) {
        let current = state.currentScenario
        if current != forecastInput {
            forecastInput = current
            refreshForecast(for: current)
        }
        let baseline = state.baselineScenario
        if baseline != baselineInput {
            baselineInput = baseline
            refreshBaseline(for: baseline, current: current)
        }
        scheduleBaselineIfNeeded()
        // The search varies the balance itself, so the balance is not part of its input.
        var searchInput = current
        searchInput.levers.pushShare = 0
        if searchInput != bestBalanceInput {
            bestBalanceInput = searchInput
            bestBalance = .computing
            searcher.cancel()
            pendingSearch = current
        }
    }

    /// Starts the background work that the latest `update` asked for.
    func startBackgroundWork() {
        let full = model.forecast
        if let scenario = pendingRefinement {
            pendingRefinement = nil
            refiner.request { isStale in try? full(scenario, isStale) }
        }
        if let scenario = pendingBaseline {
            pendingBaseline = nil
            baseliner.request { isStale in try? full(scenario, isStale) }
        }
        if let scenario = pendingSearch {
            pendingSearch = nil
            let search = model.bestBalance
            searcher.request { isStale in
                guard let found = try? search(scenario, isStale) else { return isStale() ? nil : .unavailable }
                return .found(found)
            }
        }
    }

    private func refreshForecast(for scenario: Scenario) {
        do {
            if let estimate = model.estimate {
                refiner.cancel()
                forecast = try estimate(scenario)
                isRefining = true
                pendingRefinement = scenario
            } else {
                forecast = try model.forecast(scenario, { false })
            }
            error = nil
        } catch {
            refiner.cancel()
            pendingRefinement = nil
            isRefining = false
            self.error = "model: \(error)"
        }
    }

    /// A new baseline: its quick estimate at once (the forecast itself when it is the same
    /// levers), its full run from the forecast on screen, the refinement or a run of its own.
    /// A baseline the model cannot run keeps the previous one, like the forecast.
    private func refreshBaseline(for baseline: Scenario, current: Scenario) {
        let onScreen = baseline == current && error == nil ? forecast : nil
        guard let estimate = model.estimate else {
            if let pinned = onScreen ?? (try? model.forecast(baseline, { false })) { baselineFull = pinned }
            return
        }
        baseliner.cancel()
        pendingBaseline = nil
        baselineRequested = nil
        if let quick = (isRefining ? onScreen : nil) ?? (try? estimate(baseline)) { baselineEstimate = quick }
        baselineFull = isRefining ? nil : onScreen
    }

    /// Asks for the baseline's full run unless it is there, asked for, or on its way as the
    /// refinement of the same levers.
    private func scheduleBaselineIfNeeded() {
        guard model.estimate != nil, baselineFull == nil, let baseline = baselineInput, baselineRequested != baseline,
              !(isRefining && forecastInput == baseline) else { return }
        baselineRequested = baseline
        pendingBaseline = baseline
    }

    /// Picks up finished background work; true when something changed on screen.
    func collectBackgroundResults() -> Bool {
        var changed = false
        if let refined = refiner.takeResult() {
            forecast = refined
            isRefining = false
            if baselineFull == nil, forecastInput == baselineInput { baselineFull = refined }
            changed = true
        }
        if let full = baseliner.takeResult() {
            baselineFull = full
            changed = true
        }
        if let found = searcher.takeResult() {
            bestBalance = found
            changed = true
        }
        return changed
    }

    /// Waits for the background work and collects it (tests, snapshots, exports).
    func finishBackgroundWork() {
        startBackgroundWork()
        refiner.waitUntilIdle()
        baseliner.waitUntilIdle()
        searcher.waitUntilIdle()
        _ = collectBackgroundResults()
    }
}
