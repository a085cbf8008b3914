import ArgumentParser
import PushPullModel
import Reports

/// `pushpull compare A B`: two scenarios side by side over the same paths.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print two scenarios' levers, headline figures and gauges side by side, differences marked."
    )

    @OptionGroup var options: ScenarioOptions

    @Argument(help: "The scenario to compare with (B).", completion: .file(extensions: ["toml"]))
    var other: String

    @Option(help: "Output format: \(AnalysisFormat.help).")
    var format: AnalysisFormat = .table

    func run() throws {
        let a = try options.scenario()
        let b = try ScenarioLoader.load(path: other)
        let comparison = try AnalysisRun.run { try ScenarioComparison.run(a, b) }
        try format.print([ComparisonReport.table(comparison, currency: a.finance.currency)],
                         json: ComparisonReport.document(comparison))
    }
}
