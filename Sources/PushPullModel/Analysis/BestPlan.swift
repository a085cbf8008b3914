/// A joint answer beside the 1-D best balance: the push share, handoff, executive focus and
/// quota pressure that together give the highest horizon ARR P50 within the risk limits.
public struct BestPlan: Equatable, Sendable {
    public var levers: Levers
    public var arrP50: Double
    public var cashShortfall: Double
    public var targetMiss: Double
    /// False when no plan the search reached meets the limits: then `levers` is the least risky.
    public var meetsLimits: Bool
    /// The limit that stopped a step to more ARR at the end (or, when nothing meets the
    /// limits, the one broken most); nil when none did.
    public var bindingLimit: RiskLimit?
    /// Plans run (each over the same paths).
    public var evaluated: Int
    public var paths: Int
}

public enum BestPlanSearch {
    /// The levers searched together; the budget and the partner share stay as they are.
    public static let levers: [Lever] = [.pushShare, .handoff, .executiveFocus, .quotaPressure]
    /// Coordinate steps, coarse to fine, in points of the share.
    static let steps = [0.10, 0.05, 0.02, 0.01]

    /// Coordinate search from today's levers: each lever in turn moved one step down and up,
    /// a move kept when it is better (within the limits and more ARR, or less excess risk while
    /// nothing meets them), until no move helps; then the next, finer step. Common random
    /// numbers make every comparison a difference of effects. Nil when `shouldStop` cut it short.
    public static func run(_ scenario: Scenario, paths: Int? = nil, threads: Int? = nil,
                           shouldStop: @Sendable () -> Bool = { false }) throws -> BestPlan? {
        try CommonRandomRuns.analyse(scenario, paths: paths, threads: threads, shouldStop: shouldStop) { runs in
            let limits = runs.base.riskLimits
            var known: [Levers: BestPlan] = [:]
            func evaluate(_ levers: Levers) throws -> BestPlan {
                if let plan = known[levers] { return plan }
                let forecast = try runs.forecast(levers: levers)
                let cash = forecast.gauge(.cashShortfall)?.value ?? 1, miss = forecast.gauge(.targetMiss)?.value ?? 1
                let plan = BestPlan(levers: levers, arrP50: forecast.arrAtHorizon.p50, cashShortfall: cash, targetMiss: miss,
                                    meetsLimits: cash <= limits.maxCashShortfall && miss <= limits.maxTargetMiss,
                                    bindingLimit: nil, evaluated: 0, paths: runs.base.simulation.paths)
                known[levers] = plan
                return plan
            }
            var best = try evaluate(runs.base.levers)
            for step in steps {
                var improved = true
                while improved {
                    improved = false
                    for lever in levers {
                        for direction in [-1.0, 1.0] {
                            var moved = best.levers
                            moved[lever] = lever.unit.rounded(min(1, max(0, moved[lever] + direction * step)))
                            guard moved != best.levers else { continue }
                            let candidate = try evaluate(moved)
                            if isBetter(candidate, than: best, limits: limits) {
                                best = candidate
                                improved = true
                            }
                        }
                    }
                }
            }
            best.evaluated = known.count
            best.bindingLimit = bindingLimit(of: best, among: Array(known.values), limits: limits)
            return best
        }
    }

    /// Within the limits beats outside them; within, more ARR; outside, less excess risk.
    static func isBetter(_ a: BestPlan, than b: BestPlan, limits: RiskLimits) -> Bool {
        if a.meetsLimits != b.meetsLimits { return a.meetsLimits }
        if a.meetsLimits { return a.arrP50 > b.arrP50 }
        return excess(a, limits) < excess(b, limits)
    }

    static func excess(_ plan: BestPlan, _ limits: RiskLimits) -> Double {
        max(0, plan.cashShortfall - limits.maxCashShortfall) + max(0, plan.targetMiss - limits.maxTargetMiss)
    }

    /// The limit broken most by the plans the search saw with more ARR than the answer.
    static func bindingLimit(of best: BestPlan, among plans: [BestPlan], limits: RiskLimits) -> RiskLimit? {
        let richer = plans.filter { !$0.meetsLimits && $0.arrP50 > best.arrP50 }
        let asBalance = { (plan: BestPlan) in
            BalanceRecommendation(pushShare: plan.levers.pushShare, arrP50: plan.arrP50, cashShortfall: plan.cashShortfall,
                                  targetMiss: plan.targetMiss, meetsLimits: plan.meetsLimits)
        }
        if !best.meetsLimits { return BalanceOptimizer.worstBroken(asBalance(best), limits: limits) }
        guard let nearest = richer.min(by: { excess($0, limits) < excess($1, limits) }) else { return nil }
        return BalanceOptimizer.worstBroken(asBalance(nearest), limits: limits)
    }
}
