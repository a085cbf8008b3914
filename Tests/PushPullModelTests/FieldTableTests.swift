import Testing
@testable import PushPullModel

/// The field table is the one description of a scenario's values, made by `@FieldTable` from the
/// `@Field` declarations: a value added to a section without its `@Field` would be neither read,
/// written, validated nor documented.
@Suite("Field table")
struct FieldTableTests {
    /// Every stored value's dotted path, found by reflection: what the structs actually hold.
    private static func storedPaths(of value: Any, prefix: String = "") -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            guard let label = child.label else { return [] }
            let path = prefix + label
            switch child.value {
            case is Double, is Int, is String, is UInt64, is [Double]: return [path]
            case is [Stage]: return []  // each stage is described by `Stage.fields`
            default: return storedPaths(of: child.value, prefix: path + ".")
            }
        }
    }

    @Test("Every value the scenario holds has exactly one line in Scenario.fields, and nothing else does")
    func everyStoredValueIsInTheTable() {
        let stored = Self.storedPaths(of: Scenario.example)
        let table = Scenario.fields.map(\.path)
        #expect(stored.count > 60, "reflection found the sections' values")
        let missing = Set(stored).subtracting(table).sorted(), unknown = Set(table).subtracting(stored).sorted()
        #expect(missing.isEmpty, "stored values without @Field: \(missing)")
        #expect(unknown.isEmpty, "lines naming no stored value: \(unknown)")
        #expect(table.count == Set(table).count, "no path twice")
    }

    @Test("Every value of a stage has one line in Stage.fields")
    func everyStageValueIsInTheTable() {
        let stored = Self.storedPaths(of: Scenario.example.stages[0])
        #expect(Set(stored) == Set(Stage.fields.map(\.path)))
    }

    @Test("Each line's key path reaches the value its dotted path names")
    func keyPathsMatchPaths() {
        var scenario = Scenario.example
        for field in Scenario.fields {
            guard case .number(let keyPath, let range) = field.kind else { continue }
            let moved = range.upperBound
            scenario[keyPath: keyPath] = moved
            let reflected = Self.value(at: field.path, in: scenario) as? Double
            #expect(reflected == moved, "\(field.path)")
            scenario = .example
        }
    }

    private static func value(at path: String, in root: Any) -> Any? {
        path.split(separator: ".").reduce(root as Any?) { value, key in
            value.flatMap { Mirror(reflecting: $0).children.first { $0.label == String(key) }?.value }
        }
    }
}
