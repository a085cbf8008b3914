import Foundation
import Testing
import TestSupport

/// The field macros as the compiler runs them: a source file that uses them is type-checked by
/// `swiftc` with the plugin and the `PushPullModel` module this build made, so the tables they
/// write must compile against the real `Field`, and their errors read as a newcomer meets them.
/// (Expanding them in process, with swift-syntax's test support, would build every test module a
/// second time, for the host: 1.5 minutes more of a clean build, measured.)
@Suite("Field macros")
struct FieldMacroTests {
    /// What the compiler said of a source file: its errors (`LINE:COLUMN: message`, the line
    /// counted in the source given) and the extension each `@FieldTable` wrote.
    struct Compilation {
        var errors: [String] = []
        var tables: [String] = []
    }

    /// The plugin and the modules lie beside the test binary, in the build folder.
    static let buildFolder = Bundle.main.executableURL?.deletingLastPathComponent() ?? repositoryRoot.appendingPathComponent(".build/debug")

    static func compile(_ source: String) throws -> Compilation {
        let plugin = buildFolder.appendingPathComponent("FieldMacros-tool").path
        try #require(FileManager.default.isExecutableFile(atPath: plugin), "the macro plugin is built beside the tests: \(plugin)")
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = folder.file("fixture.swift")
        try ("import PushPullModel\n" + source).write(toFile: file, atomically: true, encoding: .utf8)
        let result = try ChildProcess.run("/usr/bin/env", [
            "swiftc", "-typecheck", "-diagnostic-style", "llvm", "-I", buildFolder.appendingPathComponent("Modules").path,
            "-load-plugin-executable", plugin + "#FieldMacros", "-Xfrontend", "-dump-macro-expansions", file,
        ])
        return parse(result.errors, file: file)
    }

    /// Errors are `FILE:LINE:COLUMN: error: MESSAGE (from macro 'Field')`; each expansion is a
    /// `@__swiftmacro_…` header, then its text between two lines of dashes.
    static func parse(_ output: String, file: String) -> Compilation {
        var compilation = Compilation()
        var table: [Substring]?, inTableHeader = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("---") {
                if inTableHeader { table = []; inTableHeader = false } else if let done = table { compilation.tables.append(done.joined(separator: "\n")); table = nil }
            } else if table != nil {
                table?.append(line)
            } else if line.hasPrefix("@__swiftmacro_") {
                inTableHeader = line.contains("FieldTablefMe_")
            } else if line.hasPrefix(file + ":"), let error = line.range(of: ": error: ") {
                let position = line[line.index(line.startIndex, offsetBy: file.count + 1)..<error.lowerBound].split(separator: ":")
                let text = line[error.upperBound...]
                let message = text.range(of: " (from macro '").map { text[..<$0.lowerBound] } ?? text
                compilation.errors.append("\((Int(position[0]) ?? 0) - 1):\(position[1]): \(message)")
            }
        }
        return compilation
    }

    @Test("A section's table: each kind read from the type or the literal, ranges and docs copied as written, in declaration order")
    func sectionTable() throws {
        let compilation = try Self.compile(#"""
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
            """#)
        #expect(compilation.errors == [])
        #expect(compilation.tables == [#"""
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
            """#])
    }

    @Test("A table with sections: its own fields and each @Table section's, re-rooted, in declaration order; unmarked values are left out")
    func composedTable() throws {
        let compilation = try Self.compile(#"""
            @FieldTable
            struct Plan {
                @Field(length: 0...200, "Name.") var name = "Example"
                @Table var levers = Levers()
                var stages: [Stage] = []
                @Field(length: 0...40, "Entry stage.") var outboundEntryStage = "SAL"
            }
            """#)
        #expect(compilation.errors == [])
        #expect(compilation.tables == [#"""
            extension Plan: FieldTable {
                static let fields: [Field<Plan>] = {
                    var fields: [Field<Plan>] = []
                    fields.append(.text("name", \.name, length: 0...200, "Name."))
                    fields.append(contentsOf: Field.table("levers", \Plan.levers))
                    fields.append(.text("outboundEntryStage", \.outboundEntryStage, length: 0...40, "Entry stage."))
                    return fields
                }()
            }
            """#])
    }

    @Test("What no table can hold is an error where it is written, saying what to write instead")
    func mistakes() throws {
        let compilation = try Self.compile("""
            @FieldTable
            struct Market {
                @Field("Mean months.") var cooldownMonths = 6.0
                @Field(0...8, "Currency.") var currency = "EUR"
                @Field(length: 0...8, "Months.") var months = 6
                @Field(0...1, "Seed.") var seed: UInt64 = 42
                @Field(0...1, "On.") var on: Bool = true
                @Field(0...3, "Multipliers.") var seasonality = [Double](repeating: 1, count: 12)
                @Field(1...10, "Accounts.") let accounts = 6
            }
            struct Loose {
                @Field(0...1, "Share.") var share = 0.5
                @Table var market = Market()
            }
            @FieldTable
            enum Kind {}
            """)
        let kinds = "a field is a Double, an Int, a [Double], a String or a UInt64 (a seed)"
        #expect(compilation.errors == [
            #"3:5: 'cooldownMonths' needs its range before the doc, e.g. @Field(0...1, "…"): validation checks it"#,
            "4:5: 'currency' is text: its range is a length in characters, written 'length: 0...200'",
            "5:5: 'months' is a number: its range has no label ('length:' is for text)",
            "6:5: a seed takes every UInt64: give @Field only its doc",
            "7:34: 'Bool' cannot be a scenario field: \(kinds)",
            "8:53: write the type of 'seasonality': its kind cannot be read from '[Double](repeating: 1, count: 12)'; \(kinds)",
            "9:5: @Field goes on one stored 'var' (not 'let', static or computed): the table reads and writes it through its key path",
            "12:5: @Field is only read inside a @FieldTable struct: here it would be in no table",
            "13:5: @Table is only read inside a @FieldTable struct: here it would be in no table",
            "15:1: @FieldTable goes on a struct",
        ])
    }
}
