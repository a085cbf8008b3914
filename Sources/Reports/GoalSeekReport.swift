import Presentation
import PushPullModel

/// `pushpull goal`: the lever value that reaches a target, or the best reached.
public enum GoalSeekReport {
    public struct Achieved: Codable, Equatable, Sendable {
        public var target: String
        public var goal: Double
        public var value: Double
    }

    public struct Document: Codable, Equatable, Sendable {
        public var reachable: Bool
        public var lever: String
        /// The lever value found (when unreachable: the one that comes closest).
        public var value: Double
        public var step: Double
        public var paths: Int
        public var achieved: Achieved
    }

    public static func document(_ result: GoalSeekResult) -> Document {
        Document(reachable: result.reachable, lever: result.goal.lever.rawValue, value: result.leverValue, step: result.step,
                 paths: result.paths,
                 achieved: Achieved(target: result.goal.target.rawValue, goal: result.goal.value, value: result.achieved))
    }

    /// One sentence: "Budget per month €312k reaches P(hit target) 80% (81%)", or why not.
    public static func sentence(_ result: GoalSeekResult, currency: String) -> String {
        let goal = result.goal
        let lever = LeverText.value(goal.lever, result.leverValue, currency: currency)
        let want = targetText(goal.target, goal.value, currency: currency)
        let got = targetText(goal.target, result.achieved, currency: currency)
        if result.reachable {
            return "\(goal.lever.label) at \(lever) reaches \(goal.target.label) ≥ \(want) (gives \(got))."
        }
        let low = LeverText.value(goal.lever, result.range.lowerBound, currency: currency)
        let high = LeverText.value(goal.lever, result.range.upperBound, currency: currency)
        return "Not reachable with \(goal.lever.label) in \(low)…\(high): best reached is \(got) at \(lever)."
    }

    public static func targetText(_ target: GoalTarget, _ value: Double, currency: String) -> String {
        target.isMoney ? NumberFormat.money(value, currency: currency) : NumberFormat.percent(value)
    }

    public static func table(_ result: GoalSeekResult, currency: String) -> AnalysisTable {
        let goal = result.goal
        let targetCell = { (v: Double) -> AnalysisTable.Cell in goal.target.isMoney ? .money(v) : .share(v) }
        let leverCell: AnalysisTable.Cell = goal.lever.isShare ? .share(result.leverValue) : .money(result.leverValue)
        return AnalysisTable(
            title: "Goal seek: \(goal.target.label) ≥ \(targetText(goal.target, goal.value, currency: currency)) by \(goal.lever.label)",
            notes: [sentence(result, currency: currency),
                    "\(result.paths) paths, common random numbers; resolution one step of the lever."],
            header: ["Answer", "Lever", goal.target.label],
            rows: [[.text(result.reachable ? "reachable" : "not reachable"), leverCell, targetCell(result.achieved)]],
            currency: currency)
    }
}
