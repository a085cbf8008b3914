/// Months per day count: an average Gregorian month.
let daysPerMonth = 365.25 / 12

/// Engage-to-close time of won deals.
public struct SalesCycle: Sendable, Equatable {
    public var meanMonths: Double
    public var medianMonths: Double
    public var wonDeals: Int
}

/// A lognormal fitted to won amounts by maximum likelihood: median = exp(mean of log amounts),
/// sigma = standard deviation of log amounts. Won deals of amount 0 have no log and are left out.
public struct DealSizeFit: Sendable, Equatable {
    public var median: Double
    public var sigma: Double
    public var wonDeals: Int
}

/// Closed deals per seller-month, each owner counted from the first to the last month with
/// an engaged or closed deal (months between count as active: a quiet month is still paid).
public struct SellerThroughput: Sendable, Equatable {
    public var dealsPerSellerPerMonth: Double
    public var closedDeals: Int
    public var sellerMonths: Int
}

/// New (engaged or created) opportunities per calendar month, over the months from the first to
/// the last engagement, months without any included.
public struct OpportunityFlow: Sendable, Equatable {
    public var perMonth: Double
    public var engaged: Int
    public var months: Int
    /// `yyyy-MM` of the first and last month.
    public var firstMonth: String
    public var lastMonth: String
}

/// How many sellers the data shows.
public struct SellerCount: Sendable, Equatable {
    /// Owners with an engaged or closed deal in the last `windowDays` days of the data: the sales
    /// force today, which is what a plan starts from.
    public var active: Int
    /// Every distinct owner in the used rows, including those who left.
    public var all: Int
    public var windowDays: Int
    /// The latest engage or close date in the data (`yyyy-MM-dd`), the end of the window.
    public var dataEnd: String?
}

public struct OpenStageCount: Sendable, Equatable {
    public var stage: String
    public var count: Int
}

public struct SourceShare: Sendable, Equatable {
    public var source: String
    public var channel: SourceChannel
    public var opportunities: Int
    /// Share of the used rows that have a source.
    public var share: Double
}

/// Rows of the file and what became of them.
public struct RowCounts: Sendable, Equatable {
    /// Data rows, without the header and blank lines.
    public var read: Int
    public var used: Int
    public var rejected: RejectedRows
    /// Good rows left out because the deal was created after `ImportOptions.lastMonth`.
    public var createdAfterLastMonth = 0
}
