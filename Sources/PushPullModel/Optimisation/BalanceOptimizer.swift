/// A risk limit of the scenario, named when it decides the best balance.
public enum RiskLimit: String, Sendable, Codable, CaseIterable {
    case cashShortfall, targetMiss

    public var label: String {
        switch self {
        case .cashShortfall: "P(cash < 0)"
        case .targetMiss: "P(miss target)"
        }
    }
}

/// The risk-bounded best balance: the push share with the highest horizon ARR (P50)
/// among those whose cash and target risks stay under the scenario's limits.
public struct BalanceRecommendation: Equatable, Sendable {
    public var pushShare: Double
    public var arrP50: Double
    public var cashShortfall: Double
    public var targetMiss: Double
    /// False when no balance meets the limits: then `pushShare` is only the least risky
    /// balance, and the dashboard and reports say "no balance meets the limits".
    public var meetsLimits: Bool
    /// The limit that decides the answer: the one that rules out a higher ARR, or, when no
    /// balance meets the limits, the one broken by the most. Nil when no limit binds.
    public var bindingLimit: RiskLimit?

    public init(pushShare: Double, arrP50: Double, cashShortfall: Double, targetMiss: Double,
                meetsLimits: Bool, bindingLimit: RiskLimit? = nil) {
        self.pushShare = pushShare
        self.arrP50 = arrP50
        self.cashShortfall = cashShortfall
        self.targetMiss = targetMiss
        self.meetsLimits = meetsLimits
        self.bindingLimit = bindingLimit
    }
}

public enum BalanceOptimizer {
    /// Paths per evaluated balance. With common random numbers every balance sees the same
    /// paths, so the ARR curve is smooth in the balance and its peak does not wander.
    public static let searchPaths = 2_000
    /// The grid the search first walks, in percentage points.
    static let gridStep = 5

    /// Walks the grid, then refines: the vertex of the parabola through the best feasible
    /// point and its two neighbours when the peak is inside the limits, or, when a limit cuts
    /// the peak off, the last feasible point, found by halving the 5-point step.
    ///
    /// `near`, a previous answer (the dashboard's last search), starts a local climb on the
    /// grid from there instead of the whole walk: after a small change of another lever the
    /// answer is a few points away, found with 3 or 4 balances instead of ~23, and it is the
    /// answer the whole walk gives (both end on the same grid point and look at the same
    /// neighbours). Without a feasible balance on the way the climb gives up and the whole
    /// grid is walked.
    ///
    /// Returns nil when `shouldStop` says the answer is no longer wanted; it is asked before
    /// each balance and between blocks of paths, so a stale search frees its core at once.
    public static func best(for scenario: Scenario, near: Double? = nil, threads: Int? = nil,
                            shouldStop: @Sendable () -> Bool = { false }) throws -> BalanceRecommendation? {
        do {
            return try search(scenario, near: near, threads: threads, shouldStop: shouldStop)
        } catch is MonteCarlo.Stopped {
            return nil
        }
    }

    private static func search(_ scenario: Scenario, near: Double?, threads: Int?,
                               shouldStop: @Sendable () -> Bool) throws -> BalanceRecommendation? {
        var probe = try scenario.validated()
        probe.simulation.paths = searchPaths
        let limits = scenario.riskLimits
        var evaluated: [Int: BalanceRecommendation] = [:]

        func evaluate(_ percent: Int) throws -> BalanceRecommendation? {
            if let known = evaluated[percent] { return known }
            if shouldStop() { return nil }
            probe.levers.pushShare = Double(percent) / 100
            let forecast = try MonteCarlo.run(probe, threads: threads, shouldStop: shouldStop)
            let cash = forecast.gauge(.cashShortfall)?.value ?? 1
            let miss = forecast.gauge(.targetMiss)?.value ?? 1
            let result = BalanceRecommendation(
                pushShare: probe.levers.pushShare, arrP50: forecast.arrAtHorizon.p50, cashShortfall: cash, targetMiss: miss,
                meetsLimits: cash <= limits.maxCashShortfall && miss <= limits.maxTargetMiss)
            evaluated[percent] = result
            return result
        }

        // The grid points looked at: every one, or those of the climb from `near`.
        var grid: [Int: BalanceRecommendation] = [:]
        func look(at percent: Int) throws -> BalanceRecommendation? {
            guard let result = try evaluate(percent) else { return nil }
            grid[percent] = result
            return result
        }
        var climbed = false
        if let near {
            guard let top = try climb(from: near, look: look) else { return nil }
            climbed = top.meetsLimits
        }
        if !climbed {
            for percent in stride(from: 0, through: 100, by: gridStep) {
                guard try look(at: percent) != nil else { return nil }
            }
        }
        let peak = grid.max { a, b in a.value.arrP50 < b.value.arrP50 }!
        guard let bestFeasible = grid.filter({ $0.value.meetsLimits }).max(by: { $0.value.arrP50 < $1.value.arrP50 }) else {
            return leastRisky(Array(grid.values), limits: limits)
        }
        let binding = peak.value.meetsLimits ? nil : worstBroken(peak.value, limits: limits)

        // Towards an infeasible neighbour, the answer is where the limit starts to bind: the
        // risk rises steadily with the balance there, so halving the gap finds the last
        // feasible point in 2 or 3 balances instead of 4 one-point steps.
        for direction in [-1, 1] {
            let neighbour = bestFeasible.key + direction * gridStep
            guard let next = grid[neighbour], !next.meetsLimits, next.arrP50 > bestFeasible.value.arrP50 else { continue }
            var edge = bestFeasible.value
            var feasible = 0, infeasible = gridStep
            while infeasible - feasible > 1 {
                let step = (feasible + infeasible) / 2
                guard let result = try evaluate(bestFeasible.key + direction * step) else { return nil }
                if result.meetsLimits { feasible = step; edge = result } else { infeasible = step }
            }
            edge.bindingLimit = binding
            return edge
        }

        // Inside the limits: the vertex of the parabola through the feasible neighbourhood.
        let window = (-1...1).map { bestFeasible.key + $0 * gridStep }.compactMap { percent in
            grid[percent].flatMap { $0.meetsLimits ? (x: Double(percent), y: $0.arrP50) : nil }
        }
        var percent = bestFeasible.key
        if let peak = parabolaPeak(window), peak.isFinite {
            // The middle point is the highest, so the top is within half a step of it.
            percent = Int(min(window[2].x, max(window[0].x, peak)).rounded())
        }
        guard var result = try evaluate(percent) else { return nil }
        if !result.meetsLimits { result = bestFeasible.value }
        result.bindingLimit = binding
        return result
    }

    /// Climbs the grid from the point nearest `start`: to the better neighbour while there is
    /// one (within the limits beats outside them, then higher ARR), and returns the top, whose
    /// two neighbours it has looked at: the window the whole walk fits its parabola to.
    private static func climb(from start: Double,
                              look: (Int) throws -> BalanceRecommendation?) throws -> BalanceRecommendation? {
        func better(_ a: BalanceRecommendation, than b: BalanceRecommendation) -> Bool {
            a.meetsLimits != b.meetsLimits ? a.meetsLimits : a.arrP50 > b.arrP50
        }
        var at = min(100, max(0, Int((start * 100 / Double(gridStep)).rounded()) * gridStep))
        guard var top = try look(at) else { return nil }
        while true {
            var next: (percent: Int, result: BalanceRecommendation)?
            for neighbour in [at - gridStep, at + gridStep] where (0...100).contains(neighbour) {
                guard let result = try look(neighbour) else { return nil }
                if better(result, than: next?.result ?? top) { next = (neighbour, result) }
            }
            guard let next else { return top }
            at = next.percent
            top = next.result
        }
    }

    /// When nothing meets the limits: the balance with the smallest excess risk, marked as such.
    static func leastRisky(_ candidates: [BalanceRecommendation], limits: RiskLimits) -> BalanceRecommendation {
        func excess(_ r: BalanceRecommendation) -> Double {
            max(0, r.cashShortfall - limits.maxCashShortfall) + max(0, r.targetMiss - limits.maxTargetMiss)
        }
        var best = candidates.min { a, b in
            excess(a) != excess(b) ? excess(a) < excess(b) : a.arrP50 > b.arrP50
        }!
        best.bindingLimit = worstBroken(best, limits: limits)
        return best
    }

    /// The limit a result breaks by the most, relative to the limit itself.
    static func worstBroken(_ result: BalanceRecommendation, limits: RiskLimits) -> RiskLimit? {
        let cash = (result.cashShortfall - limits.maxCashShortfall) / max(limits.maxCashShortfall, 0.01)
        let miss = (result.targetMiss - limits.maxTargetMiss) / max(limits.maxTargetMiss, 0.01)
        if cash <= 0 && miss <= 0 { return nil }
        return cash >= miss ? .cashShortfall : .targetMiss
    }
}

/// The x of the top of the parabola through three equally spaced points, left to right;
/// nil when there are not three or they do not bend downwards.
func parabolaPeak(_ points: [(x: Double, y: Double)]) -> Double? {
    guard points.count == 3 else { return nil }
    let (left, middle, right) = (points[0], points[1], points[2])
    let bend = left.y - 2 * middle.y + right.y
    guard bend < 0 else { return nil }
    return middle.x + (middle.x - left.x) * (left.y - right.y) / (2 * bend)
}
