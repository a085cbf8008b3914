/// The risk-bounded best balance: the push share with the highest horizon ARR
/// (P50) among those whose cash and target risks stay under the scenario's limits.
public struct BalanceRecommendation: Equatable, Sendable {
    public var pushShare: Double
    public var arrP50: Double
    public var cashShortfall: Double
    public var targetMiss: Double
    /// False when no balance meets the limits: then this is the least risky one.
    public var meetsLimits: Bool

    public init(pushShare: Double, arrP50: Double, cashShortfall: Double, targetMiss: Double, meetsLimits: Bool) {
        self.pushShare = pushShare
        self.arrP50 = arrP50
        self.cashShortfall = cashShortfall
        self.targetMiss = targetMiss
        self.meetsLimits = meetsLimits
    }
}

public enum BalanceOptimizer {
    /// Paths per evaluated balance: enough for a stable ranking, few enough to
    /// search 30 balances quickly. Common random numbers keep the ranking steady.
    public static let searchPaths = 400

    /// Searches a coarse grid (every 5%), then every 1% around the best point.
    /// Returns nil when `shouldStop` says the answer is no longer wanted.
    public static func best(for scenario: Scenario, threads: Int? = nil,
                            shouldStop: () -> Bool = { false }) throws -> BalanceRecommendation? {
        var probe = try scenario.validated()
        probe.simulation.paths = min(scenario.simulation.paths, searchPaths)
        var evaluated: [Int: BalanceRecommendation] = [:]

        func evaluate(_ percent: Int) throws -> BalanceRecommendation? {
            if let known = evaluated[percent] { return known }
            if shouldStop() { return nil }
            probe.levers.pushShare = Double(percent) / 100
            let forecast = try MonteCarlo.run(probe, threads: threads)
            let cash = forecast.gauge(.cashShortfall)?.value ?? 1
            let miss = forecast.gauge(.targetMiss)?.value ?? 1
            let result = BalanceRecommendation(
                pushShare: probe.levers.pushShare, arrP50: forecast.arrAtHorizon.p50, cashShortfall: cash, targetMiss: miss,
                meetsLimits: cash <= scenario.riskLimits.maxCashShortfall && miss <= scenario.riskLimits.maxTargetMiss)
            evaluated[percent] = result
            return result
        }

        var coarse: [BalanceRecommendation] = []
        for percent in stride(from: 0, through: 100, by: 5) {
            guard let result = try evaluate(percent) else { return nil }
            coarse.append(result)
        }
        let centre = Int((choose(from: coarse).pushShare * 100).rounded())
        var fine: [BalanceRecommendation] = []
        for percent in max(0, centre - 4)...min(100, centre + 4) {
            guard let result = try evaluate(percent) else { return nil }
            fine.append(result)
        }
        return choose(from: fine + coarse)
    }

    /// The highest ARR among balances within limits; failing that, the smallest
    /// excess risk (ties broken by ARR).
    static func choose(from candidates: [BalanceRecommendation]) -> BalanceRecommendation {
        if let best = candidates.filter(\.meetsLimits).max(by: { $0.arrP50 < $1.arrP50 }) { return best }
        return candidates.min { a, b in
            let excessA = a.cashShortfall + a.targetMiss, excessB = b.cashShortfall + b.targetMiss
            return excessA != excessB ? excessA < excessB : a.arrP50 > b.arrP50
        }!
    }
}
