/// One stage of the demand waterfall, e.g. "MQL" or "Opportunity".
public struct Stage: Equatable, Hashable, Sendable, Codable {
    public var name: String
    /// Probability that an account leaving this stage moves on (the last stage: that it is won).
    public var conversion: Double
    /// Mean months an account spends in the stage.
    public var monthsInStage: Double
    /// Accounts in the stage at month 0 (the open pipeline a scenario starts with).
    public var openAtStart: Int

    public init(name: String, conversion: Double, monthsInStage: Double, openAtStart: Int = 0) {
        self.name = name
        self.conversion = conversion
        self.monthsInStage = monthsInStage
        self.openAtStart = openAtStart
    }
}
