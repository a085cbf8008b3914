import Testing
import TerminalUI

/// Points at numeric x and y: corners land in the plot's corners, later points win a shared
/// cell, the reference line and the x range are drawn, and no area is too small to survive.
@Suite("Scatter plot")
struct ScatterPlotTests {
    static let plot = ScatterPlot(
        points: [.init(x: 0, y: 0, symbol: "a"), .init(x: 10, y: 100, symbol: "b"), .init(x: 10, y: 100, symbol: "c"),
                 .init(x: 5, y: 50, symbol: "m")],
        referenceY: 75, formatX: { "\(Int($0))" }, formatY: { "\(Int($0))" }, glyphs: .ascii)

    @Test func cornersMiddleAndReference() {
        #expect(rendered(Self.plot, width: 14, height: 6) == [
            "100+         c",
            "   |- - - - - ",
            "   |     m    ",
            "   |          ",
            "  0+a         ",
            "    0       10",
        ])
    }

    @Test func lineRunsUnderThePoints() {
        var plot = Self.plot
        plot.referenceY = nil
        plot.line = [(x: 0, y: 0), (x: 10, y: 100)]
        let lines = rendered(plot, width: 14, height: 6)
        #expect(lines[0].hasSuffix("c") && lines[4].hasPrefix("  0+a"))
        #expect(lines[2].contains("."), "the line crosses the middle rows: \(lines)")
    }

    @Test func tinyAreasDrawNothingOutside() {
        for (width, height) in tinySizes {
            let buffer = renderedBuffer(Self.plot, width: width, height: height)
            #expect(buffer.size == Size(width: width, height: height))
        }
    }
}
