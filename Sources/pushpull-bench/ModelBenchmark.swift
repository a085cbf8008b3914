import ArgumentParser
import Foundation
import PushPullModel

/// Full recompute of the built-in scenario at its default path count and at 10,000 paths.
struct ModelBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "model", abstract: "Model recompute times and memory.")

    @OptionGroup var output: OutputOptions

    @Option(help: "Timed runs per configuration.")
    var runs = 21

    func run() throws {
        var table = ResultTable()
        try Self.measure(into: &table, runs: runs)
        try table.print(as: output)
    }

    static func measure(into table: inout ResultTable, runs: Int) throws {
        let defaultPaths = Scenario.example.simulation.paths
        var oneThread = 0.0
        for (paths, target) in [(defaultPaths, "< 16 ms with drawing (one 60 Hz frame)"), (10_000, "< 100 ms on 2 cores")] {
            var scenario = Scenario.example
            scenario.simulation.paths = paths
            let pathMonths = Double(paths * scenario.simulation.horizonMonths)
            var reference: Forecast?
            for threads in [nil, 1] as [Int?] {
                var last: Forecast?
                let timing = try Timing.measure(runs: runs) { last = try MonteCarlo.run(scenario, threads: threads) }
                let label = "model \(paths) paths × \(scenario.simulation.horizonMonths) mo, " + (threads.map { "\($0) thread" } ?? "all cores")
                let rate = pathMonths / (timing.median / 1000) / 1e6
                table.add(label, milliseconds(timing) + String(format: ", %.1fM path-months/s", rate), target: threads == nil ? target : "")
                if threads == 1 && paths == defaultPaths { oneThread = timing.median * 1e6 / pathMonths }
                if let reference, reference != last { table.add("  determinism", "DIFFERENT figures with \(threads ?? 0) threads", target: "identical") }
                reference = reference ?? last
            }
            if paths == defaultPaths {
                try floor(of: scenario, modelNanoseconds: oneThread, into: &table, runs: runs)
                var previous: BalanceRecommendation?
                let cold = try Timing.measure(runs: max(3, runs / 4)) { previous = try BalanceOptimizer.best(for: scenario, threads: 1) }
                table.add("best balance search, whole grid, 1 thread", milliseconds(cold))
                // What the dashboard runs after a key: the budget one step up, climbing from the last answer.
                var stepped = scenario
                stepped.levers.budget *= 1.02
                // The dashboard gives the search every core once the figures on screen are final.
                let warm = try Timing.measure(runs: max(3, runs / 4)) {
                    _ = try BalanceOptimizer.best(for: stepped, near: previous?.pushShare)
                }
                table.add("best balance search after a key (warm start), all cores", milliseconds(warm),
                          target: "≤ 150 ms in the background")
            }
        }
        table.add("peak resident memory", String(format: "%.1f MB", peakResidentMegabytes()), target: "< 50 MB at 10,000 paths")
    }
}

extension ModelBenchmark {
    /// The model's time per path-month on one thread against `DrawFloor`'s: the same draws and nothing else.
    static func floor(of scenario: Scenario, modelNanoseconds: Double, into table: inout ResultTable, runs: Int) throws {
        let floor = try DrawFloor(scenario)
        let draws = floor.drawsPerPathMonth
        table.add("  draws per path-month", String(format: "%.1f binomials, %.1f deal-size quantiles", draws.binomials, draws.normals))
        table.add("  model per path-month, 1 thread", String(format: "%.0f ns", modelNanoseconds), target: "≤ 120 ns")
        // Enough replays of the recorded paths for a sample of a few milliseconds.
        let replays = max(1, 200_000 / floor.pathMonths)
        var checksum = 0
        for (name, draw) in [("8 lanes", floor.lanes), ("one path at a time", floor.scalar)] as [(String, () -> Int)] {
            let timing = Timing.measure(runs: runs) { for _ in 0..<replays { checksum &+= draw() } }
            let nanoseconds = timing.median * 1e6 / Double(replays * floor.pathMonths)
            table.add("  floor: the same draws, \(name)",
                      String(format: "%.0f ns per path-month; model %.1f× this", nanoseconds, modelNanoseconds / nanoseconds))
        }
        if checksum == 42 { print("") }  // keeps the replays from being optimised away
    }
}

/// The process's peak resident set, from getrusage (kilobytes on Linux).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
