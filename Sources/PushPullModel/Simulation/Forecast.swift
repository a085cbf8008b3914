/// A P10 / P50 / P90 summary of one quantity across paths.
public struct Band: Equatable, Sendable, Codable {
    public var p10: Double
    public var p50: Double
    public var p90: Double

    public init(p10: Double, p50: Double, p90: Double) {
        self.p10 = p10
        self.p50 = p50
        self.p90 = p90
    }
}

/// One month of the forecast.
public struct MonthForecast: Equatable, Sendable {
    public var month: Int
    public var bookings: Band
    public var arr: Band
    public var cash: Band
    public var wonDeals: Band
    /// Deals entering the last stage this month.
    public var opportunities: Band
    /// Buying journeys started this month, all channels.
    public var journeys: Band
    /// New ARR from won deals.
    public var meanBookings: Double
    /// New ARR from existing customers buying more: with bookings, the month's new ARR.
    public var meanExpansion: Double
    public var meanWonDeals: Double
    public var meanJourneys: Double
    public var meanRevenue: Double
    public var meanCustomers: Double
    public var meanOpportunities: Double
    /// Deals leaving the last stage, won or lost.
    public var meanDecided: Double
    /// Won deals over deals decided in the last stage (won or lost), across paths.
    public var meanWinRate: Double
    /// Deals ready to move on but waiting for a seller: the backlog when capacity binds.
    public var meanWaitingForSeller: Double
    /// Sellers at work this month (hires ramp up; cuts act at once).
    public var sellers: Double
    /// Mean accounts in each stage at the end of the month, by source.
    public var meanPipeline: [StageLoad]
    /// Mean accounts through each stage during the month: a stage deals cross within a month
    /// is empty at its end, and its work shows only here.
    public var meanFlows: [StageFlow]
}

/// Accounts through a stage in a month: arrived, moved on (won, in the last stage) and lost
/// (went cold, lost, or gave up waiting for a seller).
public struct StageFlow: Equatable, Sendable {
    public var entered: Double
    public var advanced: Double
    public var lost: Double
}

/// Mean accounts in a stage, told apart by source.
public struct StageLoad: Equatable, Sendable {
    public var push: Double
    public var pull: Double
    public var total: Double { push + pull }
}

/// Everything one run of the model answers: the monthly forecast, headline
/// figures and the risk gauges.
public struct Forecast: Equatable, Sendable {
    public var levers: Levers
    public var horizonMonths: Int
    public var paths: Int
    public var seed: UInt64
    public var months: [MonthForecast]
    public var arrAtHorizon: Band
    /// Mean horizon ARR of the worst tenth of paths (CVaR at 10%): how bad the bad years are.
    /// Over the paths the bands are read from (the first 10,000).
    public var arrWorstTenthMean: Double
    /// Bookings over months 1–3.
    public var nextQuarterBookings: Band
    /// Bookings over the target period.
    public var periodBookings: Band
    public var gauges: [Gauge]
    /// Share of each stage's work that sellers do at this handoff moment (the last stage: all).
    public var salesShareOfStage: [Double]
    /// Sellers the plan pays for once hiring has caught up.
    public var sellers: Double
    /// Mean journeys started over the horizon, all channels.
    public var meanJourneys: Double

    public func gauge(_ id: GaugeID) -> Gauge? { gauges.first { $0.id == id } }

    /// Stages where sellers do most of the work: where the dashboard draws the meeting line.
    public var salesOwnedStages: [Bool] { salesShareOfStage.map { $0 >= 0.5 } }
}
