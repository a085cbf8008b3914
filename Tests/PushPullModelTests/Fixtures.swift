import Foundation
@testable import PushPullModel
import TestSupport

/// The built-in example with fewer paths, so the invariant tests run fast.
func example(paths: Int = 300, _ change: (inout Scenario) -> Void = { _ in }) -> Scenario {
    var scenario = Scenario.example
    scenario.simulation.paths = paths
    change(&scenario)
    return scenario
}

func forecast(_ scenario: Scenario, threads: Int? = nil) throws -> Forecast {
    try MonteCarlo.run(scenario, threads: threads)
}

/// Runs one path of `scenario` and hands every month's end state to `inspect`; returns its cash.
func tracePath(_ scenario: Scenario, path: Int, inspect: @escaping (Int, PathState) -> Void) -> [Double] {
    let drivers = MonthlyDrivers(scenario: scenario)
    let simulator = PathSimulator(scenario: scenario, drivers: drivers)
    let horizon = scenario.simulation.horizonMonths
    var values = [Double](repeating: 0, count: horizon * Series.allCases.count)
    let sums = MonthlySums(months: horizon, stages: scenario.stages.count)
    values.withUnsafeMutableBufferPointer { buffer in
        let series = PathSeries(pointers: Series.allCases.map { buffer.baseAddress! + $0.rawValue * horizon }, stride: 1)
        _ = simulator.run(path: path, series: series, sums: sums, monthEnd: inspect)
    }
    let cash = Series.cash.rawValue * horizon
    return Array(values[cash..<cash + horizon])
}

/// A random valid scenario over the documented ranges: a market of 500–50,000 accounts,
/// 2–7 stages, budgets of 20k–2M a month, every lever and response parameter anywhere in
/// a plausible range. Money parameters scale with the budget so that every part can matter.
func randomScenario(_ rng: inout SeededGenerator, paths: Int = 40) -> Scenario {
    func draw(_ range: ClosedRange<Double>) -> Double { Double.random(in: range, using: &rng) }
    var s = Scenario.example
    s.simulation.paths = paths
    s.simulation.seed = rng.next()
    s.simulation.horizonMonths = Int.random(in: 12...48, using: &rng)
    for lever in Lever.allCases where lever.isShare { s.levers[lever] = draw(0...1) }
    let budget = exp(draw(log(20_000)...log(2_000_000)))
    s.levers.budget = budget
    s.history = Double.random(in: 0...1, using: &rng) < 0.7
        ? History(levers: s.levers) : History(budget: budget * draw(0.5...1.5), pushShare: draw(0...1), partnerShare: draw(0...1))

    let accounts = Int(exp(draw(log(500)...log(50_000))))
    s.market.accounts = accounts
    let stageCount = Int.random(in: 2...7, using: &rng)
    s.stages = (0..<stageCount).map { index in
        Stage(name: "S\(index)", conversion: index == stageCount - 1 ? draw(0.1...0.6) : draw(0.2...0.9),
              monthsInStage: draw(0.3...4), openAtStart: Int.random(in: 0...max(1, accounts / 200), using: &rng))
    }
    s.outboundEntryStage = s.stages[Int.random(in: 0..<stageCount, using: &rng)].name
    let customers = Int.random(in: 0...max(1, accounts / 40), using: &rng)
    s.market.pushSourcedCustomers = Int(Double(customers) * draw(0...1))
    s.market.pullSourcedCustomers = customers - s.market.pushSourcedCustomers
    s.market.cooldownMonths = draw(0...24)

    s.sales.sellerMonthlyCost = draw(5_000...30_000)
    s.sales.sellerShareOfPush = draw(0.4...0.9)
    s.sales.dealsPerSellerPerMonth = draw(5...60)
    s.sales.dealSizeMedian = exp(draw(log(2_000)...log(200_000)))
    s.sales.dealSizeSigma = draw(0.2...1.2)
    s.sales.buyingGroupSize = draw(2...10)
    s.sales.rampMonths = draw(0...8)
    s.sales.stalledLeak = draw(0...0.3)
    s.market.startingARR = Double(customers) * s.sales.dealSizeMedian * draw(0.5...1.5)

    s.response.pushCarryover = draw(0...0.6)
    s.response.pullCarryover = draw(0.5...0.95)
    s.response.pushHalfSaturation = budget * draw(0.2...2)
    s.response.pullHalfSaturation = budget * draw(0.5...4)
    s.response.partnerHalfSaturation = budget * draw(0.2...2)
    s.response.saturationShape = draw(1...3)
    s.response.outboundReach = draw(0.05...0.5)
    s.response.wordOfMouth = draw(0...1)
    s.response.inboundReach = draw(0.05...0.6)
    s.response.partnerReach = draw(0.01...0.2)
    s.response.bestHandoff = draw(0.3...0.8)
    s.response.earlyHandoffPenalty = draw(0...0.6)
    s.response.lateHandoffPenalty = draw(0...0.6)
    s.response.synergy = draw(0...1)
    s.response.quotaWinUplift = draw(0...0.5)
    s.response.quotaTrustErosion = draw(0...0.8)
    s.response.executiveDealSizeUplift = draw(0...1)
    s.response.executiveSellerTime = draw(0...2)

    s.customers.pushSourcedChurn = draw(0.005...0.05)
    s.customers.pullSourcedChurn = draw(0.002...0.03)
    s.customers.pullSourcedExpansion = draw(0...0.02)
    s.customers.referralsPerCustomer = draw(0...0.1)
    s.customers.partnerForgetting = draw(0...1)

    s.finance.startingCash = budget * draw(-2...30)
    s.finance.fixedMonthlyCosts = budget * draw(0...1)
    s.finance.partnerMargin = draw(0...0.4)
    s.finance.grossMargin = draw(0.5...0.95)
    s.targets.periodBookings = budget * 12 * draw(0.2...3)
    if Double.random(in: 0...1, using: &rng) < 0.3 { s.uncertainty = .none }
    return s
}
