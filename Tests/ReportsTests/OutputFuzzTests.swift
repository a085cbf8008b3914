import Foundation
import PushPullModel
@testable import Reports
import Testing
import TestSupport
import TextSafety

/// Names and currencies from files, drawn at random from every kind of control character and
/// text around it, through every report format: nothing reaches a terminal raw, and JSON still
/// says exactly what the file said.
@Suite struct OutputFuzzTests {
    static let inputs = 2_000

    /// A random string of up to `length` scalars: C0, DEL, C1, bidirectional controls and
    /// separators mixed with letters, Markdown and JSON syntax, wide and combining characters.
    static func hostile(_ length: Int, _ generator: inout SeededGenerator) -> String {
        let pool: [Unicode.Scalar] = (0...0x1F).compactMap(Unicode.Scalar.init) + (0x7F...0x9F).compactMap(Unicode.Scalar.init)
            + ["\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{061C}", "\u{2028}", "\u{2029}"]
            + Array("aZ9 |*_[]()#\\\"{}<>€売🚀é\u{301}".unicodeScalars)
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...length, using: &generator) { text.append(pool.randomElement(using: &generator)!) }
        return String(text)
    }

    @Test("2,000 hostile names and currencies through table, Markdown, CSV and JSON")
    func everyFormat() throws {
        var scenario = Scenario.example
        scenario.simulation.paths = 50
        let forecast = try MonteCarlo.run(scenario)
        var generator = SeededGenerator(seed: 13)
        for round in 0..<Self.inputs {
            var document = ReportDocument(scenario: scenario, forecast: forecast, best: nil)
            document.scenario = Self.hostile(60, &generator)
            document.currency = Self.hostile(8, &generator)
            let outputs = [("table", TableReport.render(document)), ("markdown", MarkdownReport.render(document, baseline: document)),
                           ("csv", CSVReport.render(document)), ("json", try JSONReport.render(document))]
            for (format, text) in outputs {
                let unsafe = text.unicodeScalars.filter { $0 != "\n" && UntrustedText.isUnsafe($0) }
                #expect(unsafe.isEmpty, "round \(round), \(format): \(unsafe.map { String($0.value, radix: 16) })")
            }
            let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.render(document).utf8)) as? [String: Any])
            #expect(json["scenario"] as? String == document.scenario && json["currency"] as? String == document.currency, "round \(round)")
        }
    }
}
