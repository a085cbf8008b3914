import PushPullModel

/// What the analysis on screen is computed from. A quick request runs few paths so the view
/// shows an estimate soon; the full one follows it with the scenario's own path count.
public struct AnalysisRequest: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case frontier
        case sensitivity
        case goalSeek(Goal)
        /// A against B.
        case comparison(a: Scenario, b: Scenario)
        case responseCurves
        case bestPlan
    }

    public var kind: Kind
    /// The levers on screen (for the comparison, A's simulation settings).
    public var scenario: Scenario
    public var isQuick: Bool

    /// Paths of the quick estimate: enough for the shape, with common random numbers across
    /// its points, so the refined view moves the points a little, not their order.
    public static let quickPaths = 100

    /// The request for the analysis `state` shows; nil when none is shown.
    static func current(for state: DashboardState, quick: Bool) -> AnalysisRequest? {
        guard let view = state.analysis else { return nil }
        let scenario = state.currentScenario
        let kind: Kind = switch view {
        case .frontier: .frontier
        case .sensitivity: .sensitivity
        case .goalSeek: .goalSeek(state.goal)
        case .comparison:
            if let other = state.comparisonScenario { .comparison(a: scenario, b: other) } else {
                .comparison(a: state.baselineScenario, b: scenario)
            }
        case .responseCurves: .responseCurves
        case .bestPlan: .bestPlan
        }
        return AnalysisRequest(kind: kind, scenario: scenario, isQuick: quick)
    }

    /// The same request with the full path count.
    var refined: AnalysisRequest {
        var full = self
        full.isQuick = false
        return full
    }

    /// Runs the analysis on one thread (the forecast keeps the other core); nil when stopped.
    public func run(shouldStop: @Sendable () -> Bool) throws -> AnalysisAnswer? {
        let paths = isQuick ? min(Self.quickPaths, scenario.simulation.paths) : nil
        switch kind {
        case .frontier:
            let settings = FrontierSearch.Settings(paths: paths, mapPaths: isQuick ? 32 : 200)
            return try FrontierSearch.run(scenario, settings: settings, threads: 1, shouldStop: shouldStop).map { .frontier($0) }
        case .sensitivity:
            return try SensitivityAnalysis.run(scenario, paths: paths, threads: 1, shouldStop: shouldStop).map { .sensitivity($0) }
        case .goalSeek(let goal):
            return try GoalSeek.solve(goal, in: scenario, paths: paths, threads: 1, shouldStop: shouldStop).map { .goalSeek($0) }
        case .comparison(var a, let b):
            if let paths { a.simulation.paths = paths }
            return try ScenarioComparison.run(a, b, threads: 1, shouldStop: shouldStop).map { .comparison($0) }
        case .responseCurves:
            return try SpendResponse.run(scenario, paths: paths, threads: 1, shouldStop: shouldStop).map { .responseCurves($0) }
        case .bestPlan:
            return try BestPlanSearch.run(scenario, paths: paths, threads: 1, shouldStop: shouldStop).map { .bestPlan($0) }
        }
    }
}

/// The answer of one analysis request.
public enum AnalysisAnswer: Equatable, Sendable {
    case frontier(Frontier)
    case sensitivity(Sensitivity)
    case goalSeek(GoalSeekResult)
    case comparison(ScenarioComparison)
    case responseCurves(SpendResponse)
    case bestPlan(BestPlan)
}
