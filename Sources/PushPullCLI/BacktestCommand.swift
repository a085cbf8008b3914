import ArgumentParser
import Backtest
import CRMImport
import Foundation
import PushPullModel

/// `pushpull backtest`: replays a CRM export's months in the model, beside what happened.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Replay a CRM export's own months in the model and compare (calibrating from it unless --scenario is given).",
        discussion: "Exit status 65 when the export cannot be read or is too short to back-test."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, markdown
    }

    @Argument(help: "The CSV export.", completion: .file(extensions: ["csv"]))
    var csvFile: String

    @Option(help: "Replay this scenario instead of one calibrated from the export.", completion: .file(extensions: ["toml"]))
    var scenario: String?

    @Option(help: "Calibrate on all months but the last N and forecast those N out of sample.")
    var holdoutMonths = 0

    @Option(help: "Monte Carlo paths (\(ModelLimits.paths.lowerBound)…\(ModelLimits.paths.upperBound)).")
    var paths: Int?

    @Option(help: "Random seed: the same seed gives the same figures.")
    var seed: UInt64?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .customLong("map"), parsing: .singleValue, help: ArgumentHelp("Map a field to a column: FIELD=COLUMN. Repeatable.", valueName: "field=column"))
    var mappings: [String] = []

    @Option(help: "Date format when the data cannot settle it: yyyy-MM-dd, MM/dd/yyyy or dd/MM/yyyy.")
    var dateFormat: String?

    @OptionGroup var money: ImportMoneyOptions

    func validate() throws {
        if holdoutMonths < 0 || holdoutMonths > 60 { throw ValidationError("--holdout-months \(holdoutMonths) is out of range 0…60") }
        if let paths, !ModelLimits.paths.contains(paths) {
            throw ValidationError("--paths \(paths) is out of range \(ModelLimits.paths.lowerBound)…\(ModelLimits.paths.upperBound)")
        }
    }

    func run() throws {
        let importOptions: ImportOptions
        do {
            importOptions = try ImportOptions(mapArguments: mappings, dateFormat: dateFormat)
        } catch let error as CRMImportError {
            throw CommandFailure(error, file: csvFile)
        }
        let given = try scenario.map { try ScenarioLoader.load(path: $0) }
        let backtest: Backtest
        do {
            backtest = try Backtest(csvFileAt: csvFile, importOptions: importOptions, fitOptions: money.fitOptions,
                                    scenario: given, holdoutMonths: holdoutMonths, paths: paths, seed: seed)
        } catch .unreadableExport(let error) {
            throw CommandFailure(error, file: csvFile)
        } catch {
            throw CommandFailure(.dataError, error.description)
        }
        let document = backtest.document
        switch format {
        case .table: print(BacktestReport.table(document), terminator: "")
        case .json: print(try BacktestReport.json(document))
        case .markdown: print(BacktestReport.markdown(document), terminator: "")
        }
    }
}
