/// A figure two scenarios are compared on.
public enum ComparedFigure: Hashable, Sendable {
    case lever(Lever)
    case arrAtHorizon
    case nextQuarterBookings
    case periodBookings
    case gauge(GaugeID)

    public static let all: [ComparedFigure] = Lever.allCases.map { .lever($0) }
        + [.arrAtHorizon, .nextQuarterBookings, .periodBookings] + GaugeID.allCases.map { .gauge($0) }

    public var name: String {
        switch self {
        case .lever(let lever): lever.rawValue
        case .arrAtHorizon: "arrAtHorizon"
        case .nextQuarterBookings: "nextQuarterBookings"
        case .periodBookings: "periodBookings"
        case .gauge(let id): id.rawValue
        }
    }

    public var label: String {
        switch self {
        case .lever(let lever): lever.label
        case .arrAtHorizon: "Horizon ARR"
        case .nextQuarterBookings: "Next-quarter bookings"
        case .periodBookings: "Period bookings"
        case .gauge(let id): id.label
        }
    }

    /// The P10–P90 range, for the headline figures.
    func band(of forecast: Forecast) -> Band? {
        switch self {
        case .arrAtHorizon: forecast.arrAtHorizon
        case .nextQuarterBookings: forecast.nextQuarterBookings
        case .periodBookings: forecast.periodBookings
        case .lever, .gauge: nil
        }
    }

    func value(of forecast: Forecast) -> Double {
        switch self {
        case .lever(let lever): forecast.levers[lever]
        case .gauge(let id): forecast.gauge(id)?.value ?? 0
        default: band(of: forecast)?.p50 ?? 0
        }
    }
}

public struct ComparisonRow: Equatable, Sendable {
    public var figure: ComparedFigure
    /// The P50 for headline figures.
    public var a: Double
    public var b: Double
    public var bandA: Band?
    public var bandB: Band?

    public var difference: Double { b - a }
    public var differs: Bool { a != b }
}

/// Two scenarios side by side, run over the same paths, seed and horizon (A's), so every
/// difference is the scenarios' and none is sampling noise.
public struct ScenarioComparison: Equatable, Sendable {
    public var nameA: String
    public var nameB: String
    public var forecastA: Forecast
    public var forecastB: Forecast
    public var rows: [ComparisonRow]

    public var hasDifferences: Bool { rows.contains(where: \.differs) }

    /// Compares `a` and `b`; nil when `shouldStop` cut it short.
    public static func run(_ a: Scenario, _ b: Scenario, threads: Int? = nil,
                           shouldStop: @Sendable () -> Bool = { false }) throws -> ScenarioComparison? {
        try CommonRandomRuns.analyse(a, paths: nil, threads: threads, shouldStop: shouldStop) { runs in
            let other = try b.validated()
            let forecastA = try runs.forecast()
            let forecastB = try runs.forecast { $0 = other }
            let rows = ComparedFigure.all.map { figure in
                ComparisonRow(figure: figure, a: figure.value(of: forecastA), b: figure.value(of: forecastB),
                              bandA: figure.band(of: forecastA), bandB: figure.band(of: forecastB))
            }
            return ScenarioComparison(nameA: a.name, nameB: b.name, forecastA: forecastA, forecastB: forecastB, rows: rows)
        }
    }
}
