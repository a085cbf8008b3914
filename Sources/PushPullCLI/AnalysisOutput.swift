import ArgumentParser
import PushPullModel
import Reports

/// How an analysis command prints: a table for people, JSON for scripts, CSV for spreadsheets,
/// Markdown for meeting notes.
enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, markdown

    static var help: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Prints `tables` (the first is the answer, any others follow it) or the JSON `document`.
    func print(_ tables: [AnalysisTable], json document: some Encodable) throws {
        switch self {
        case .table: Swift.print(tables.map { $0.text() }.joined(separator: "\n"), terminator: "")
        case .json: Swift.print(try JSONReport.encode(document))
        case .csv: Swift.print(tables[0].csv(), terminator: "")
        case .markdown: Swift.print(tables.map { $0.markdown() }.joined(separator: "\n"), terminator: "")
        }
    }
}

/// Runs an analysis on the command line, where nothing stops it, and says a scenario the model
/// refuses the way `report` does.
enum AnalysisRun {
    static func run<T>(_ body: () throws -> T?) throws -> T {
        do {
            guard let result = try body() else { throw CommandFailure(.dataError, "the analysis stopped before its end") }
            return result
        } catch let issue as ValidationIssue {
            throw ValidationError("invalid scenario: \(issue)")
        }
    }
}
