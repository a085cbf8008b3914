import ArgumentParser
import PushPullModel
import Reports

/// `pushpull sensitivity`: the tornado of levers and main parameters.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Print how much each lever and main parameter moves a figure, largest first."
    )

    @OptionGroup var options: ScenarioOptions

    @Option(help: "Figure to measure: \(SensitivityMetric.allCases.map(\.rawValue).joined(separator: ", ")).")
    var metric: SensitivityMetric = .arr

    @Option(help: "Step of shares, in points of the share (0…0.5).")
    var shareStep = 0.10

    @Option(help: "Step of the budget and the parameters, as a fraction of their value (0…0.9).")
    var relativeStep = 0.20

    @Option(help: "Output format: \(AnalysisFormat.help).")
    var format: AnalysisFormat = .table

    func validate() throws {
        guard (0...0.5).contains(shareStep) else { throw ValidationError("--share-step \(shareStep) is out of range 0…0.5") }
        guard (0...0.9).contains(relativeStep) else { throw ValidationError("--relative-step \(relativeStep) is out of range 0…0.9") }
    }

    func run() throws {
        let scenario = try options.scenario()
        let steps = SensitivitySteps(share: shareStep, relative: relativeStep)
        let sensitivity = try AnalysisRun.run { try SensitivityAnalysis.run(scenario, steps: steps) }
        try format.print([SensitivityReport.table(sensitivity, metric: metric, currency: scenario.finance.currency)],
                         json: SensitivityReport.document(sensitivity, metric: metric))
    }
}

extension SensitivityMetric: ExpressibleByArgument {}
