import Foundation
import PushPullModel

/// Writes a scenario as stable, commented TOML: fixed key order, a comment on every key,
/// numbers that read back to exactly the same values. Reading the text gives an equal scenario.
public enum ScenarioWriter {
    /// `provenance` maps key paths (`sales.dealSizeMedian`, `stages[0].conversion`) to a note
    /// written beside that key, e.g. what a CRM import derived it from.
    public static func text(for scenario: Scenario, provenance: [String: String] = [:]) -> String {
        var lines = ScenarioSchema.header.map { "# \($0)" }
        lines.append("\(ScenarioSchema.formatKey) = \(ScenarioSchema.formatVersion)")
        func append<Root>(_ fields: [FieldCodec<Root>], of root: Root, under prefix: String?, commented: Bool) {
            for field in fields {
                let path = prefix.map { "\($0).\(field.key)" } ?? field.key
                if commented { lines.append("# \(field.comment)") }
                var line = "\(field.key) = \(field.literal(root))"
                if let note = provenance[path] { line += "  # \(TOMLLiteral.comment(note))" }
                lines.append(line)
            }
        }
        lines.append("")
        append(ScenarioSchema.topLevel, of: scenario, under: nil, commented: true)
        for section in ScenarioSchema.sections {
            switch section {
            case .table(let table):
                lines += ["", "# \(table.comment)", "[\(table.name)]"]
                append(table.fields, of: scenario, under: table.name, commented: true)
            case .stages:
                // The stage keys are explained once above the list, not repeated in every block.
                let fields = ScenarioSchema.stageFields
                let width = fields.map(\.key.count).max() ?? 0
                lines += ["", "# \(ScenarioSchema.stagesIntro)"]
                lines += fields.map { "#   \($0.key.padding(toLength: width + 2, withPad: " ", startingAt: 0))\($0.comment)" }
                for (index, stage) in scenario.stages.enumerated() {
                    lines += (index == 0 ? [] : [""]) + ["[[\(ScenarioSchema.stagesKey)]]"]
                    append(ScenarioSchema.stageFields, of: stage, under: "\(ScenarioSchema.stagesKey)[\(index)]", commented: false)
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
