/// What an opportunity export says about a go-to-market plan: estimates from the rows that could
/// be used, and an account of the rows that could not. `apply(to:)` carries it into a scenario.
public struct Calibration: Sendable, Equatable {
    /// The file name, for provenance comments.
    public var sourceName: String
    /// The column read for each field.
    public var columns: [CRMField: String]
    public var dateFormat: DateFormat
    public var rows: RowCounts

    public var won: Int
    public var lost: Int
    public var open: Int
    /// Won ÷ (won + lost); nil without closed deals.
    public var winRate: Double?
    public var salesCycle: SalesCycle?
    public var dealSize: DealSizeFit?
    public var throughput: SellerThroughput?
    public var newOpportunities: OpportunityFlow?
    /// Open deals per stage, in a known pipeline order or as first seen.
    public var openPipeline: [OpenStageCount]
    public var sellers: SellerCount
    /// Opportunities by lead source, largest first; nil when the export has no source column.
    public var sources: [SourceShare]?
    /// Used rows with an empty account; nil when the export has no account column.
    public var rowsWithoutAccount: Int?
    /// Distinct non-empty accounts; nil when the export has no account column.
    public var accountsSeen: Int?
    /// Mean and P90 of the positive won amounts.
    public var dealAmounts: DealAmounts?
    /// Open deals with a created date (opportunities); the other open deals are prospects.
    public var openOpportunities: Int
    /// New opportunities, won and lost deals and bookings per calendar month.
    public var history: MonthlyHistory
    /// The cut-off the export was read at (`ImportOptions.lastMonth`), nil for the whole file.
    public var lastMonth: YearMonth?
}
