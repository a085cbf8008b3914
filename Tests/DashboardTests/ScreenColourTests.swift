@testable import Dashboard
import TerminalUI
import Testing
import Theming

/// Colours on the rendered screen: legends in the colours of what they name, nothing left to the terminal's own.
@Suite("Screen colours", .serialized)
struct ScreenColourTests {
    static func screen(_ theme: Theme, size: Size = Size(width: 120, height: 40)) -> Buffer {
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", themes: [theme], backend: MemoryBackend(size: size))
        app.finishBackgroundWork()
        return app.render()
    }

    /// The first cell of `text` on the screen (its x and y).
    static func find(_ text: String, in buffer: Buffer) -> (x: Int, y: Int)? {
        for (y, line) in buffer.lines().enumerated() {
            guard let range = line.range(of: text) else { continue }
            return (line.distance(from: line.startIndex, to: range.lowerBound), y)
        }
        return nil
    }

    @Test(arguments: [ColorDepth.trueColor, .c256, .c16, .c8])
    func legendSwatchesAreInTheDataColours(depth: ColorDepth) throws {
        let theme = Theme.builtInDefault.adapted(to: depth)
        let buffer = Self.screen(theme)
        let legend = try #require(Self.find("█ push ▒ pull", in: buffer))
        #expect(buffer[legend.x, legend.y].style == theme[.push])
        #expect(buffer[legend.x + 7, legend.y].style == theme[.pull])
    }

    @Test(arguments: [ColorDepth.trueColor, .c256, .c16, .c8])
    func noCellIsLeftInTheTerminalsOwnColours(depth: ColorDepth) {
        let buffer = Self.screen(Theme.builtInDefault.adapted(to: depth))
        let bare = buffer.cells.filter { $0.style.foreground == .terminalDefault || $0.style.background == .terminalDefault }
        #expect(bare.isEmpty, "\(bare.count) cells in the terminal's default colours")
    }
}
