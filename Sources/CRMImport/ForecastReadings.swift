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
    public var crmMonths: [ModelMonth] {
        months.map { month in
            ModelMonth(
                opportunities: month.opportunities, won: month.wonDeals, bookings: month.bookings,
                meanOpportunities: month.meanOpportunities, meanWon: month.meanWonDeals, meanBookings: month.meanBookings,
                // The model gives won ÷ decided over the paths; decided is what that ratio divides.
                meanDecided: month.meanWinRate > 0 ? month.meanWonDeals / month.meanWinRate : 0,
                meanOpenOpportunities: month.meanPipeline.last?.total ?? 0)
        }
    }
}
