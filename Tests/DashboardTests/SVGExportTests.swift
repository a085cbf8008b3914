@testable import Dashboard
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PushPullModel
import TerminalUI
import Testing
import Theming

/// The SVG picture of the screen is valid XML and holds the text snapshot, cell for cell.
@Suite("SVG export", .serialized)
struct SVGExportTests {
    /// The text of each `<text>` element (one a row), read by Foundation's XML parser.
    final class RowReader: NSObject, XMLParserDelegate {
        var rows: [String] = []
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "text" { inText = true; rows.append("") }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { rows[rows.count - 1] += string }
        }
    }

    static func rows(of svg: String) throws -> [String] {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = RowReader()
        parser.delegate = reader
        #expect(parser.parse(), "not valid XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return reader.rows
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func theSVGHoldsTheTextSnapshotCellForCell(size: Size) throws {
        let theme = Theme.builtInDefault.adapted(to: .trueColor)
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", themes: [theme], backend: MemoryBackend(size: size))
        app.finishBackgroundWork()
        let buffer = app.render()
        let svg = SVGText.render(buffer, canvas: theme[.background], title: "plan")
        #expect(try Self.rows(of: svg) == buffer.lines())
        #expect(svg.contains("fill=\"#e69f00\""), "push in the theme's true orange")
        #expect(svg.contains("monospace"))
    }

    @Test func aHostileScenarioNameStaysValidXML() throws {
        var scenario = Fixtures.scenario
        scenario.name = "A <b>&\"co\"\u{1b}[31m\u{07}"
        let app = DashboardApp(scenario: scenario, backend: MemoryBackend(size: Size(width: 80, height: 24)))
        let buffer = app.render()
        let svg = SVGText.render(buffer, title: scenario.name)
        #expect(try Self.rows(of: svg) == buffer.lines())
        #expect(HTMLPage.render(svg: svg, title: scenario.name).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func snapshotPanelsAndPlainText() {
        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: 100, height: 14)))
        app.finishBackgroundWork()
        let risk = app.render(panel: .gauges).text
        #expect(risk.contains("P(miss target)") && !risk.contains("Investment levers"))
        let plain = app.plainLines()
        #expect(plain.contains { $0.hasPrefix("ARR at month 36: €") })
        #expect(plain.contains { $0.hasPrefix("Gauge P(miss target): ") })
        #expect(plain.allSatisfy { line in !line.contains { "⠁⣿█▒░━".contains($0) } }, "no block or braille graphics")
    }
}
