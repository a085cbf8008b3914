import PushPullModel

/// What a fit and a back-test read from one month of a forecast: the one place that knows
/// which forecast fields hold the CRM's quantities.
public struct ModelMonth: Sendable, Equatable {
    /// Opportunities created: deals entering the last stage.
    public var opportunities: Band
    public var won: Band
    public var bookings: Band
    public var meanOpportunities: Double
    public var meanWon: Double
    public var meanBookings: Double
    /// Deals decided (won or lost) in the last stage.
    public var meanDecided: Double
    /// Deals in the last stage at the end of the month.
    public var meanOpenOpportunities: Double
}

extension Forecast {
    /// The months as CRM quantities.
    /// Until the model reports opportunities and won-deal bands, they are derived from the mean
    /// last-stage occupancy L: a deal in it leaves with probability p a month, so decided ≈ p·L(t−1)
    /// and created ≈ L(t) − L(t−1) + decided; the won band is its mean.
    public func crmMonths(of scenario: Scenario) -> [ModelMonth] {
        guard let lastStage = scenario.stages.last else { return [] }
        let leave = min(1, 1 / (lastStage.monthsInStage * (1 - 0.3 * scenario.levers.quotaPressure)))
        var previousOpen = Double(lastStage.openAtStart)
        return months.map { month in
            let open = month.meanPipeline.last?.total ?? 0
            let decided = previousOpen * leave
            let created = max(0, open - previousOpen + decided)
            previousOpen = open
            return ModelMonth(
                opportunities: Band(p10: created, p50: created, p90: created),
                won: Band(p10: month.meanWonDeals, p50: month.meanWonDeals, p90: month.meanWonDeals),
                bookings: month.bookings, meanOpportunities: created, meanWon: month.meanWonDeals,
                meanBookings: month.meanBookings, meanDecided: decided, meanOpenOpportunities: open)
        }
    }
}
