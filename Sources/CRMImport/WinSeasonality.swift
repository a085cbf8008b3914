/// How much likelier a deal closing in each calendar month is to be won than the average: the
/// quarter-end push many sales teams show. Estimated as each calendar month's win rate over the
/// whole export's; a month with too few closed deals to tell keeps 1.
public struct WinSeasonality: Sendable, Equatable {
    /// Multipliers, January first.
    public var multipliers: [Double]
    /// Calendar months with enough closed deals to be estimated.
    public var monthsEstimated: Int

    /// Closed deals a calendar month needs before its own rate is trusted.
    public static let minimumClosedDeals = 30

    /// Nil without closed deals, or when fewer than six calendar months can be estimated
    /// (a pattern over a few months cannot be told from a trend).
    public init?(history: MonthlyHistory) {
        var won = [Int](repeating: 0, count: 12), closed = won
        for month in history.months {
            won[month.month.month - 1] += month.won
            closed[month.month.month - 1] += month.closed
        }
        let totalClosed = closed.reduce(0, +)
        guard totalClosed > 0 else { return nil }
        let overall = Double(won.reduce(0, +)) / Double(totalClosed)
        guard overall > 0 else { return nil }
        let estimated = (0..<12).filter { closed[$0] >= Self.minimumClosedDeals }
        guard estimated.count >= 6 else { return nil }
        multipliers = (0..<12).map { month in
            closed[month] >= Self.minimumClosedDeals ? Double(won[month]) / Double(closed[month]) / overall : 1
        }
        monthsEstimated = estimated.count
    }

    /// Whether the months differ by more than sampling would make them: a multiplier off 1 by more
    /// than three standard errors of a month's rate.
    public func isMarked(history: MonthlyHistory) -> Bool {
        var closed = [Int](repeating: 0, count: 12)
        for month in history.months { closed[month.month.month - 1] += month.closed }
        let won = history.months.reduce(0) { $0 + $1.won }, total = history.months.reduce(0) { $0 + $1.closed }
        let rate = Double(won) / Double(max(1, total))
        return (0..<12).contains { month in
            guard closed[month] >= Self.minimumClosedDeals, rate > 0, rate < 1 else { return false }
            let standardError = (rate * (1 - rate) / Double(closed[month])).squareRoot() / rate
            return abs(multipliers[month] - 1) > 3 * standardError
        }
    }
}
