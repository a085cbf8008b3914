/// The export's figures over a run of months: what the model is fitted to and judged against.
public struct WindowFigures: Sendable, Equatable {
    public var months: Int
    public var opportunitiesPerMonth: Double
    public var wonPerMonth: Double
    public var closedPerMonth: Double
    /// Won ÷ closed; nil without a closed deal.
    public var winRate: Double?
    /// Bookings ÷ won deals; nil without a won deal.
    public var meanWonDeal: Double?

    public init(_ activity: [MonthActivity]) {
        months = activity.count
        let count = Double(max(1, activity.count))
        let won = activity.reduce(0) { $0 + $1.won }, closed = activity.reduce(0) { $0 + $1.closed }
        let bookings = activity.reduce(0) { $0 + $1.bookings }
        opportunitiesPerMonth = Double(activity.reduce(0) { $0 + $1.newOpportunities }) / count
        wonPerMonth = Double(won) / count
        closedPerMonth = Double(closed) / count
        winRate = closed > 0 ? Double(won) / Double(closed) : nil
        meanWonDeal = won > 0 ? bookings / Double(won) : nil
    }
}

/// The same figures from a model run, from its mean paths.
public struct ModelWindowFigures: Sendable, Equatable {
    public var opportunitiesPerMonth: Double
    public var wonPerMonth: Double
    public var decidedPerMonth: Double
    public var winRate: Double
    public var meanWonDeal: Double
    /// Months a deal spends as an opportunity, by Little's law: mean open ÷ mean created per month.
    public var cycleMonths: Double

    public init(_ months: [ModelMonth]) {
        let count = Double(max(1, months.count))
        let created = months.reduce(0) { $0 + $1.meanOpportunities }
        let won = months.reduce(0) { $0 + $1.meanWon }
        let decided = months.reduce(0) { $0 + $1.meanDecided }
        let bookings = months.reduce(0) { $0 + $1.meanBookings }
        let open = months.reduce(0) { $0 + $1.meanOpenOpportunities }
        opportunitiesPerMonth = created / count
        wonPerMonth = won / count
        decidedPerMonth = decided / count
        winRate = decided > 0 ? won / decided : 0
        meanWonDeal = won > 0 ? bookings / won : 0
        cycleMonths = created > 0 ? open / created : 0
    }
}
