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
        return ScenarioParameter(path: parts[0].trimmingSpaces, value: parts[1].trimmingSpaces)
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
            guard let field = ScenarioSchema.stageFields.first(where: { $0.key == key }) else {
                throw unknown(key, among: ScenarioSchema.stageFields.map { "stages[\(index)].\($0.key)" })
            }
            try read(tomlValue, with: field, into: &scenario.stages[index])
        } else {
            let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 1, let field = ScenarioSchema.topLevel.first(where: { $0.key == path }) {
                try read(tomlValue, with: field, into: &scenario)
            } else if parts.count == 2, let table = ScenarioSchema.tables.first(where: { $0.name == parts[0] }),
                      let field = table.fields.first(where: { $0.key == parts[1] }) {
                try read(tomlValue, with: field, into: &scenario)
            } else {
                throw unknown(path, among: Self.knownPaths)
            }
        }
        if let issue = scenario.validationIssues().first(where: { $0.field == path }) {
            throw Problem(path: path, message: issue.message)
        }
    }

    /// Every dotted path `--param` takes (stages as `stages[N].key`).
    public static var knownPaths: [String] {
        ScenarioSchema.topLevel.map(\.key)
            + ScenarioSchema.tables.flatMap { table in table.fields.map { "\(table.name).\($0.key)" } }
            + ScenarioSchema.stageFields.map { "stages[0].\($0.key)" }
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

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
