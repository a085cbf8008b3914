/// What a tornado bar measures.
public enum SensitivityMetric: String, CaseIterable, Sendable, Codable {
    /// Horizon ARR, P50.
    case arr
    /// Bookings over months 1–3, P50.
    case nextQuarter
    /// P(missing the period's bookings target).
    case miss

    public var label: String {
        switch self {
        case .arr: "Horizon ARR P50"
        case .nextQuarter: "Next-quarter bookings P50"
        case .miss: "P(miss target)"
        }
    }

    public var isMoney: Bool { self != .miss }

    public func reading(of forecast: Forecast) -> Double {
        switch self {
        case .arr: forecast.arrAtHorizon.p50
        case .nextQuarter: forecast.nextQuarterBookings.p50
        case .miss: forecast.gauge(.targetMiss)?.value ?? 1
        }
    }

    public var next: SensitivityMetric {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// What a tornado row moves: a lever, or one of the model's main parameters (by a factor).
public enum SensitivityFactor: Hashable, Sendable {
    case lever(Lever)
    case winRate, reach, wordOfMouth, churn, dealSize, sellerCapacity

    public static let all: [SensitivityFactor] = Lever.allCases.map { .lever($0) }
        + [.winRate, .reach, .wordOfMouth, .churn, .dealSize, .sellerCapacity]

    public var name: String {
        switch self {
        case .lever(let lever): lever.rawValue
        case .winRate: "winRate"
        case .reach: "reach"
        case .wordOfMouth: "wordOfMouth"
        case .churn: "churn"
        case .dealSize: "dealSize"
        case .sellerCapacity: "sellerCapacity"
        }
    }

    public var label: String {
        switch self {
        case .lever(let lever): lever.label
        case .winRate: "Win rate (last stage)"
        case .reach: "Reach (outbound, inbound, partners)"
        case .wordOfMouth: "Word of mouth"
        case .churn: "Churn"
        case .dealSize: "Deal size"
        case .sellerCapacity: "Seller capacity"
        }
    }

    /// Moves the factor by `direction` (−1 or +1) steps and returns the value it now has:
    /// a lever's own value, or the multiplier of a parameter (0.8 for 20% down).
    func move(_ scenario: inout Scenario, direction: Double, steps: SensitivitySteps) -> Double {
        let factor = 1 + direction * steps.relative
        switch self {
        case .lever(let lever):
            let base = scenario.levers[lever]
            let moved = lever.isShare ? base + direction * steps.share : base * factor
            scenario.levers[lever] = min(max(moved, lever.range.lowerBound), lever.range.upperBound)
            return scenario.levers[lever]
        case .winRate:
            let last = scenario.stages.count - 1
            scenario.stages[last].conversion = min(1, scenario.stages[last].conversion * factor)
        case .reach:
            scenario.response.outboundReach *= factor
            scenario.response.inboundReach *= factor
            scenario.response.partnerReach *= factor
        case .wordOfMouth:
            scenario.response.wordOfMouth *= factor
        case .churn:
            scenario.customers.pushSourcedChurn = min(1, scenario.customers.pushSourcedChurn * factor)
            scenario.customers.pullSourcedChurn = min(1, scenario.customers.pullSourcedChurn * factor)
        case .dealSize:
            scenario.sales.dealSizeMedian *= factor
        case .sellerCapacity:
            scenario.sales.dealsPerSellerPerMonth *= factor
        }
        return factor
    }
}

/// How far each tornado row moves its factor, down and up.
public struct SensitivitySteps: Equatable, Sendable {
    /// Shares (push share, handoff, …) move by this many points of the share.
    public var share: Double
    /// The budget and the parameters move by this fraction of their value.
    public var relative: Double

    public init(share: Double = 0.10, relative: Double = 0.20) {
        self.share = share
        self.relative = relative
    }
}

/// One side of a tornado row: the factor's value there and every metric it gives.
public struct SensitivityReading: Equatable, Sendable {
    public var value: Double
    public var metrics: [SensitivityMetric: Double]

    init(value: Double, forecast: Forecast) {
        self.value = value
        metrics = Dictionary(uniqueKeysWithValues: SensitivityMetric.allCases.map { ($0, $0.reading(of: forecast)) })
    }

    public subscript(metric: SensitivityMetric) -> Double { metrics[metric] ?? 0 }
}

public struct SensitivityRow: Equatable, Sendable {
    public var factor: SensitivityFactor
    public var low: SensitivityReading
    public var high: SensitivityReading

    /// How far apart the two sides land on `metric`.
    public func swing(_ metric: SensitivityMetric) -> Double { abs(high[metric] - low[metric]) }
}

/// The tornado: every factor moved down and up over the same paths as the base.
public struct Sensitivity: Equatable, Sendable {
    public var base: [SensitivityMetric: Double]
    public var rows: [SensitivityRow]
    public var steps: SensitivitySteps
    public var paths: Int

    /// The rows by swing on `metric`, largest first (ties keep the factors' order).
    public func sorted(by metric: SensitivityMetric) -> [SensitivityRow] {
        rows.enumerated().sorted { a, b in
            a.element.swing(metric) != b.element.swing(metric) ? a.element.swing(metric) > b.element.swing(metric) : a.offset < b.offset
        }.map(\.element)
    }
}

public enum SensitivityAnalysis {
    /// The tornado of `scenario`; nil when `shouldStop` cut it short.
    public static func run(_ scenario: Scenario, steps: SensitivitySteps = SensitivitySteps(), paths: Int? = nil,
                           threads: Int? = nil, shouldStop: @Sendable () -> Bool = { false }) throws -> Sensitivity? {
        try CommonRandomRuns.analyse(scenario, paths: paths, threads: threads, shouldStop: shouldStop) { runs in
            let base = SensitivityReading(value: 0, forecast: try runs.forecast())
            let rows = try SensitivityFactor.all.map { factor in
                let sides = try [-1.0, 1.0].map { direction in
                    var moved = runs.base
                    let value = factor.move(&moved, direction: direction, steps: steps)
                    return SensitivityReading(value: value, forecast: try runs.forecast { $0 = moved })
                }
                return SensitivityRow(factor: factor, low: sides[0], high: sides[1])
            }
            return Sensitivity(base: base.metrics, rows: rows, steps: steps, paths: runs.base.simulation.paths)
        }
    }
}
