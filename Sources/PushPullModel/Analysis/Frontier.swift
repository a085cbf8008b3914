/// One push share of the frontier: its horizon ARR P50 and every risk reading.
public struct FrontierPoint: Equatable, Sendable {
    public var pushShare: Double
    public var arrP50: Double
    public var risks: RiskReadings
    /// Whether the cash and target risks stay under the scenario's limits.
    public var meetsLimits: Bool

    init(pushShare: Double, forecast: Forecast, limits: RiskLimits) {
        self.pushShare = pushShare
        arrP50 = forecast.arrAtHorizon.p50
        risks = RiskReadings(forecast)
        meetsLimits = risks[.cash] <= limits.maxCashShortfall && risks[.miss] <= limits.maxTargetMiss
    }

    /// True when `other` is at least as good on both ARR and risk and better on one.
    public func isDominated(by other: FrontierPoint, on measure: RiskMeasure) -> Bool {
        let mine = measure.riskiness(risks[measure]), theirs = measure.riskiness(other.risks[measure])
        return other.arrP50 >= arrP50 && theirs <= mine && (other.arrP50 > arrP50 || theirs < mine)
    }
}

/// Horizon ARR P50 over a grid of handoffs (rows) and push shares (columns).
public struct BalanceHandoffMap: Equatable, Sendable {
    public var pushShares: [Double]
    public var handoffs: [Double]
    /// `arrP50[row][column]`: handoff `handoffs[row]`, push share `pushShares[column]`.
    public var arrP50: [[Double]]
    public var paths: Int
}

/// Return against risk for every push share: the frontier view's numbers.
public struct Frontier: Equatable, Sendable {
    /// Ascending push shares, 0…100%.
    public var points: [FrontierPoint]
    /// The levers on screen, run over the same paths: it lies on the curve.
    public var current: FrontierPoint
    public var limits: RiskLimits
    public var paths: Int
    public var map: BalanceHandoffMap?

    /// For each point, whether no other point beats it on both ARR and `measure`.
    public func efficient(on measure: RiskMeasure) -> [Bool] {
        points.map { point in !points.contains { point.isDominated(by: $0, on: measure) } }
    }

    /// The grid's highest ARR within the risk limits; nil when no push share meets them.
    public var best: FrontierPoint? {
        points.filter(\.meetsLimits).max { $0.arrP50 < $1.arrP50 }
    }
}

public enum FrontierSearch {
    public struct Settings: Equatable, Sendable {
        /// Push shares on the curve, 0…100% evenly.
        public var steps = 21
        /// Paths per curve point; nil keeps the scenario's.
        public var paths: Int?
        /// Push shares and handoffs of the map (each); 0 leaves the map out.
        public var mapSteps = 11
        /// Paths per map cell: fewer, since the map has steps² cells (the noise is stated).
        public var mapPaths = 200

        public init(steps: Int = 21, paths: Int? = nil, mapSteps: Int = 11, mapPaths: Int = 200) {
            self.steps = steps
            self.paths = paths
            self.mapSteps = mapSteps
            self.mapPaths = mapPaths
        }
    }

    /// The frontier of `scenario`; nil when `shouldStop` cut it short.
    public static func run(_ scenario: Scenario, settings: Settings = Settings(), threads: Int? = nil,
                           shouldStop: @Sendable () -> Bool = { false }) throws -> Frontier? {
        try CommonRandomRuns.analyse(scenario, paths: settings.paths, threads: threads, shouldStop: shouldStop) { runs in
            let limits = scenario.riskLimits
            func point(_ share: Double) throws -> FrontierPoint {
                var levers = runs.base.levers
                levers.pushShare = share
                return FrontierPoint(pushShare: share, forecast: try runs.forecast(levers: levers), limits: limits)
            }
            let shares = grid(settings.steps)
            let points = try shares.map(point)
            let current = try points.first { $0.pushShare == runs.base.levers.pushShare } ?? point(runs.base.levers.pushShare)
            let map = settings.mapSteps > 1
                ? try balanceHandoffMap(runs.with(paths: min(settings.mapPaths, scenario.simulation.paths)), steps: settings.mapSteps) : nil
            return Frontier(points: points, current: current, limits: limits, paths: runs.base.simulation.paths, map: map)
        }
    }

    static func balanceHandoffMap(_ runs: CommonRandomRuns, steps: Int) throws -> BalanceHandoffMap {
        let shares = grid(steps), handoffs = grid(steps)
        let rows = try handoffs.map { handoff in
            try shares.map { share in
                var levers = runs.base.levers
                levers.pushShare = share
                levers.handoff = handoff
                return try runs.forecast(levers: levers).arrAtHorizon.p50
            }
        }
        return BalanceHandoffMap(pushShares: shares, handoffs: handoffs, arrP50: rows, paths: runs.base.simulation.paths)
    }

    /// `steps` evenly spaced shares from 0 to 1, rounded to whole percents.
    static func grid(_ steps: Int) -> [Double] {
        let count = max(2, steps)
        return (0..<count).map { (Double($0) * 100 / Double(count - 1)).rounded() / 100 }
    }
}
