import Foundation
import PushPullModel
import TOMLKit

/// `--param market.accounts=30000`: any scenario value set by its dotted path in the file
/// format, read and checked by the same schema and limits as the file itself.
public struct ScenarioParameter: Sendable, Equatable {
    public let path: String
    public let value: String

    /// A wrong path or value, said the way a file error is: the key, then what is wrong.
    public struct Problem: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Reads `PATH=VALUE`.
    public static func parse(_ argument: String) throws(Problem) -> ScenarioParameter {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else {
            throw Problem(path: argument, message: "expected KEY=VALUE with a dotted key, e.g. market.accounts=30000")
        }
        return ScenarioParameter(path: parts[0].trimmingCharacters(in: .whitespaces), value: parts[1].trimmingCharacters(in: .whitespaces))
    }

    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }

    /// Sets the value in `scenario`, then checks the scenario's limits for this key.
    public func apply(to scenario: inout Scenario) throws(Problem) {
        let tomlValue = try parsedValue()
        if let (index, key) = stageKey() {
            guard scenario.stages.indices.contains(index) else {
                throw Problem(path: path, message: "there is no stage \(index); stages are 0…\(scenario.stages.count - 1)")
            }
            guard let field = Stage.fields.first(where: { $0.path == key }) else {
                throw unknown(key, among: Stage.fields.map { "stages[\(index)].\($0.path)" })
            }
            try read(tomlValue, with: FieldCodec(field), into: &scenario.stages[index])
        } else {
            guard let field = Scenario.fields.first(where: { $0.path == path }) else { throw unknown(path, among: Self.knownPaths) }
            try read(tomlValue, with: FieldCodec(field), into: &scenario)
        }
        if let issue = scenario.validationIssues().first(where: { $0.field == path }) {
            throw Problem(path: path, message: issue.message)
        }
    }

    /// Every dotted path `--param` takes (stages as `stages[N].key`).
    public static var knownPaths: [String] {
        Scenario.fields.map(\.path) + Stage.fields.map { "stages[0].\($0.path)" }
    }

    /// The value as TOML; a bare word that is not TOML is taken as a string (`name=Plan B`).
    private func parsedValue() throws(Problem) -> any TOMLValueConvertible {
        if let table = try? TOMLTable(string: "v = \(value)"), let parsed = table["v"] { return parsed }
        return value
    }

    private func stageKey() -> (Int, String)? {
        guard path.hasPrefix("stages["), let close = path.firstIndex(of: "]") else { return nil }
        let number = path[path.index(path.startIndex, offsetBy: 7)..<close]
        let rest = path[path.index(after: close)...]
        guard let index = Int(number), rest.hasPrefix(".") else { return nil }
        return (index, String(rest.dropFirst()))
    }

    private func read<Root>(_ value: any TOMLValueConvertible, with field: FieldCodec<Root>, into root: inout Root) throws(Problem) {
        do throws(ValueMismatch) {
            try field.read(value, &root)
        } catch {
            throw Problem(path: path, message: error.message)
        }
    }

    private func unknown(_ key: String, among known: [String]) -> Problem {
        var message = "unknown key"
        if let suggestion = ClosestKey.suggestion(for: path, among: known) { message += "; did you mean `\(suggestion)`?" }
        return Problem(path: path, message: message)
    }
}
