import PushPullModel

/// The JSON contract of `pushpull report --format json`: stable names for scripts.
/// Adding a field is allowed; renaming or removing one bumps `formatVersion`.
public struct ReportDocument: Codable, Equatable, Sendable {
    public static let currentFormatVersion = 1

    public struct Month: Codable, Equatable, Sendable {
        public var month: Int
        public var bookings: Band
        public var arr: Band
        public var cash: Band
        public var wonDeals: Mean
        public var journeys: Mean
        /// ARR added by existing customers buying more.
        public var expansion: Mean
        /// Deals entering the last stage.
        public var opportunities: Mean
        public var customers: Mean
        public var sellers: Mean
        /// Won ÷ decided in the last stage.
        public var winRate: Mean
    }

    public struct Mean: Codable, Equatable, Sendable {
        public var mean: Double
    }

    public struct GaugeEntry: Codable, Equatable, Sendable {
        public var id: String
        public var label: String
        public var value: Double
        public var status: GaugeStatus
    }

    public struct BestBalance: Codable, Equatable, Sendable {
        public var pushShare: Double
        public var arrP50: Double
        public var meetsRiskLimits: Bool
        /// Same as `meetsRiskLimits`: false means no balance meets the limits.
        public var feasible: Bool
        /// `cashShortfall` or `targetMiss`: the limit that decides the answer; null when none binds.
        @NullWhenAbsent public var bindingLimit: RiskLimit?

        init(_ best: BalanceRecommendation) {
            pushShare = best.pushShare
            arrP50 = best.arrP50
            meetsRiskLimits = best.meetsLimits
            feasible = best.meetsLimits
            bindingLimit = best.bindingLimit
        }

        /// In words: within the limits, at the edge of the one that binds, or that none is met.
        public var note: String {
            switch (feasible, bindingLimit) {
            case (true, nil): "within the risk limits"
            case (true, let limit?): "at the edge of the \(limit.label) limit"
            case (false, let limit): "no balance meets the risk limits (\(limit?.label ?? "both") too high everywhere); the least risky is shown"
            }
        }
    }

    public struct Summary: Codable, Equatable, Sendable {
        public var arrAtHorizon: Band
        public var nextQuarterBookings: Band
        public var periodBookings: Band
        public var periodMonths: Int
        public var periodTarget: Double
        public var sellers: Double
        /// `null` (never left out) when the search was skipped (`--no-best-balance`).
        @NullWhenAbsent public var bestBalance: BestBalance?
    }

    public var formatVersion: Int
    public var scenario: String
    public var currency: String
    public var horizonMonths: Int
    public var paths: Int
    public var seed: UInt64
    public var levers: Levers
    public var months: [Month]
    public var gauges: [GaugeEntry]
    public var summary: Summary

    public init(scenario: Scenario, forecast: Forecast, best: BalanceRecommendation?) {
        formatVersion = Self.currentFormatVersion
        self.scenario = scenario.name
        currency = scenario.finance.currency
        horizonMonths = forecast.horizonMonths
        paths = forecast.paths
        seed = forecast.seed
        levers = forecast.levers
        months = forecast.months.map {
            Month(month: $0.month, bookings: $0.bookings, arr: $0.arr, cash: $0.cash,
                  wonDeals: Mean(mean: $0.meanWonDeals), journeys: Mean(mean: $0.meanJourneys),
                  expansion: Mean(mean: $0.meanExpansion),
                  opportunities: Mean(mean: $0.meanOpportunities), customers: Mean(mean: $0.meanCustomers),
                  sellers: Mean(mean: $0.sellers), winRate: Mean(mean: $0.meanWinRate))
        }
        gauges = forecast.gauges.map { GaugeEntry(id: $0.id.rawValue, label: $0.label, value: $0.value, status: $0.status) }
        summary = Summary(
            arrAtHorizon: forecast.arrAtHorizon, nextQuarterBookings: forecast.nextQuarterBookings,
            periodBookings: forecast.periodBookings, periodMonths: min(scenario.targets.periodMonths, forecast.horizonMonths),
            periodTarget: scenario.targets.periodBookings, sellers: forecast.sellers,
            bestBalance: best.map(BestBalance.init))
    }
}
