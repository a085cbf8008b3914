import ArgumentParser
import CRMImport
import Foundation
import PushPullModel
import ScenarioFile

/// `pushpull import`: calibrates a scenario from a CRM opportunity export.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Calibrate a scenario from a CRM opportunity export (CSV, one row per deal).",
        discussion: """
            Recognises the Maven sample and common Salesforce and HubSpot column names.
            Fields: id, stage, engageDate (created), closeDate, amount, owner (seller),
            and optionally account and source.
            """
    )

    @Argument(help: "The CSV export.", completion: .file(extensions: ["csv"]))
    var csvFile: String

    @Option(name: .customLong("map"), parsing: .singleValue, help: ArgumentHelp("Map a field to a column: FIELD=COLUMN. Repeatable.", valueName: "field=column"))
    var mappings: [String] = []

    @Option(help: "Date format when the data cannot settle it: yyyy-MM-dd, MM/dd/yyyy or dd/MM/yyyy.")
    var dateFormat: String?

    @Option(name: .shortAndLong, help: "Write the calibrated scenario to this file.", completion: .file(extensions: ["toml"]))
    var output: String?

    @Option(help: "The scenario to calibrate (default: the built-in example).", completion: .file(extensions: ["toml"]))
    var base: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var money: ImportMoneyOptions

    func run() throws {
        // Checked before the export is read, so a long import never ends in a refusal.
        if let output, FileManager.default.fileExists(atPath: output), !force {
            throw CommandFailure.existingOutput(output)
        }
        let calibration: Calibration
        do {
            let options = try ImportOptions(mapArguments: mappings, dateFormat: dateFormat)
            calibration = try Calibration(csvFileAt: csvFile, options: options)
        } catch let error as CRMImportError {
            throw CommandFailure(error, file: csvFile)
        }
        print(calibration.summary)
        // No row to learn from: a "calibrated" scenario would be the base under another name.
        guard calibration.rows.used > 0 else {
            let rows = calibration.rows
            throw CommandFailure(.dataError, "\(csvFile): no usable row (\(rows.read) read, \(rows.rejected.total) rejected): "
                                 + "nothing to calibrate from" + (output == nil ? "" : "; \(output!) not written"))
        }
        let baseScenario = try ScenarioLoader.load(path: base)
        var imported = calibration.importedScenario(base: baseScenario, options: money.fitOptions)
        print(imported.summary)
        guard let output else { return }
        if base == nil {
            let name = "Calibrated from \(URL(fileURLWithPath: csvFile).lastPathComponent)"
            imported.scenario.name = String(name.prefix(ModelLimits.scenarioNameLength.upperBound))
        }
        // Every value the export did not give is marked, so nobody mistakes a default for a fact.
        let keptFrom = base.map { "kept from \(URL(fileURLWithPath: $0).lastPathComponent)" } ?? "kept from the built-in example"
        for path in ScenarioWriter.keyPaths(for: imported.scenario) where imported.provenance[path] == nil {
            guard !["name", "notes"].contains(path), !path.hasPrefix("simulation.") else { continue }
            imported.provenance[path] = "assumption: \(keptFrom)"
        }
        let text = ScenarioWriter.text(for: imported.scenario, provenance: imported.provenance)
        // Checked by the reader itself, with its limits: a scenario pushpull would refuse is never written.
        do {
            _ = try ScenarioReader.parse(text: text, fileName: output)
        } catch {
            throw CommandFailure(.dataError, "the scenario calibrated from \(csvFile) would not load, \(output) not written: \(error)")
        }
        do {
            try ScenarioStore.write(text, to: output)
        } catch {
            throw CommandFailure(error)
        }
        printNotice("wrote \(output)")
    }
}
