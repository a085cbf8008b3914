import ArgumentParser
import Foundation
import PushPullModel
import Reports

/// `pushpull report`: the forecast, headline figures, gauges and best balance, without a terminal UI.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the forecast and risk gauges as a table, JSON, CSV or Markdown."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, markdown
    }

    @OptionGroup var options: ScenarioOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(help: "A baseline scenario file to compare against (with --format markdown).", completion: .file(extensions: ["toml"]))
    var baseline: String?

    @Flag(help: "Skip the search for the best balance (faster).")
    var noBestBalance = false

    func validate() throws {
        // Only the Markdown report has a column for the baseline: elsewhere it would be ignored without a word.
        if baseline != nil && format != .markdown {
            throw ValidationError("--baseline is shown by --format markdown only, not by --format \(format.rawValue)")
        }
    }

    func run() throws {
        let scenario = try options.scenario()
        let document = try ReportBuilder.document(for: scenario, bestBalance: !noBestBalance)
        switch format {
        case .table: print(TableReport.render(document), terminator: "")
        case .json: print(try JSONReport.render(document))
        case .csv: print(CSVReport.render(document), terminator: "")
        case .markdown:
            let baselineDocument = try baseline.map { path in
                var base = try ScenarioLoader.load(path: path)
                base.simulation = scenario.simulation
                return try ReportBuilder.document(for: base, bestBalance: false)
            }
            print(MarkdownReport.render(document, baseline: baselineDocument), terminator: "")
            // Meeting notes carry the answers too: return against risk, and what matters most.
            let currency = scenario.finance.currency
            let frontier = try AnalysisRun.run { try FrontierSearch.run(scenario, settings: .init(mapSteps: 0)) }
            let tornado = try AnalysisRun.run { try SensitivityAnalysis.run(scenario) }
            print("\n" + FrontierReport.table(frontier, risk: .miss, currency: currency).markdown(), terminator: "")
            print("\n" + SensitivityReport.table(tornado, metric: .arr, currency: currency).markdown(), terminator: "")
        }
    }
}

/// Runs the model once for a report.
enum ReportBuilder {
    static func document(for scenario: Scenario, bestBalance: Bool) throws -> ReportDocument {
        do {
            let forecast = try MonteCarlo.run(scenario)
            let best = bestBalance ? try BalanceOptimizer.best(for: scenario) : nil
            return ReportDocument(scenario: scenario, forecast: forecast, best: best)
        } catch let issue as ValidationIssue {
            throw ValidationError("invalid scenario: \(issue)")
        }
    }
}
