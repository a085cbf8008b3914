import Dashboard
import Foundation
import PushPullModel
import Reports
import ScenarioFile
import TOMLGuard

/// The dashboard's files: saving and opening scenarios, exports, and the journal
/// that keeps unsaved edits across a crash.
final class FileHost: DashboardHost {
    private var journal: EditJournal
    private var journalledLevers: Levers?
    private(set) var journalError: String?
    /// The scenario file's text as this session last read or wrote it, to tell a change made elsewhere.
    private var knownText: (path: String, text: String)?

    /// How the journal names the built-in example, which has no file.
    static let builtInScenarioName = "(built-in example)"

    init(journal: EditJournal) {
        self.journal = journal
    }

    func save(_ scenario: Scenario, to path: String) throws {
        try ScenarioStore.saveKeepingLayout(scenario, to: path)
        // What was saved is safe: start a fresh journal for that file.
        journal.discard()
        journal = EditJournal.beside(scenarioAt: path)
        startJournal(for: path, levers: scenario.levers)
    }

    func load(path: String) throws -> Scenario {
        let scenario = try ScenarioReader.read(path: path)
        journal.discard()
        journal = EditJournal.beside(scenarioAt: path)
        startJournal(for: path, levers: scenario.levers)
        return scenario
    }

    func export(_ export: DashboardExport) throws -> String {
        let stamp = Self.timestamp()
        let base = (export.scenario.name.isEmpty ? "pushpull" : Self.fileSafe(export.scenario.name)) + "-" + stamp
        let directory = exportDirectory
        let screenPath = directory + "/" + base + ".txt"
        try ScenarioStore.write(export.screenLines.joined(separator: "\n") + "\n", to: screenPath)
        let picturePath = directory + "/" + base + ".svg"
        try ScenarioStore.write(export.screenSVG, to: picturePath)
        var written = [screenPath, picturePath]
        if let forecast = export.forecast {
            let document = ReportDocument(scenario: export.scenario, forecast: forecast, best: export.bestBalance)
            let baseline = export.baselineForecast.map { baselineForecast -> ReportDocument in
                var baselineScenario = export.scenario
                baselineScenario.levers = baselineForecast.levers
                return ReportDocument(scenario: baselineScenario, forecast: baselineForecast, best: nil)
            }
            let reportPath = directory + "/" + base + ".md"
            try ScenarioStore.write(MarkdownReport.render(document, baseline: baseline), to: reportPath)
            written.append(reportPath)
        }
        let names = written.map { URL(fileURLWithPath: $0).lastPathComponent }
        return "exported " + names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// Once the journal failed, nothing more is written to it: the problem is said once, on screen.
    func recordEdit(_ levers: Levers, of scenario: Scenario) -> String? {
        let before = journalledLevers ?? scenario.levers
        journalledLevers = levers
        guard journalError == nil else { return nil }
        for lever in Lever.allCases where levers[lever] != before[lever] {
            do {
                try journal.record(JournalEdit(lever: lever, value: levers[lever]))
            } catch {
                journalError = "moves are no longer kept against a crash: \(error)"
                return journalError
            }
        }
        return nil
    }

    func changedOnDisk(path: String) -> Bool {
        guard let known = knownText, known.path == path, let now = Self.text(at: path) else { return false }
        return now != known.text
    }

    /// `--watch` showed the file as it now is: saving over it is no longer a surprise.
    func fileWasReloaded(path: String) {
        knownText = Self.text(at: path).map { (path, $0) }
    }

    private static func text(at path: String) -> String? {
        try? TOMLInput.read(path: path, maximumSize: ScenarioReader.maximumFileSize)
    }

    func fileExists(atPath path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Opens the journal for this session; `path` nil is the built-in scenario.
    func startJournal(for path: String?, levers: Levers) {
        journalledLevers = levers
        let content = path.flatMap(Self.text(at:)) ?? ""
        knownText = path.map { ($0, content) }
        do {
            try journal.start(scenarioFile: path ?? Self.builtInScenarioName, content: content)
            journalError = nil
        } catch {
            journalError = "moves are not kept against a crash: \(error)"
        }
    }

    /// The session ended with nothing left unsaved.
    func finishCleanly() {
        journal.discard()
    }

    /// Exports go beside the scenario file being explored, or to the current directory.
    var exportDirectory: String = FileManager.default.currentDirectoryPath

    private static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }

    /// A scenario name from a file, made safe as part of a file name.
    static func fileSafe(_ name: String) -> String {
        let allowed = name.unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_" ? Character(scalar) : "-"
        }
        return String(String(allowed).prefix(60))
    }
}
