import ArgumentParser
import PushPullModel
import Reports

/// `pushpull frontier`: horizon ARR against risk for push shares 0…100%, and the push share × handoff map.
struct FrontierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier",
        abstract: "Print return against risk for every push share, the efficient ones marked."
    )

    @OptionGroup var options: ScenarioOptions

    @Option(help: "Risk measure: \(RiskMeasure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var risk: RiskMeasure = .miss

    @Option(help: "Push shares on the curve, 0…100% evenly (3…101).")
    var steps = 21

    @Flag(help: "Leave out the push share × handoff map (faster).")
    var noMap = false

    @Option(help: "Output format: \(AnalysisFormat.help).")
    var format: AnalysisFormat = .table

    func validate() throws {
        guard (3...101).contains(steps) else { throw ValidationError("--steps \(steps) is out of range 3…101") }
    }

    func run() throws {
        let scenario = try options.scenario()
        let settings = FrontierSearch.Settings(steps: steps, mapSteps: noMap ? 0 : 11)
        let frontier = try AnalysisRun.run { try FrontierSearch.run(scenario, settings: settings) }
        let currency = scenario.finance.currency
        let tables = [FrontierReport.table(frontier, risk: risk, currency: currency)]
            + (frontier.map.map { [FrontierReport.mapTable($0, currency: currency)] } ?? [])
        try format.print(tables, json: FrontierReport.document(frontier, risk: risk))
    }
}

extension RiskMeasure: ExpressibleByArgument {}
