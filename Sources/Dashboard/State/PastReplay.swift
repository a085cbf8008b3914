import PushPullModel

/// A back-test to show over the dashboard (`B`): the won deals a CRM export shows month by month,
/// beside the model's band for the same months, so the room sees the model follow the past
/// before it trusts its future.
public struct PastReplay: Equatable, Sendable {
    /// The export's file name, as shown in the title.
    public var source: String
    /// `yyyy-MM`, one per month.
    public var months: [String]
    public var actualWon: [Double]
    public var modelWon: [Band]
    /// Share of the months whose actual lies inside P10–P90.
    public var coverage: Double

    public init(source: String, months: [String], actualWon: [Double], modelWon: [Band], coverage: Double) {
        self.source = source
        self.months = months
        self.actualWon = actualWon
        self.modelWon = modelWon
        self.coverage = coverage
    }
}
