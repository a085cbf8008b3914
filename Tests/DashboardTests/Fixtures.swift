@testable import Dashboard
import PushPullModel

enum Fixtures {
    /// The example with fewer paths: the same figures' shape, fast in debug builds.
    static let scenario: Scenario = {
        var scenario = Scenario.example
        scenario.simulation.paths = 200
        return scenario
    }()

    static func state() -> DashboardState { DashboardState(scenario: scenario, filePath: "plan.toml", themeCount: 2) }

    /// Applies `commands` in order to a fresh state (or `state`).
    static func applying(_ commands: [Command], to state: DashboardState = state()) -> DashboardState {
        var state = state
        for command in commands { Reducer.apply(command, to: &state) }
        return state
    }

    /// The example's forecast, computed once.
    static let forecast: Forecast = try! MonteCarlo.run(scenario)

    /// A model that answers at once: the same forecast whatever the levers, and a fixed
    /// best balance; the analyses never answer (their views stay "computing"). For tests that
    /// press many keys and only care about state and drawing.
    static let cheapModel = DashboardModel(
        forecast: { _, _ in forecast },
        bestBalance: { _, _ in BalanceRecommendation(pushShare: 0.57, arrP50: 7e6, cashShortfall: 0, targetMiss: 0.3,
                                                     meetsLimits: true) },
        analyse: { _, _ in nil })
}
