import FieldMacros
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacros
import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// What `@FieldTable`, `@Field` and `@Table` expand to, and the errors they give where a field is
/// written wrong: a new scenario field is one declaration, so the macros must read it right.
@Suite("Field macros")
struct FieldMacroTests {
    static let macros: [String: MacroSpec] = [
        "FieldTable": MacroSpec(type: FieldTableMacro.self, conformances: ["FieldTable"]),
        "Field": MacroSpec(type: FieldMacro.self),
        "Table": MacroSpec(type: TableMacro.self),
    ]

    /// Expands `source` and records an issue for each difference, at the line that expected it.
    static func expect(_ source: String, expands expanded: String, diagnostics: [DiagnosticSpec] = [],
                       fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column) {
        assertMacroExpansion(source, expandedSource: expanded, diagnostics: diagnostics, macroSpecs: macros,
                             failureHandler: { failure in
                                 let at = failure.location
                                 Issue.record(Comment(rawValue: failure.message),
                                              sourceLocation: SourceLocation(fileID: at.fileID, filePath: at.filePath, line: at.line, column: at.column))
                             },
                             fileID: fileID, filePath: filePath, line: line, column: column)
    }

    @Test("A section's table: each kind read from the type or the literal, ranges and docs copied as written, in declaration order")
    func sectionTable() {
        Self.expect(#"""
            @FieldTable
            public struct Finance {
                @Field(-ModelLimits.money...ModelLimits.money, "Cash at month 0, money, may be negative.") public var startingCash = 6_000_000.0
                @Field(length: 0...8, "Currency code shown next to money, e.g. \"EUR\", 0–8 characters.") public var currency = "EUR"
                @Field(Lever.budget.range, "Budget.") public var budget: Double = 250_000
                @Field(1...12, "Calendar month.") public var startMonth = 1
                @Field(0...3, "Multipliers.") public var seasonality: [Double] = Sales.noSeason
                @Field("Random seed.") public var seed: UInt64 = 42
                public var quarterly: Double { 0 }
                public static let none = Finance()
            }
            """#, expands: #"""
            public struct Finance {
                public var startingCash = 6_000_000.0
                public var currency = "EUR"
                public var budget: Double = 250_000
                public var startMonth = 1
                public var seasonality: [Double] = Sales.noSeason
                public var seed: UInt64 = 42
                public var quarterly: Double { 0 }
                public static let none = Finance()
            }

            extension Finance: FieldTable {
                public static let fields: [Field<Finance>] = [
                    .number("startingCash", \.startingCash, -ModelLimits.money...ModelLimits.money, "Cash at month 0, money, may be negative."),
                    .text("currency", \.currency, length: 0...8, "Currency code shown next to money, e.g. \"EUR\", 0–8 characters."),
                    .number("budget", \.budget, Lever.budget.range, "Budget."),
                    .wholeNumber("startMonth", \.startMonth, 1...12, "Calendar month."),
                    .numbers("seasonality", \.seasonality, 0...3, "Multipliers."),
                    .seed("seed", \.seed, "Random seed."),
                ]
            }
            """#)
    }

    @Test("The scenario's table: its own fields and each @Table section's, re-rooted, in declaration order; unmarked values are left out")
    func composedTable() {
        Self.expect(#"""
            @FieldTable
            struct Scenario {
                @Field(length: 0...200, "Name.") var name = "Example"
                @Table var levers = Levers()
                var stages: [Stage] = []
                @Field(length: 0...40, "Entry stage.") var outboundEntryStage = "SAL"
                @Table var market = Market()
            }
            """#, expands: #"""
            struct Scenario {
                var name = "Example"
                var levers = Levers()
                var stages: [Stage] = []
                var outboundEntryStage = "SAL"
                var market = Market()
            }

            extension Scenario: FieldTable {
                static let fields: [Field<Scenario>] = {
                    var fields: [Field<Scenario>] = []
                    fields.append(.text("name", \.name, length: 0...200, "Name."))
                    fields.append(contentsOf: Field.table("levers", \Scenario.levers))
                    fields.append(.text("outboundEntryStage", \.outboundEntryStage, length: 0...40, "Entry stage."))
                    fields.append(contentsOf: Field.table("market", \Scenario.market))
                    return fields
                }()
            }
            """#)
    }

    @Test("A field of a type the table cannot hold is an error at its type")
    func unsupportedType() {
        Self.expect("""
            @FieldTable
            struct Flags {
                @Field(0...1, "On.") var on: Bool = true
            }
            """, expands: """
            struct Flags {
                var on: Bool = true
            }

            extension Flags: FieldTable {
                static let fields: [Field<Flags>] = []
            }
            """, diagnostics: [
                DiagnosticSpec(message: "'Bool' cannot be a scenario field: a field is a Double, Int, [Double], String or UInt64 (a seed)", line: 3, column: 34),
            ])
    }

    @Test("A field whose kind the value does not show must write its type")
    func kindNotInferred() {
        Self.expect("""
            @FieldTable
            struct Sales {
                @Field(0...3, "Multipliers.") var seasonality = Sales.noSeason
            }
            """, expands: """
            struct Sales {
                var seasonality = Sales.noSeason
            }

            extension Sales: FieldTable {
                static let fields: [Field<Sales>] = []
            }
            """, diagnostics: [
                DiagnosticSpec(message: "write the type of 'seasonality': its kind cannot be read from 'Sales.noSeason' (a field is a Double, Int, [Double], String or UInt64 (a seed))",
                               line: 3, column: 53),
            ])
    }

    @Test("A number without its range, a text without its length, and a seed with a range are errors at the attribute")
    func rangeMistakes() {
        Self.expect("""
            @FieldTable
            struct Market {
                @Field("Mean months.") var cooldownMonths = 6.0
                @Field(0...8, "Currency.") var currency = "EUR"
                @Field(length: 0...8, "Months.") var months = 6
                @Field(0...1, "Seed.") var seed: UInt64 = 42
            }
            """, expands: """
            struct Market {
                var cooldownMonths = 6.0
                var currency = "EUR"
                var months = 6
                var seed: UInt64 = 42
            }

            extension Market: FieldTable {
                static let fields: [Field<Market>] = []
            }
            """, diagnostics: [
                DiagnosticSpec(message: #"'cooldownMonths' needs its range before the doc, e.g. @Field(0...1, "…"): validation checks it"#, line: 3, column: 5),
                DiagnosticSpec(message: "'currency' is text: its range is a length in characters, written 'length: 0...200'", line: 4, column: 5),
                DiagnosticSpec(message: "'months' is a number: its range has no label ('length:' is for text)", line: 5, column: 5),
                DiagnosticSpec(message: "a seed takes every UInt64: give @Field only its doc", line: 6, column: 5),
            ])
    }

    @Test("Marks on what no table can hold: a 'let', a value outside a @FieldTable struct, a table on an enum")
    func misplacedMarks() {
        Self.expect("""
            @FieldTable
            struct Market {
                @Field(1...10, "Accounts.") let accounts = 6
            }
            struct Loose {
                @Field(0...1, "Share.") var share = 0.5
                @Table var market = Market()
            }
            @FieldTable
            enum Lever {}
            """, expands: """
            struct Market {
                let accounts = 6
            }
            struct Loose {
                var share = 0.5
                var market = Market()
            }
            enum Lever {}

            extension Market: FieldTable {
                static let fields: [Field<Market>] = []
            }
            """, diagnostics: [
                DiagnosticSpec(message: "@Field goes on one stored 'var' (not 'let', static or computed): the table reads and writes it through its key path", line: 3, column: 5),
                DiagnosticSpec(message: "@Field is only read inside a @FieldTable struct: here it would be in no table", line: 6, column: 5),
                DiagnosticSpec(message: "@Table is only read inside a @FieldTable struct: here it would be in no table", line: 7, column: 5),
                DiagnosticSpec(message: "@FieldTable goes on a struct", line: 9, column: 1),
            ])
    }
}
