import PushPullModel

/// What happened in one calendar month of the export.
public struct MonthActivity: Sendable, Equatable {
    public var month: YearMonth
    /// Opportunities created (engaged) in the month.
    public var newOpportunities: Int
    /// Deals closed won / lost in the month (by close date).
    public var won: Int
    public var lost: Int
    /// Sum of the amounts of the deals won in the month.
    public var bookings: Double

    public init(month: YearMonth, newOpportunities: Int = 0, won: Int = 0, lost: Int = 0, bookings: Double = 0) {
        self.month = month
        self.newOpportunities = newOpportunities
        self.won = won
        self.lost = lost
        self.bookings = bookings
    }

    public var closed: Int { won + lost }
}

/// The export month by month, from the first to the last month with a dated event, months
/// without any included: what a back-test replays and what the import fits the model to.
public struct MonthlyHistory: Sendable, Equatable {
    public var months: [MonthActivity]

    public init(months: [MonthActivity]) { self.months = months }

    public var first: YearMonth? { months.first?.month }
    public var last: YearMonth? { months.last?.month }

    /// The month, or an empty one outside the history.
    public func activity(in month: YearMonth) -> MonthActivity {
        guard let first, month >= first, month.index - first.index < months.count else { return MonthActivity(month: month) }
        return months[month.index - first.index]
    }

    /// The first month with a closed deal: before it the export shows only deals being opened,
    /// so a back-test window starts there.
    public var firstClosingMonth: YearMonth? { months.first { $0.closed > 0 }?.month }

    /// The months a fit or a back-test replays: from the first closed deal to the end, at most the
    /// model's longest horizon (the last ones, when a stray old date stretches the export).
    public var replayWindow: ClosedRange<YearMonth>? {
        guard let first = firstClosingMonth, let last else { return nil }
        return max(first, last.adding(months: 1 - ModelLimits.horizonMonths.upperBound))...last
    }

    /// Opportunities created before `month` and not closed before it: the open pipeline at its start.
    /// Every closed deal has a created date (rows without one are rejected), so the difference counts open deals.
    public func openOpportunities(atStartOf month: YearMonth) -> Int {
        months.filter { $0.month < month }.reduce(0) { $0 + $1.newOpportunities - $1.closed }
    }

    /// Deals won and their amounts in the `count` months before `month`: the customers and ARR
    /// a plan starting at `month` inherits, when won amounts are read as first-year ARR.
    public func won(inMonths count: Int, before month: YearMonth) -> (deals: Int, amount: Double) {
        let window = months.filter { $0.month < month && $0.month.index >= month.index - count }
        return (window.reduce(0) { $0 + $1.won }, window.reduce(0) { $0 + $1.bookings })
    }

    /// The months from `start` through `end`, in order.
    public func months(from start: YearMonth, through end: YearMonth) -> [MonthActivity] {
        guard start <= end else { return [] }
        return (start.index...end.index).map { activity(in: YearMonth(index: $0)) }
    }
}

/// Counts per month while the rows stream in: memory grows with the months, not the rows.
struct MonthlyTally {
    private var counts: [Int: MonthActivity] = [:]

    mutating func add(_ row: OpportunityRow) {
        if let engaged = row.engaged { update(YearMonth(engaged)) { $0.newOpportunities += 1 } }
        guard let closed = row.closed else { return }
        switch row.outcome {
        case .won: update(YearMonth(closed)) { $0.won += 1; $0.bookings += row.amount ?? 0 }
        case .lost: update(YearMonth(closed)) { $0.lost += 1 }
        case .open: break
        }
    }

    private mutating func update(_ month: YearMonth, _ change: (inout MonthActivity) -> Void) {
        change(&counts[month.index, default: MonthActivity(month: month)])
    }

    var history: MonthlyHistory {
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return MonthlyHistory(months: []) }
        return MonthlyHistory(months: (first...last).map { counts[$0] ?? MonthActivity(month: YearMonth(index: $0)) })
    }
}
