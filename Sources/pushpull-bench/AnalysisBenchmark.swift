import ArgumentParser
import PushPullModel

/// How long each analysis view takes to settle, as the dashboard runs it: on one thread (the
/// forecast keeps the other core), first the quick estimate, then the full run.
struct AnalysisBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyses", abstract: "Analysis times: frontier, tornado, goal seek, compare, curves, best plan.")

    @Option(help: "Timed runs per analysis.")
    var runs = 5

    func run() throws {
        var table = ResultTable()
        try Self.measure(into: &table, runs: runs)
        table.print()
    }

    static func measure(into table: inout ResultTable, runs: Int) throws {
        let scenario = Scenario.example
        let analyses: [(String, (Int?) throws -> Void)] = [
            ("frontier (21 shares) + map (11×11)", { paths in
                _ = try FrontierSearch.run(scenario, settings: .init(paths: paths, mapPaths: paths == nil ? 200 : 32), threads: 1) }),
            ("sensitivity (12 factors × 2)", { paths in _ = try SensitivityAnalysis.run(scenario, paths: paths, threads: 1) }),
            ("goal seek (P(hit) ≥ 80% by budget)", { paths in
                _ = try GoalSeek.solve(Goal(target: .hit, value: 0.8, lever: .budget), in: scenario, paths: paths, threads: 1) }),
            ("compare (2 runs)", { paths in
                var a = scenario
                if let paths { a.simulation.paths = paths }
                _ = try ScenarioComparison.run(a, scenario, threads: 1) }),
            ("response curves (4 runs)", { paths in _ = try SpendResponse.run(scenario, paths: paths, threads: 1) }),
            ("best plan (coordinate search, 4 levers)", { paths in _ = try BestPlanSearch.run(scenario, paths: paths, threads: 1) }),
        ]
        for (name, body) in analyses {
            let quick = try Timing.measure(runs: runs) { try body(100) }
            let full = try Timing.measure(runs: runs) { try body(nil) }
            table.add("\(name), 1 thread", "estimate (100 paths) " + milliseconds(quick) + "; full (\(scenario.simulation.paths) paths) "
                      + milliseconds(full))
        }
    }
}
