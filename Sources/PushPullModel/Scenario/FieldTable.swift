/// A struct whose values are scenario fields: reading, writing, validation, `--param`,
/// provenance and the comments of saved files all follow its table.
public protocol FieldTable {
    /// Every field, in the order saved files write them.
    static var fields: [Field<Self>] { get }
}

extension FieldTable {
    /// The file path of the value at `keyPath` (`\.market.startingARR` → `market.startingARR`),
    /// so that notes about a value (an import's provenance, its assumptions) name it by the
    /// table, not by a string spelled a second time.
    public static func path(_ keyPath: PartialKeyPath<Self>) -> String {
        guard let field = fields.first(where: { $0.keyPath == keyPath }) else {
            preconditionFailure("\(keyPath) is not in \(Self.self).fields")
        }
        return field.path
    }
}

/// Writes `fields` from the members marked `@Field` and `@Table`, in the order they are
/// declared, so a new field is its one declaration:
///
///     @Field(0...120, "Mean months before a lost or churned account can start a new journey, 0–120.") public var cooldownMonths = 6.0
///
/// `FieldTableTests` fails when a stored value of the scenario has no `@Field`.
@attached(extension, conformances: FieldTable, names: named(fields))
public macro FieldTable() = #externalMacro(module: "FieldMacros", type: "FieldTableMacro")

/// A field: its range (a `ClosedRange` expression, copied into the table as written) and its
/// doc (meaning, unit and range in words, written above the key in saved files). The kind
/// (number, whole number, numbers) comes from the declared type or the literal.
@attached(peer)
public macro Field<Bound: Comparable>(_ range: ClosedRange<Bound>, _ doc: String) = #externalMacro(module: "FieldMacros", type: "FieldMacro")

/// A text field, with the range of its length in characters.
@attached(peer)
public macro Field(length: ClosedRange<Int>, _ doc: String) = #externalMacro(module: "FieldMacros", type: "FieldMacro")

/// A seed (`UInt64`), which takes every value: only its doc.
@attached(peer)
public macro Field(_ doc: String) = #externalMacro(module: "FieldMacros", type: "FieldMacro")

/// A section of the scenario, written as a `[table]` of the file: its own `@FieldTable` fields
/// join the outer table under the property's name (`market.accounts`).
@attached(peer)
public macro Table() = #externalMacro(module: "FieldMacros", type: "TableMacro")
