import Foundation
import Testing
@testable import PushPullModel
import TestSupport

/// The shapes of the model held over 100 random valid scenarios with 1,000 paths each
/// (see `randomScenario` for the ranges), not only on the built-in example. Each test
/// names the premise under which its property is claimed.
@Suite("Model shapes over random scenarios")
struct RandomScenarioPropertyTests {
    static let count = 100
    static let paths = 1_000

    static func scenarios(seed: UInt64) -> [Scenario] {
        var rng = SeededGenerator(state: seed)
        return (0..<count).map { _ in randomScenario(&rng, paths: paths) }
    }

    static func totalWon(_ forecast: Forecast) -> Double { forecast.months.reduce(0) { $0 + $1.meanWonDeals } }

    @Test("Every random scenario is valid, runs, and without push wins nothing on any path")
    func noPushNoWin() throws {
        for (index, scenario) in Self.scenarios(seed: 11).enumerated() {
            #expect(scenario.validationIssues().isEmpty, "scenario \(index): \(scenario.validationIssues())")
            var none = scenario
            none.levers.pushShare = 0
            let result = try MonteCarlo.run(none)
            #expect(result.sellers == 0)
            #expect(result.months.allSatisfy { $0.meanWonDeals == 0 && $0.wonDeals.p90 == 0 && $0.bookings.p90 == 0 },
                    "scenario \(index)")
        }
    }

    @Test("Capacity caps, never collapses: more accounts, more deals per seller or cheaper sellers never lower won deals or horizon ARR")
    func monotoneInCapacityAndMarket() throws {
        let changes: [(String, (inout Scenario) -> Void)] = [
            ("accounts × 1.5", { $0.market.accounts = $0.market.accounts * 3 / 2 }),
            ("deals per seller × 1.5", { $0.sales.dealsPerSellerPerMonth *= 1.5 }),
            ("seller cost × 0.8", { $0.sales.sellerMonthlyCost *= 0.8 }),
        ]
        for (index, scenario) in Self.scenarios(seed: 12).enumerated() {
            let base = try MonteCarlo.run(scenario)
            for (name, change) in changes {
                var changed = scenario
                change(&changed)
                let result = try MonteCarlo.run(changed)
                #expect(Self.totalWon(result) >= Self.totalWon(base) * 0.975 - 0.5,
                        "scenario \(index), \(name): won \(Self.totalWon(base)) → \(Self.totalWon(result))")
                #expect(result.arrAtHorizon.p50 >= base.arrAtHorizon.p50 * 0.98 - 1,
                        "scenario \(index), \(name): ARR \(base.arrAtHorizon.p50) → \(result.arrAtHorizon.p50)")
            }
        }
    }

    /// How far one step of a lever may move each gauge: probabilities in points, months, ratios.
    static let gaugeBounds: [GaugeID: Double] = [
        .targetMiss: 0.06, .cashShortfall: 0.06, .runway: 3, .arrVolatility: 0.1, .coverage: 0.5,
        .buyerPressure: 0.02, .channelConcentration: 0.05, .leadQuality: 0.05, .cacPayback: 6,
    ]

    /// The relative change of the spend a step of `lever` moves: a step of one point is a
    /// small change of a large push budget but half of a 2% one. A response in proportion to
    /// that change is a slope, not a cliff.
    static func spendChange(_ lever: Lever, from: Double, to: Double) -> Double {
        switch lever {
        case .budget: abs(to - from) / max(from, 1)
        case .pushShare: max(abs(to - from) / max(min(from, to), 1e-9), abs(to - from) / max(min(1 - from, 1 - to), 1e-9))
        default: 0
        }
    }

    /// Whether the handoff falls inside a stage shorter than a tenth of the journey: there a
    /// point of the journey is more than a tenth of the stage's work changing hands.
    static func handoffInShortStage(_ scenario: Scenario) -> Bool {
        let total = scenario.stages.reduce(0) { $0 + $1.monthsInStage }
        var start = 0.0
        for stage in scenario.stages {
            let from = start / total, to = (start + stage.monthsInStage) / total
            start += stage.monthsInStage
            if (from...to).contains(scenario.levers.handoff) && to - from < 0.1 { return true }
        }
        return false
    }

    @Test("Smooth: one step of any lever moves horizon ARR by at most 3% (or in proportion to the spend it moves) and each gauge within its bound")
    func everyLeverActsSmoothly() throws {
        // Premise: a sales team exists (push share ≥ 5%). The handoff is stepped inside 5–95% of
        // the journey and not inside a very short stage. The spend a lever moves may act with an
        // elasticity up to 2.5 (the S-shaped saturation curve is steeper than 1 at its foot).
        for (index, scenario) in Self.scenarios(seed: 13).enumerated() where scenario.levers.pushShare >= 0.05 {
            let base = try MonteCarlo.run(scenario)
            let handoffApplies = (0.05...0.95).contains(scenario.levers.handoff) && !Self.handoffInShortStage(scenario)
            for lever in Lever.allCases where lever != .handoff || handoffApplies {
                var moved = scenario
                let step = lever.steps(baseline: scenario.levers[lever]).small
                let value = scenario.levers[lever]
                moved.levers[lever] = value + step <= lever.range.upperBound ? value + step : value - step
                let result = try MonteCarlo.run(moved)
                let arr = (base.arrAtHorizon.p50, result.arrAtHorizon.p50)
                // Relative to ARR, or to a month of budget when ARR is next to nothing.
                let scale = max(arr.0, arr.1, scenario.levers.budget)
                let allowed = max(0.03, 2.5 * Self.spendChange(lever, from: value, to: moved.levers[lever]))
                #expect(abs(arr.1 - arr.0) <= allowed * scale,
                        "scenario \(index), \(lever) \(value) → \(moved.levers[lever]): ARR \(arr.0) → \(arr.1)")
                for gauge in base.gauges {
                    let after = result.gauge(gauge.id)!.value
                    let bound = Self.gaugeBounds[gauge.id]!
                    var tolerance = gauge.id == .coverage || gauge.id == .cacPayback ? max(bound, 0.1 * abs(gauge.value)) : bound
                    if gauge.id == .cashShortfall {
                        // A budget step moves every path's cash by the same amount: the chance of
                        // going below zero can move by that shift over the spread of the paths.
                        let shift = abs(moved.levers.budget - scenario.levers.budget) * Double(scenario.simulation.horizonMonths)
                        let cash = base.months.last!.cash
                        tolerance = max(tolerance, shift / max(cash.p90 - cash.p10, 1))
                    }
                    let isNever = gauge.value >= 999 || after >= 999
                    #expect(isNever || abs(after - gauge.value) <= tolerance * max(1, allowed / 0.03),
                            "scenario \(index), \(lever): \(gauge.id) \(gauge.value) → \(after)")
                }
            }
        }
    }

    @Test("More budget at the same balance never lowers expected journeys or horizon ARR")
    func moreBudgetNeverLowers() throws {
        for (index, scenario) in Self.scenarios(seed: 14).enumerated() {
            var richer = scenario
            richer.levers.budget *= 1.2
            let base = try MonteCarlo.run(scenario), more = try MonteCarlo.run(richer)
            #expect(more.meanJourneys >= base.meanJourneys * 0.99, "scenario \(index)")
            #expect(more.arrAtHorizon.p50 >= base.arrAtHorizon.p50 * 0.99 - 1, "scenario \(index)")
        }
    }

    @Test("Same seed, same output whatever the thread count, on random scenarios")
    func deterministic() throws {
        for scenario in Self.scenarios(seed: 15).prefix(20) {
            #expect(try MonteCarlo.run(scenario, threads: 1) == MonteCarlo.run(scenario, threads: 2))
        }
    }
}
