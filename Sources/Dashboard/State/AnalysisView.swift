import PushPullModel

/// An analysis shown in place of the forecast panels: each answers a planning question.
public enum AnalysisView: String, CaseIterable, Equatable, Sendable {
    case frontier, sensitivity, goalSeek, comparison, responseCurves, bestPlan

    /// The action's stable name, for key bindings in configuration and `:` commands.
    public var actionName: String {
        switch self {
        case .frontier: "view.frontier"
        case .sensitivity: "view.sensitivity"
        case .goalSeek: "view.goalSeek"
        case .comparison: "view.compare"
        case .responseCurves: "view.curves"
        case .bestPlan: "view.bestPlan"
        }
    }
}

/// How each analysis is read, chosen with `x`: kept while views come and go.
public struct AnalysisChoices: Equatable, Sendable {
    public var riskMeasure: RiskMeasure = .miss
    public var sensitivityMetric: SensitivityMetric = .arr
    public var goalTarget: GoalTarget = .hit
    /// Values typed for the goal seek's targets; a target without one seeks its default.
    public var goalValues: [GoalTarget: Double] = [:]

    public init() {}

    /// Steps the choice of `view` to the next one; false when the view has nothing to choose.
    mutating func cycle(for view: AnalysisView) -> Bool {
        switch view {
        case .frontier: riskMeasure = riskMeasure.next
        case .sensitivity: sensitivityMetric = sensitivityMetric.next
        case .goalSeek: goalTarget = goalTarget.next
        case .comparison, .responseCurves, .bestPlan: return false
        }
        return true
    }
}
