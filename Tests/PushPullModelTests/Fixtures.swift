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
    var sums = MonthlySums(months: horizon, stages: scenario.stages.count)
    values.withUnsafeMutableBufferPointer { buffer in
        let series = PathSeries(pointers: Series.allCases.map { buffer.baseAddress! + $0.rawValue * horizon })
        _ = simulator.run(path: path, series: series, sums: &sums, monthEnd: inspect)
    }
    let cash = Series.cash.rawValue * horizon
    return Array(values[cash..<cash + horizon])
}

/// A random but valid scenario around the example: levers anywhere in range,
/// market, funnel and money parameters scaled by up to ×3 either way.
func randomScenario(_ rng: inout SeededGenerator) -> Scenario {
    example(paths: 40) { s in
        for lever in Lever.allCases where lever.isShare { s.levers[lever] = Double.random(in: 0...1, using: &rng) }
        s.levers.budget = Double.random(in: 0...800_000, using: &rng)
        s.market.accounts = Int.random(in: 500...20_000, using: &rng)
        for i in s.stages.indices {
            s.stages[i].conversion = Double.random(in: 0...1, using: &rng)
            s.stages[i].monthsInStage = Double.random(in: 0.2...6, using: &rng)
            s.stages[i].openAtStart = Int.random(in: 0...40, using: &rng)
        }
        s.sales.dealsPerSellerPerMonth = Double.random(in: 0...60, using: &rng)
        s.sales.dealSizeSigma = Double.random(in: 0...2, using: &rng)
        s.finance.startingCash = Double.random(in: -1_000_000...10_000_000, using: &rng)
        s.simulation.horizonMonths = Int.random(in: 1...60, using: &rng)
        s.simulation.seed = rng.next()
    }
}
