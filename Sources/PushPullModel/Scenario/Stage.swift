/// One stage of the demand waterfall, e.g. "MQL" or "Opportunity".
@FieldTable
public struct Stage: Equatable, Hashable, Sendable, Codable {
    @Field(length: ModelLimits.stageNameLength, "stage name, 1–40 characters") public var name: String
    @Field(0...1, "share of accounts leaving the stage that move on (last stage: that are won), 0–1") public var conversion: Double
    @Field(0.1...60, "mean months an account spends in the stage, 0.1–60") public var monthsInStage: Double
    @Field(0...ModelLimits.accounts.upperBound, "accounts in the stage at month 0, whole number ≥ 0 (optional, default 0)") public var openAtStart: Int

    public init(name: String, conversion: Double, monthsInStage: Double, openAtStart: Int = 0) {
        self.name = name
        self.conversion = conversion
        self.monthsInStage = monthsInStage
        self.openAtStart = openAtStart
    }
}

extension Stage {
    /// The file path of a stage's value: `stages[4].conversion`.
    public static func path(_ keyPath: PartialKeyPath<Stage>, stage index: Int) -> String {
        "stages[\(index)].\(path(keyPath))"
    }
}
