import Foundation
import PushPullModel
import Testing
import TOMLKit
@testable import ScenarioFile

@Suite struct RoundTripTests {
    func roundTrip(_ scenario: Scenario) throws -> Scenario {
        try ScenarioReader.parse(text: ScenarioWriter.text(for: scenario), fileName: "round-trip.toml")
    }

    @Test func builtInExampleRoundTrips() throws {
        #expect(try roundTrip(.example) == .example)
    }

    /// Every number and string nudged away from the example, through Codable so that a field added
    /// to the model but missing from the file format fails here instead of silently keeping its default.
    @Test func everyFieldIsWrittenAndRead() throws {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Scenario.example))
        let changed = try JSONDecoder().decode(Scenario.self, from: JSONSerialization.data(withJSONObject: nudged(json)))
        #expect(changed != .example)
        #expect(try roundTrip(changed) == changed)
    }

    private func nudged(_ value: Any) -> Any {
        switch value {
        case let table as [String: Any]: table.mapValues(nudged)
        case let list as [Any]: list.map(nudged)
        case let text as String: text + "x"
        case let number as NSNumber where "fd".contains(String(cString: number.objCType)): number.doubleValue * 0.97 + 0.001
        case let number as NSNumber: number.intValue + 1
        default: value
        }
    }

    /// Checked on the literal itself: most of these values are outside what the model accepts.
    @Test(arguments: [0.1, 1.0 / 3, 2.0 / 3 * 1e-7, -123_456.789, 0.30000000000000004, .leastNonzeroMagnitude, 9.87654321e14,
                      1e15, -4e15 - 1, 1.7976931348623157e308, 0, -0.0, 250_000])
    func numbersRoundTripExactly(_ value: Double) throws {
        let document = try TOMLTable(string: "x = \(TOMLLiteral.number(value))")
        #expect(try TOMLValueReading.number(#require(document["x"])) == value)
    }

    @Test func randomNumbersRoundTripExactly() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() & ~(0x7FF << 52) | (UInt64.random(in: 900...1150, using: &generator) << 52))
            let document = try TOMLTable(string: "x = \(TOMLLiteral.number(value))")
            #expect(try TOMLValueReading.number(#require(document["x"])) == value, "\(value)")
        }
    }

    @Test(arguments: [
        "plain", "quote \" and backslash \\ and \\n literally", "tab\tbell\u{07}escape\u{1B}delete\u{7F}",
        "two\nlines", "ends with newline\n", "\ncarriage\r\nreturn\r", "\"\"\" triple quotes \"\"\"",
        "ends with a quote\"", "ends with a backslash\\", "unicode: é 中文 🚀 \u{2028}",
    ])
    func stringsRoundTrip(_ text: String) throws {
        var scenario = Scenario.example
        scenario.name = text
        scenario.notes = text
        scenario.finance.currency = String(text.prefix(8))
        let back = try ScenarioReader.parse(text: ScenarioWriter.text(for: scenario), fileName: "s.toml")
        #expect(back.name.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(back.notes.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test(arguments: [UInt64(0), 42, UInt64(Int64.max), UInt64(Int64.max) + 1, UInt64.max])
    func seedsRoundTripOverTheWholeRange(_ seed: UInt64) throws {
        var scenario = Scenario.example
        scenario.simulation.seed = seed
        #expect(try roundTrip(scenario).simulation.seed == seed)
    }

    @Test func provenanceIsWrittenBesideItsKey() throws {
        let text = ScenarioWriter.text(for: .example, provenance: [
            "sales.dealSizeMedian": "CRM: median of 4,238 won deals",
            "stages[1].conversion": "CRM: 55% of\nMQLs accepted",
        ])
        #expect(text.contains("dealSizeMedian = 20_000  # CRM: median of 4,238 won deals\n"))
        #expect(text.contains("conversion = 0.55  # CRM: 55% of MQLs accepted\n"))
        #expect(try ScenarioReader.parse(text: text, fileName: "p.toml") == .example)
    }

    @Test func writtenTextIsStable() {
        #expect(ScenarioWriter.text(for: .example) == ScenarioWriter.text(for: .example))
    }
}
