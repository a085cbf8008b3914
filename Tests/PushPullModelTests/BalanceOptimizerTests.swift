import Testing
@testable import PushPullModel

@Suite("Best balance")
struct BalanceOptimizerTests {
    /// Few paths keep the ~30 evaluations of a search fast; common random numbers keep them comparable.
    static let searchScenario = example(paths: 120)

    /// The optimizer's own evaluation of one balance, run independently.
    static func evaluate(_ scenario: Scenario, pushShare: Double) throws -> (arr: Double, meetsLimits: Bool) {
        var probe = scenario
        probe.simulation.paths = min(scenario.simulation.paths, BalanceOptimizer.searchPaths)
        probe.levers.pushShare = pushShare
        let result = try forecast(probe)
        let meets = result.gauge(.cashShortfall)!.value <= scenario.riskLimits.maxCashShortfall
            && result.gauge(.targetMiss)!.value <= scenario.riskLimits.maxTargetMiss
        return (result.arrAtHorizon.p50, meets)
    }

    @Test("Default scenario: an interior balance within the limits, at least as good as its grid neighbours")
    func interiorBestWithinLimits() throws {
        let scenario = Self.searchScenario
        let best = try #require(try BalanceOptimizer.best(for: scenario))
        #expect(best.pushShare > 0 && best.pushShare < 1)
        #expect(best.meetsLimits)
        #expect(best.cashShortfall <= scenario.riskLimits.maxCashShortfall)
        #expect(best.targetMiss <= scenario.riskLimits.maxTargetMiss)

        // The reported figures are those of a plain run at that balance.
        let atBest = try Self.evaluate(scenario, pushShare: best.pushShare)
        #expect(atBest.arr == best.arrP50)
        #expect(atBest.meetsLimits)

        // The fine search steps by 1%: no neighbour within the limits does better.
        for neighbour in [best.pushShare - 0.01, best.pushShare + 0.01] where (0...1).contains(neighbour) {
            let other = try Self.evaluate(scenario, pushShare: neighbour)
            if other.meetsLimits {
                #expect(other.arr <= best.arrP50, "neighbour \(neighbour): \(other.arr) vs \(best.arrP50)")
            }
        }
    }

    @Test("Impossible limits (0 and 0) against an unreachable target: the least risky balance, flagged")
    func impossibleLimits() throws {
        let scenario = example(paths: 30) { s in
            s.riskLimits = RiskLimits(maxCashShortfall: 0, maxTargetMiss: 0)
            s.targets.periodBookings = 1e11
        }
        let best = try #require(try BalanceOptimizer.best(for: scenario))
        #expect(best.meetsLimits == false)
        #expect(best.targetMiss == 1, "no balance books €100bn in a year")
        #expect(best.cashShortfall >= 0 && best.cashShortfall <= 1)
        #expect(best.pushShare >= 0 && best.pushShare <= 1)
    }

    @Test("shouldStop: nil at once, without running a single balance")
    func stopsWhenAsked() throws {
        var calls = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let result = try BalanceOptimizer.best(for: example(paths: 400)) {
                calls += 1
                return true
            }
            #expect(result == nil)
        }
        #expect(calls == 1)
        #expect(elapsed < .milliseconds(500), "a stopped search returns without simulating")
    }

    @Test("shouldStop turning true mid-search also gives nil")
    func stopsMidSearch() throws {
        var calls = 0
        let result = try BalanceOptimizer.best(for: example(paths: 20)) {
            calls += 1
            return calls > 5
        }
        #expect(result == nil)
        #expect(calls == 6)
    }

    @Test("Same seed: same recommendation, whatever the thread count")
    func deterministic() throws {
        let scenario = example(paths: 60)
        let first = try BalanceOptimizer.best(for: scenario, threads: 1)
        let second = try BalanceOptimizer.best(for: scenario, threads: 2)
        #expect(first != nil)
        #expect(first == second)
    }
}
