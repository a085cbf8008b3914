@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

/// Scenario names come from files: escape sequences must show as text and never shift the columns.
@Suite("Untrusted names")
struct UntrustedNameTests {
    @Test(arguments: ["\u{1b}]0;pwned\u{7}", "\u{1b}[2J"])
    func escapeSequencesRenderAsHarmlessText(name: String) {
        var scenario = Fixtures.scenario
        scenario.name = name
        let app = DashboardApp(scenario: scenario, backend: MemoryBackend(size: Size(width: 80, height: 24)))
        let screen = app.render()
        for cell in screen.cells {
            #expect(!cell.symbol.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "no control character reaches a cell")
        }
        let header = screen.lines()[0]
        #expect(header.contains("␛"))
        #expect(header.hasSuffix("theme Default dark "), "the right-aligned theme name stays in place")
        #expect(screen.lines().allSatisfy { DisplayWidth.of($0) == 80 }, "every row is exactly 80 columns")
    }
}
