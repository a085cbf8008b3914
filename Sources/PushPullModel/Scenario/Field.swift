/// One value of a scenario (or of a stage): its dotted path in the file format, where it lives
/// in Swift, the range the model accepts, and what it means. `@FieldTable` writes the tables
/// (`Scenario.fields`, `Stage.fields`) from the `@Field` declarations, with the functions below.
public struct Field<Root>: @unchecked Sendable {
    // Key paths are immutable values; they are not marked Sendable by the standard library.
    public enum Kind {
        case number(WritableKeyPath<Root, Double>, ClosedRange<Double>)
        case wholeNumber(WritableKeyPath<Root, Int>, ClosedRange<Int>)
        /// A list of numbers, each in the range.
        case numbers(WritableKeyPath<Root, [Double]>, ClosedRange<Double>)
        /// Text whose length in characters is in the range.
        case text(WritableKeyPath<Root, String>, length: ClosedRange<Int>)
        /// The whole `UInt64` range: nothing to check.
        case seed(WritableKeyPath<Root, UInt64>)
    }

    /// `sales.stalledLeak`; a top-level key has no table part.
    public let path: String
    public let kind: Kind
    /// Meaning, unit and range in words, written above the key in every saved file.
    public let doc: String

    /// Where the value lives in Swift, whatever its kind: to find a field by key path.
    public var keyPath: PartialKeyPath<Root> {
        switch kind {
        case .number(let path, _): path
        case .wholeNumber(let path, _): path
        case .numbers(let path, _): path
        case .text(let path, _): path
        case .seed(let path): path
        }
    }

    /// The key within its table: the last part of the path.
    public var key: String { path.split(separator: ".").last.map(String.init) ?? path }
    /// The table the key is in, nil at the top level.
    public var table: String? { path.firstIndex(of: ".").map { String(path[..<$0]) } }

    public static func number(_ path: String, _ keyPath: WritableKeyPath<Root, Double>, _ range: ClosedRange<Double>, _ doc: String) -> Self {
        Self(path: path, kind: .number(keyPath, range), doc: doc)
    }

    public static func wholeNumber(_ path: String, _ keyPath: WritableKeyPath<Root, Int>, _ range: ClosedRange<Int>, _ doc: String) -> Self {
        Self(path: path, kind: .wholeNumber(keyPath, range), doc: doc)
    }

    public static func numbers(_ path: String, _ keyPath: WritableKeyPath<Root, [Double]>, _ range: ClosedRange<Double>, _ doc: String) -> Self {
        Self(path: path, kind: .numbers(keyPath, range), doc: doc)
    }

    public static func text(_ path: String, _ keyPath: WritableKeyPath<Root, String>, length: ClosedRange<Int>, _ doc: String) -> Self {
        Self(path: path, kind: .text(keyPath, length: length), doc: doc)
    }

    public static func seed(_ path: String, _ keyPath: WritableKeyPath<Root, UInt64>, _ doc: String) -> Self {
        Self(path: path, kind: .seed(keyPath), doc: doc)
    }

    /// A section's fields as fields of `Root`, under the section's table: `\Market.accounts`
    /// at `\Scenario.market` is `market.accounts`. `@Table` writes this call.
    public static func table<Section: FieldTable>(_ name: String, _ section: WritableKeyPath<Root, Section>) -> [Self] {
        Section.fields.map { field in
            let kind: Kind = switch field.kind {
            case .number(let path, let range): .number(section.appending(path: path), range)
            case .wholeNumber(let path, let range): .wholeNumber(section.appending(path: path), range)
            case .numbers(let path, let range): .numbers(section.appending(path: path), range)
            case .text(let path, let length): .text(section.appending(path: path), length: length)
            case .seed(let path): .seed(section.appending(path: path))
            }
            return Self(path: name + "." + field.path, kind: kind, doc: field.doc)
        }
    }

    /// What is wrong with this value in `root`, each issue named by `prefix` + the path.
    func issues(in root: Root, prefix: String = "") -> [ValidationIssue] {
        let name = prefix + path
        switch kind {
        case .number(let keyPath, let range):
            return Self.check(root[keyPath: keyPath], range, name).map { [$0] } ?? []
        case .numbers(let keyPath, let range):
            return root[keyPath: keyPath].enumerated().compactMap { Self.check($0.element, range, "\(name)[\($0.offset)]") }
        case .wholeNumber(let keyPath, let range):
            let value = root[keyPath: keyPath]
            return range.contains(value) ? [] : [ValidationIssue(field: name, message: "\(value) is out of range \(range.lowerBound)…\(range.upperBound)")]
        case .text(let keyPath, let length):
            let count = root[keyPath: keyPath].count
            return length.contains(count) ? [] : [ValidationIssue(field: name, message: "\(count) is out of range \(length.lowerBound)…\(length.upperBound)")]
        case .seed:
            return []
        }
    }

    private static func check(_ value: Double, _ range: ClosedRange<Double>, _ name: String) -> ValidationIssue? {
        if !value.isFinite { return ValidationIssue(field: name, message: "must be a finite number, not \(value)") }
        if range.contains(value) { return nil }
        return ValidationIssue(field: name, message: "\(plain(value)) is out of range \(plain(range.lowerBound))…\(plain(range.upperBound))")
    }
}

/// A number as people write it: whole numbers without a decimal point.
func plain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
