/// The risk a frontier is drawn against, one of four readings of a forecast.
public enum RiskMeasure: String, CaseIterable, Sendable, Codable {
    /// P(missing the period's bookings target).
    case miss
    /// P(cash below zero before the horizon).
    case cash
    /// (P90 − P10) / P50 of horizon ARR.
    case volatility
    /// Mean horizon ARR of the worst tenth of paths: an amount, where lower is riskier.
    case cvar

    public var label: String {
        switch self {
        case .miss: "P(miss target)"
        case .cash: "P(cash < 0)"
        case .volatility: "ARR volatility"
        case .cvar: "CVaR10 of ARR"
        }
    }

    /// False for the CVaR: a higher worst-tenth ARR is less risk.
    public var higherIsRiskier: Bool { self != .cvar }

    /// Whether the reading is an amount of money (else a share or a ratio).
    public var isMoney: Bool { self == .cvar }

    public func reading(of forecast: Forecast) -> Double {
        switch self {
        case .miss: forecast.gauge(.targetMiss)?.value ?? 1
        case .cash: forecast.gauge(.cashShortfall)?.value ?? 1
        case .volatility: forecast.gauge(.arrVolatility)?.value ?? 0
        case .cvar: forecast.arrWorstTenthMean
        }
    }

    /// The reading turned so that lower is always safer, for comparing risks.
    public func riskiness(_ reading: Double) -> Double { higherIsRiskier ? reading : -reading }

    /// The next measure, for the dashboard's `x`.
    public var next: RiskMeasure {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Every risk reading of one forecast, so a view can switch measures without running again.
public struct RiskReadings: Equatable, Sendable {
    public var values: [RiskMeasure: Double]

    public init(_ forecast: Forecast) {
        values = Dictionary(uniqueKeysWithValues: RiskMeasure.allCases.map { ($0, $0.reading(of: forecast)) })
    }

    public subscript(measure: RiskMeasure) -> Double { values[measure] ?? 0 }
}
