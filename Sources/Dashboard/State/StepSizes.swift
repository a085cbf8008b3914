import PushPullModel

/// How far the arrows (small) and Shift+arrows or PgUp/PgDn (large) move a lever: shares by
/// points, the budget by a fraction of its baseline. The model's steps unless the config file
/// says otherwise (`[steps]`).
public struct StepSizes: Equatable, Sendable {
    public var shareSmall: Double
    public var shareLarge: Double
    /// Fractions of the baseline budget (0.02 is 2%).
    public var budgetSmall: Double
    public var budgetLarge: Double

    public init(shareSmall: Double, shareLarge: Double, budgetSmall: Double, budgetLarge: Double) {
        self.shareSmall = shareSmall
        self.shareLarge = shareLarge
        self.budgetSmall = budgetSmall
        self.budgetLarge = budgetLarge
    }

    /// The model's own steps (`Lever.steps`), read back as points and fractions.
    public static let standard: StepSizes = {
        let share = Lever.pushShare.steps(baseline: 0), unit = 1_000_000.0, budget = Lever.budget.steps(baseline: unit)
        return StepSizes(shareSmall: share.small, shareLarge: share.large, budgetSmall: budget.small / unit, budgetLarge: budget.large / unit)
    }()

    /// The steps of `lever` at the pinned `baseline`: the budget's are a share of it (at least of 1,000, as the model's).
    func steps(of lever: Lever, baseline: Double) -> (small: Double, large: Double) {
        guard lever.unit == .moneyPerMonth else { return (shareSmall, shareLarge) }
        let unit = max(1000, baseline)
        return (unit * budgetSmall, unit * budgetLarge)
    }
}
