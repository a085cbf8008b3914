import ArgumentParser
import PushPullModel

/// One model run and nothing else, for instruction counters: wall times on a shared
/// machine wander by ±50%, the instructions of one run do not. Run it under callgrind
/// (`valgrind --tool=callgrind`, on a binary stripped of its debug info, which
/// valgrind cannot read) and divide by the path-months it prints.
struct ProfileRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the built-in scenario's model once (for instruction counts).")

    @Option(help: "Monte Carlo paths.")
    var paths = 1_000

    @Option(help: "Months simulated (the built-in scenario's horizon when not given).")
    var months: Int?

    @Option(help: "Worker threads.")
    var threads = 1

    @Flag(help: "Run the best-balance search instead of one forecast.")
    var search = false

    func run() throws {
        var scenario = Scenario.example
        scenario.simulation.paths = paths
        if let months { scenario.simulation.horizonMonths = months }
        if search {
            let found = try BalanceOptimizer.best(for: scenario)
            print("best balance: push \(found.map { String($0.pushShare) } ?? "none")")
        } else {
            let forecast = try MonteCarlo.run(scenario, threads: threads)
            print("path-months: \(paths * scenario.simulation.horizonMonths), ARR P50 at horizon \(Int(forecast.arrAtHorizon.p50))")
        }
    }
}
