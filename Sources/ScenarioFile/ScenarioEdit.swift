import PushPullModel
import TOMLGuard

/// A save that changes only the values that changed: the file's comments (a person's notes, an
/// import's provenance), key order, blank lines and layout stay as they were. Each changed value is
/// replaced in place on its key's line; a key the file leaves out is added under its table. The
/// result is read back with the reader, and anything it cannot do exactly (a value spread over
/// several lines, inline tables, stages added or removed) gives nil: the caller writes the whole file.
public enum ScenarioEdit {
    /// `original` with the values in which `scenario` differs from it changed, or nil.
    public static func edited(_ original: String, to scenario: Scenario) -> String? {
        // Some values follow others when the file leaves them out (no [history]: it copies the
        // levers), so a pass can reveal more to write: the text is read back until it says `scenario`.
        var text = original
        for _ in 0..<3 {
            guard let current = try? ScenarioReader.parse(text: text, fileName: "") else { return nil }
            if current == scenario { return text }
            guard let next = applying(changesFrom: current, to: scenario, in: text) else { return nil }
            text = next
        }
        return nil
    }

    /// `text`, which says `before`, with each value where `scenario` differs changed or added.
    private static func applying(changesFrom before: Scenario, to scenario: Scenario, in text: String) -> String? {
        guard before.stages.count == scenario.stages.count else { return nil }
        let locator = TOMLKeyLocator(text: text)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Lines added, by the line (0-based) they go after, applied last so line numbers stay valid.
        var insertions: [Int: [String]] = [:]
        var appendedTables: [(table: String, lines: [String])] = []

        for (entry, old) in zip(entries(of: scenario), entries(of: before)) where entry.literal != old.literal {
            let line = "\(entry.key) = \(entry.literal)"
            if let position = locator.writtenPosition(of: entry.path), locator.key(onLine: position.line) == entry.path {
                guard let replaced = replacingValue(in: lines[position.line - 1], with: entry.literal) else { return nil }
                lines[position.line - 1] = replaced
            } else if let table = entry.table {
                if let header = locator.writtenPosition(of: table), locator.key(onLine: header.line) == nil,
                   lines[header.line - 1].trimmingPrefixWhitespace.hasPrefix("[") {
                    insertions[header.line - 1, default: []].append(line)
                } else if let index = appendedTables.firstIndex(where: { $0.table == table }) {
                    appendedTables[index].lines.append(line)
                } else {
                    appendedTables.append((table, [line]))
                }
            } else {
                // A top-level key goes before the first table.
                let firstTable = lines.firstIndex { $0.trimmingPrefixWhitespace.hasPrefix("[") } ?? lines.count
                insertions[firstTable - 1, default: []].append(line)
            }
        }

        var output: [String] = insertions[-1] ?? []
        for (index, line) in lines.enumerated() {
            output.append(line)
            output += insertions[index] ?? []
        }
        if output.last == "" { output.removeLast() }
        for (table, added) in appendedTables { output += ["", "[\(table)]"] + added }
        return output.joined(separator: "\n") + "\n"
    }

    /// One written value: its full path, the table it belongs to (nil: top level or a stage) and its literal.
    private struct Entry {
        var path: String
        var table: String?
        var key: String
        var literal: String
    }

    /// Every value the writer writes for `scenario`, in file order.
    private static func entries(of scenario: Scenario) -> [Entry] {
        var entries = ScenarioSchema.topLevel.map { Entry(path: $0.key, table: nil, key: $0.key, literal: $0.literal(scenario)) }
        for section in ScenarioSchema.sections {
            switch section {
            case .table(let table):
                entries += table.fields.map {
                    Entry(path: "\(table.name).\($0.key)", table: table.name, key: $0.key, literal: $0.literal(scenario))
                }
            case .stages:
                for (index, stage) in scenario.stages.enumerated() {
                    // A stage key the file leaves out goes under its own [[stages]] header.
                    entries += ScenarioSchema.stageFields.map {
                        Entry(path: "\(ScenarioSchema.stagesKey)[\(index)].\($0.key)", table: "\(ScenarioSchema.stagesKey)[\(index)]",
                              key: $0.key, literal: $0.literal(stage))
                    }
                }
            }
        }
        return entries
    }

    /// `line` (`key = value  # note`) with its value replaced by `literal`, keeping what is around it;
    /// nil when the value does not end on this line.
    static func replacingValue(in line: String, with literal: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard let equals = scalars.firstIndex(of: "=") else { return nil }
        var start = equals + 1
        while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        guard start < scalars.count, let end = valueEnd(scalars, from: start) else { return nil }
        var out = String.UnicodeScalarView(scalars[..<start])
        out.append(contentsOf: literal.unicodeScalars)
        out.append(contentsOf: scalars[end...])
        return String(out)
    }

    /// Where the value starting at `start` ends (one past it): a string, an array, or a bare word.
    private static func valueEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" || scalar == "'" {
                // Multi-line strings are not edited in place.
                if index + 2 < scalars.count, scalars[index + 1] == scalar, scalars[index + 2] == scalar { return nil }
                index += 1
                while index < scalars.count, scalars[index] != scalar {
                    if scalar == "\"" && scalars[index] == "\\" { index += 1 }
                    index += 1
                }
                guard index < scalars.count else { return nil }
                index += 1
                if depth == 0 { return index }
                continue
            }
            switch scalar {
            case "{": return nil
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index + 1 }
            case "#" where depth > 0: return nil
            case " ", "\t", "\r", "#":
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return depth == 0 ? index : nil
    }
}

private extension String {
    var trimmingPrefixWhitespace: Substring { drop { $0 == " " || $0 == "\t" } }
}
