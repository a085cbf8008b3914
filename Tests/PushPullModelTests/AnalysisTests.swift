import Foundation
import Testing
@testable import PushPullModel
import TestSupport

/// The shapes the analyses promise, over random valid scenarios (few paths: the properties
/// hold for any path count, since every variant runs over the same paths).
@Suite("Analyses: frontier, sensitivity, goal seek, comparison, response")
struct AnalysisTests {
    static func scenarios(seed: UInt64, count: Int = 8, paths: Int = 64) -> [Scenario] {
        var rng = SeededGenerator(state: seed)
        return (0..<count).map { _ in randomScenario(&rng, paths: paths) }
    }

    static let quickFrontier = FrontierSearch.Settings(steps: 11, mapSteps: 0)

    @Test("Frontier: the efficient points are exactly the non-dominated ones, their ARR rises with risk, the current point is on the curve")
    func frontierShape() throws {
        for (index, scenario) in Self.scenarios(seed: 31).enumerated() {
            let frontier = try #require(try FrontierSearch.run(scenario, settings: Self.quickFrontier))
            for measure in RiskMeasure.allCases {
                let efficient = frontier.efficient(on: measure)
                let points = frontier.points
                for (point, isEfficient) in zip(points, efficient) {
                    let dominated = points.contains { point.isDominated(by: $0, on: measure) }
                    #expect(isEfficient == !dominated, "scenario \(index), \(measure), push \(point.pushShare)")
                }
                let onFrontier = zip(points, efficient).filter(\.1).map(\.0)
                    .sorted { measure.riskiness($0.risks[measure]) < measure.riskiness($1.risks[measure]) }
                for (safer, riskier) in zip(onFrontier, onFrontier.dropFirst())
                where measure.riskiness(safer.risks[measure]) < measure.riskiness(riskier.risks[measure]) {
                    #expect(riskier.arrP50 > safer.arrP50, "scenario \(index), \(measure): more risk must buy more ARR")
                }
            }
            var onGrid = scenario
            onGrid.levers.pushShare = frontier.points[3].pushShare
            let again = try #require(try FrontierSearch.run(onGrid, settings: Self.quickFrontier))
            #expect(again.current == frontier.points[3], "scenario \(index): the current point lies on the curve")
        }
    }

    @Test("Frontier: the best point meets the limits and no point within them has more ARR")
    func frontierBest() throws {
        for scenario in Self.scenarios(seed: 32, count: 4) {
            let frontier = try #require(try FrontierSearch.run(scenario, settings: Self.quickFrontier))
            let feasible = frontier.points.filter(\.meetsLimits)
            if let best = frontier.best {
                #expect(best.meetsLimits)
                #expect(feasible.allSatisfy { $0.arrP50 <= best.arrP50 })
            } else {
                #expect(feasible.isEmpty)
            }
        }
    }

    @Test("Frontier map: one ARR per push share and handoff, the map's cell at today's levers matching a direct run")
    func frontierMap() throws {
        var scenario = Scenario.example
        scenario.levers.pushShare = 0.5
        scenario.levers.handoff = 0.5
        let settings = FrontierSearch.Settings(steps: 3, mapSteps: 3, mapPaths: 64)
        let map = try #require(try FrontierSearch.run(scenario, settings: settings)?.map)
        #expect(map.arrP50.count == 3 && map.arrP50.allSatisfy { $0.count == 3 })
        var direct = scenario
        direct.simulation.paths = 64
        #expect(map.arrP50[1][1] == (try MonteCarlo.run(direct)).arrAtHorizon.p50)
    }

    @Test("Sensitivity: a factor moved by zero has a swing of exactly zero (common random numbers)")
    func zeroStepZeroSwing() throws {
        for scenario in Self.scenarios(seed: 33, count: 3) {
            let tornado = try #require(try SensitivityAnalysis.run(scenario, steps: SensitivitySteps(share: 0, relative: 0)))
            for row in tornado.rows {
                for metric in SensitivityMetric.allCases {
                    #expect(row.swing(metric) == 0, "\(row.factor.name) \(metric)")
                    #expect(row.low[metric] == tornado.base[metric], "\(row.factor.name) \(metric)")
                }
            }
        }
    }

    @Test("Sensitivity: each lever's bar has the sign of a direct two-run difference, and rows are sorted by swing")
    func tornadoSignsMatchDirectRuns() throws {
        for (index, scenario) in Self.scenarios(seed: 34, count: 3).enumerated() {
            let tornado = try #require(try SensitivityAnalysis.run(scenario))
            let base = try MonteCarlo.run(scenario)
            for lever in Lever.allCases {
                let row = try #require(tornado.rows.first { $0.factor == .lever(lever) })
                var up = scenario
                up.levers[lever] = row.high.value
                let direct = try MonteCarlo.run(up).arrAtHorizon.p50 - base.arrAtHorizon.p50
                let bar = row.high[.arr] - tornado.base[.arr]!
                #expect(direct.sign == bar.sign || (direct == 0 && bar == 0), "scenario \(index), \(lever): \(bar) vs \(direct)")
            }
            for metric in SensitivityMetric.allCases {
                let swings = tornado.sorted(by: metric).map { $0.swing(metric) }
                #expect(swings == swings.sorted(by: >))
            }
        }
    }

    @Test("Goal seek: the answer reaches the target and one step less does not; an unreachable goal says so")
    func goalSeekReachesAndOneStepLessDoesNot() throws {
        var rng = SeededGenerator(state: 35)
        for (index, scenario) in Self.scenarios(seed: 35, count: 6).enumerated() {
            for lever in [Lever.budget, .pushShare, .handoff] {
                let target = GoalTarget.allCases.randomElement(using: &rng)!
                var runs = scenario
                let today = target.reading(of: try MonteCarlo.run(runs))
                let value = today * Double.random(in: 0.5...1.5, using: &rng)
                let goal = Goal(target: target, value: target.isMoney ? value : min(1, value), lever: lever)
                let result = try #require(try GoalSeek.solve(goal, in: scenario))
                runs.levers[lever] = result.leverValue
                let reached = target.reading(of: try MonteCarlo.run(runs))
                #expect(reached == result.achieved, "scenario \(index), \(lever)")
                if result.reachable {
                    #expect(reached >= goal.value, "scenario \(index), \(lever), \(target)")
                    if result.leverValue > result.range.lowerBound {
                        runs.levers[lever] = lever.unit.rounded(result.leverValue - result.step)
                        #expect(target.reading(of: try MonteCarlo.run(runs)) < goal.value, "scenario \(index), \(lever), \(target)")
                    }
                } else {
                    #expect(reached < goal.value)
                }
            }
        }
    }

    @Test("Goal seek: a target above anything the lever reaches is not reachable, with the best reached")
    func goalSeekUnreachable() throws {
        let scenario = example(paths: 64)
        let result = try #require(try GoalSeek.solve(Goal(target: .hit, value: 1.01, lever: .executiveFocus), in: scenario))
        #expect(!result.reachable)
        #expect(result.achieved < 1.01 && result.range.contains(result.leverValue))
    }

    @Test("Compare: a scenario with itself shows no difference; a moved lever shows as B − A")
    func compareWithItself() throws {
        for scenario in Self.scenarios(seed: 36, count: 4) {
            let same = try #require(try ScenarioComparison.run(scenario, scenario))
            #expect(!same.hasDifferences)
            var other = scenario
            other.levers.budget *= 1.5
            let moved = try #require(try ScenarioComparison.run(scenario, other))
            let budget = try #require(moved.rows.first { $0.figure == .lever(.budget) })
            #expect(budget.difference == other.levers.budget - scenario.levers.budget)
        }
    }

    @Test("Response: effects rise with spend, today's point and the saturation lie on the curve, and adding spend keeps the other channels' spend")
    func responseShape() throws {
        for scenario in Self.scenarios(seed: 37, count: 4) {
            let response = try #require(try SpendResponse.run(scenario))
            for curve in response.curves {
                #expect(zip(curve.effects, curve.effects.dropFirst()).allSatisfy { $0 <= $1 })
                #expect(curve.todayEffect == SpendResponse.effect(spend: curve.todaySpend, channel: curve.channel, response: scenario.response))
                let atSaturation = SpendResponse.effect(spend: curve.saturationSpend, channel: curve.channel, response: scenario.response)
                #expect(abs(atSaturation - 0.9) < 1e-9)
                let moved = curve.channel.levers(scenario.levers, adding: curve.marginal.extraPerMonth)
                for channel in SpendChannel.allCases {
                    let expected = channel.spend(scenario.levers) + (channel == curve.channel ? curve.marginal.extraPerMonth : 0)
                    #expect(abs(channel.spend(moved) - expected) <= 1e-6 * max(1, expected))
                }
            }
        }
    }

    @Test("Best plan: never worse than today's levers, and no single finest step from it is better")
    func bestPlanIsALocalBest() throws {
        for (index, scenario) in Self.scenarios(seed: 38, count: 3).enumerated() {
            let plan = try #require(try BestPlanSearch.run(scenario))
            let today = try MonteCarlo.run(scenario)
            let todayMeets = (today.gauge(.cashShortfall)?.value ?? 1) <= scenario.riskLimits.maxCashShortfall
                && (today.gauge(.targetMiss)?.value ?? 1) <= scenario.riskLimits.maxTargetMiss
            if todayMeets {
                #expect(plan.meetsLimits && plan.arrP50 >= today.arrAtHorizon.p50, "scenario \(index)")
            }
            #expect(plan.levers.budget == scenario.levers.budget && plan.levers.partnerShare == scenario.levers.partnerShare)
            for lever in BestPlanSearch.levers {
                for direction in [-0.01, 0.01] {
                    var moved = scenario
                    moved.levers = plan.levers
                    moved.levers[lever] = lever.unit.rounded(min(1, max(0, plan.levers[lever] + direction)))
                    guard moved.levers != plan.levers else { continue }
                    let forecast = try MonteCarlo.run(moved)
                    let meets = (forecast.gauge(.cashShortfall)?.value ?? 1) <= scenario.riskLimits.maxCashShortfall
                        && (forecast.gauge(.targetMiss)?.value ?? 1) <= scenario.riskLimits.maxTargetMiss
                    if plan.meetsLimits && meets {
                        #expect(forecast.arrAtHorizon.p50 <= plan.arrP50, "scenario \(index), \(lever) \(direction)")
                    }
                }
            }
        }
    }

    @Test("Analyses stop when asked, and say so with nil")
    func stopping() throws {
        let scenario = example(paths: 64)
        #expect(try FrontierSearch.run(scenario, shouldStop: { true }) == nil)
        #expect(try SensitivityAnalysis.run(scenario, shouldStop: { true }) == nil)
        #expect(try GoalSeek.solve(Goal(target: .hit, value: 0.8, lever: .budget), in: scenario, shouldStop: { true }) == nil)
        #expect(try ScenarioComparison.run(scenario, scenario, shouldStop: { true }) == nil)
        #expect(try SpendResponse.run(scenario, shouldStop: { true }) == nil)
        #expect(try BestPlanSearch.run(scenario, shouldStop: { true }) == nil)
    }
}
