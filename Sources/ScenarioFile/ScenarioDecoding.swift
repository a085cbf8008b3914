import PushPullModel
import TOMLGuard
import TOMLKit

/// Turns a parsed TOML document into a scenario, starting from the built-in example so that
/// missing keys keep its values, and collecting every problem instead of stopping at the first.
struct ScenarioDecoding {
    let fileName: String
    let locator: KeyLocator
    private(set) var problems: [ScenarioFileProblem] = []
    /// True when the file has no [history]: it is then a copy of the levers, and their
    /// problems are reported at the levers, not a second time at a table the file lacks.
    private var historyCopiesLevers = false

    init(fileName: String, locator: KeyLocator) {
        self.fileName = fileName
        self.locator = locator
    }

    /// Nil only when the file declares a format this code does not know: its keys cannot be judged.
    mutating func decode(_ document: TOMLTable) -> Scenario? {
        guard checkFormat(document) else { return nil }
        var scenario = Scenario.example
        let topLevel = ScenarioSchema.topLevel
        let tables = ScenarioSchema.tables
        let known = [ScenarioSchema.formatKey, ScenarioSchema.stagesKey] + topLevel.map(\.key) + tables.map(\.name)
        for key in TOMLKitRelease.keys(of: document) where key != ScenarioSchema.formatKey {
            guard let value = document[key] else { continue }
            if let field = topLevel.first(where: { $0.key == key }) {
                read(value, with: field, into: &scenario, path: key)
            } else if let table = tables.first(where: { $0.name == key }) {
                decodeTable(value, as: table, into: &scenario)
            } else if key == ScenarioSchema.stagesKey {
                scenario.stages = decodeStages(value)
            } else {
                reportUnknown(key, path: key, known: known)
            }
        }
        // A file without [history] describes a company that has been spending as its levers say.
        if document[ScenarioSchema.history.name] == nil {
            scenario.history = History(levers: scenario.levers)
            historyCopiesLevers = true
        }
        return scenario
    }

    /// Values the model refuses, each pointed at the line where its key is written.
    /// Keys that already have a problem (a wrong type, a missing stage key) are not reported twice.
    mutating func reportValidationIssues(of scenario: Scenario) {
        let alreadyReported = Set(problems.compactMap(\.key))
        let historyPrefix = ScenarioSchema.history.name + "."
        for issue in scenario.validationIssues() where !alreadyReported.contains(issue.field) {
            if historyCopiesLevers && issue.field.hasPrefix(historyPrefix) { continue }
            report(issue.field, issue.message)
        }
    }

    private mutating func checkFormat(_ document: TOMLTable) -> Bool {
        let key = ScenarioSchema.formatKey
        let current = ScenarioSchema.formatVersion
        guard let value = document[key] else {
            report(key, "missing: the file must start with `format = \(current)`")
            return true
        }
        guard let version = TOMLKitRelease.int(value) else {
            report(key, "expected the format version as a whole number (`format = \(current)`), found \(TOMLValueReading.describe(value))")
            return true
        }
        if version > current {
            report(key, "this file uses format \(version), newer than this pushpull reads (format \(current)): update pushpull")
            return false
        }
        if version < 1 { report(key, "format \(version) does not exist: use `format = \(current)`") }
        return true
    }

    private mutating func decodeTable(_ value: any TOMLValueConvertible, as schema: TableSchema, into scenario: inout Scenario) {
        guard let table = value.table else {
            report(schema.name, "expected a table ([\(schema.name)]), found \(TOMLValueReading.describe(value))")
            return
        }
        for key in TOMLKitRelease.keys(of: table) {
            guard let value = table[key] else { continue }
            let path = "\(schema.name).\(key)"
            if let field = schema.fields.first(where: { $0.key == key }) {
                read(value, with: field, into: &scenario, path: path)
            } else {
                reportUnknown(key, path: path, known: schema.fields.map(\.key))
            }
        }
    }

    /// The list in the file replaces the example's stages as a whole.
    private mutating func decodeStages(_ value: any TOMLValueConvertible) -> [Stage] {
        let key = ScenarioSchema.stagesKey
        guard let array = value.array else {
            report(key, "expected a list of [[stages]] tables, found \(TOMLValueReading.describe(value))")
            return Scenario.example.stages
        }
        let fields = ScenarioSchema.stageFields
        var stages: [Stage] = []
        for (index, element) in array.enumerated() {
            let stagePath = "\(key)[\(index)]"
            guard let table = element.table else {
                report(stagePath, "expected a table with name, conversion and monthsInStage, found \(TOMLValueReading.describe(element))")
                continue
            }
            var stage = ScenarioSchema.blankStage
            let stageKeys = TOMLKitRelease.keys(of: table)
            for stageKey in stageKeys {
                guard let value = table[stageKey] else { continue }
                let path = "\(stagePath).\(stageKey)"
                if let field = fields.first(where: { $0.key == stageKey }) {
                    read(value, with: field, into: &stage, path: path)
                } else {
                    reportUnknown(stageKey, path: path, known: fields.map(\.key))
                }
            }
            for missing in ScenarioSchema.requiredStageKeys.subtracting(stageKeys).sorted() {
                report("\(stagePath).\(missing)", "missing: every stage needs name, conversion and monthsInStage")
            }
            stages.append(stage)
        }
        return stages
    }

    private mutating func read<Root>(_ value: any TOMLValueConvertible, with field: FieldCodec<Root>, into root: inout Root, path: String) {
        do throws(ValueMismatch) {
            try field.read(value, &root)
        } catch {
            report(path, error.message)
        }
    }

    private mutating func reportUnknown(_ key: String, path: String, known: [String]) {
        var message = "unknown key"
        if let suggestion = ClosestKey.suggestion(for: key, among: known) { message += "; did you mean `\(suggestion)`?" }
        report(path, message)
    }

    private mutating func report(_ path: String, _ message: String) {
        problems.append(ScenarioFileProblem(file: fileName, position: locator.position(of: path), key: path, message: message))
    }
}
