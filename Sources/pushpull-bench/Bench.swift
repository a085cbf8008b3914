import ArgumentParser

/// `pushpull-bench`: commands that measure and print figures (not timed tests).
/// Machines are noisy: every figure is a median over repeated runs, with its spread.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pushpull-bench",
        abstract: "Measure pushpull: model recompute, keys to screen, CSV import.",
        subcommands: [AllBenchmarks.self, ModelBenchmark.self, AnalysisBenchmark.self, KeysBenchmark.self, ImportBenchmark.self,
                      ProfileRun.self],
        defaultSubcommand: AllBenchmarks.self
    )
}

struct AllBenchmarks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "all", abstract: "Run every benchmark and print one table.")

    @OptionGroup var output: OutputOptions

    func run() throws {
        var table = ResultTable()
        try ModelBenchmark.measure(into: &table, runs: 21)
        try AnalysisBenchmark.measure(into: &table, runs: 5)
        try KeysBenchmark.measure(into: &table, binary: ".build/release/pushpull", keys: 60)
        try ImportBenchmark.measure(into: &table, binary: ".build/release/pushpull", rows: 1_000_000)
        try table.print(as: output)
    }
}
