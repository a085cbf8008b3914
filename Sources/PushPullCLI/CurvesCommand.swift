import ArgumentParser
import PushPullModel
import Reports

/// `pushpull curves`: response to spend per channel, and what the next slice of budget buys.
struct CurvesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curves",
        abstract: "Print each channel's response to spend and the return of the next 10% of budget."
    )

    @OptionGroup var options: ScenarioOptions

    @Option(help: "The slice of budget the marginal return adds (0.01…1).")
    var slice = 0.10

    @Option(help: "Output format: \(AnalysisFormat.help).")
    var format: AnalysisFormat = .table

    func validate() throws {
        guard (0.01...1).contains(slice) else { throw ValidationError("--slice \(slice) is out of range 0.01…1") }
    }

    func run() throws {
        let scenario = try options.scenario()
        let response = try AnalysisRun.run { try SpendResponse.run(scenario, slice: slice) }
        try format.print([ResponseReport.table(response, currency: scenario.finance.currency)], json: ResponseReport.document(response))
    }
}
