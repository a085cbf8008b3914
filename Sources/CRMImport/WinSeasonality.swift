/// How much likelier a deal closing in each month is to be won than the average: the quarter-end
/// push most sales teams show. Estimated by the month's place in its quarter (first, second, third)
/// rather than by calendar month, so that a year of data, or less, settles all twelve months and a
/// holdout's months have a value even when the calibration never saw that calendar month.
public struct WinSeasonality: Sendable, Equatable {
    /// Win-rate multipliers for the first, second and third month of a quarter.
    public var byPlaceInQuarter: [Double]

    /// Closed deals each place in the quarter needs before its rate is trusted.
    public static let minimumClosedDeals = 30

    /// Nil without enough closed deals in each place of the quarter.
    public init?(history: MonthlyHistory) {
        var won = [0, 0, 0], closed = [0, 0, 0]
        for month in history.months {
            won[(month.month.month - 1) % 3] += month.won
            closed[(month.month.month - 1) % 3] += month.closed
        }
        let overall = Double(won.reduce(0, +)) / Double(max(1, closed.reduce(0, +)))
        guard overall > 0, closed.allSatisfy({ $0 >= Self.minimumClosedDeals }) else { return nil }
        byPlaceInQuarter = (0..<3).map { Double(won[$0]) / Double(closed[$0]) / overall }
        self.closed = closed
        self.overall = overall
    }

    private var closed: [Int]
    private var overall: Double

    /// Multipliers by calendar month, January first.
    public var multipliers: [Double] { (0..<12).map { byPlaceInQuarter[$0 % 3] } }

    /// Whether the places differ by more than sampling would make them: a multiplier off 1 by more
    /// than three standard errors of its rate.
    public var isMarked: Bool {
        guard overall < 1 else { return false }
        return (0..<3).contains { place in
            let standardError = (overall * (1 - overall) / Double(closed[place])).squareRoot() / overall
            return abs(byPlaceInQuarter[place] - 1) > 3 * standardError
        }
    }
}
