import Testing
import TerminalUI

let rising: [Double] = (0..<12).map(Double.init)
let risingChart = LineChart(median: rising, bandLow: rising.map { $0 * 0.8 }, bandHigh: rising.map { $0 * 1.2 },
                            baseline: rising.map { $0 * 0.5 }, cursor: 3)

@Test func chartSnapshotInUnicode() {
    #expect(rendered(risingChart, width: 20, height: 6) == [
        "13┤    │         ░░░",
        "  │    │      ░░┏━━━",
        "  │    │   ░░┏━━┛░░░",
        "  │    │░┏━━━┛░░••••",
        "  │   ┏━━┛••••••    ",
        " 0┤━━━┛••           ",
    ])
}

@Test func chartSnapshotInAscii() {
    var chart = risingChart
    chart.glyphs = .ascii
    #expect(rendered(chart, width: 20, height: 6) == [
        "13+    |          ::",
        "  |    |       ::***",
        "  |    |    :****:::",
        "  |    |*****::.....",
        "  |  ***.......     ",
        " 0+**..|            ",
    ])
}

@Test func medianRunsFromBottomLeftToTopRight() {
    let buffer = renderedBuffer(LineChart(median: [0, 10]), width: 6, height: 2)
    // Two label columns and the axis, then a three-cell plot: the line starts bottom-left, ends top-right.
    #expect(buffer.lines() == ["10┤ ┏━", " 0┤━┛ "])
}

@Test func flatSeriesIsDrawnAcrossTheMiddle() {
    let lines = rendered(LineChart(median: [5, 5, 5], glyphs: .ascii), width: 6, height: 3)
    #expect(lines == ["5+    ", " |****", "5+    "])
}

@Test func cursorMarksItsColumnOnly() {
    let chart = LineChart(median: [0, 0, 0, 0, 0], cursor: 2, yRange: 0...1, glyphs: .ascii)
    // Index 2 of 0…4 falls on dot column 2.5 of 0…5, rounded away from zero.
    #expect(rendered(chart, width: 8, height: 3) == ["1+   |  ", " |   |  ", "0+******"])
    var outside = chart
    outside.cursor = 9
    #expect(rendered(outside, width: 8, height: 3) == ["1+      ", " |      ", "0+******"])
}

@Test func bandIsShadedBetweenItsEdges() {
    let chart = LineChart(median: [], bandLow: [1, 1], bandHigh: [3, 3], yRange: 0...4, glyphs: .ascii)
    #expect(rendered(chart, width: 5, height: 5) == ["4+   ", " |:::", " |:::", " |:::", "0+   "])
}

@Test func labelsAreFormattedSanitisedAndDroppedWhenThereIsNoRoom() {
    let chart = LineChart(median: [0, 1], formatY: { "\u{1b}[1m\($0)" })
    let lines = rendered(chart, width: 12, height: 2)
    #expect(lines[0].hasPrefix("␛[1m1.0┤"))
    #expect(lines.allSatisfy { DisplayWidth.of($0) == 12 })
    #expect(!rendered(LineChart(median: [0, 1]), width: 3, height: 2).joined().contains("┤"))
    #expect(!rendered(LineChart(median: [0, 1]), width: 9, height: 1).joined().contains("┤"))
}

@Test func gapsAndMissingDataDoNotCrash() {
    let chart = LineChart(median: [1, .nan, 3, .infinity, 2], bandLow: [0], bandHigh: [4, 5], cursor: -1)
    for (w, h) in tinySizes { _ = rendered(chart, width: w, height: h) }
    #expect(rendered(LineChart(median: []), width: 4, height: 2) == ["    ", "    "])
    #expect(rendered(LineChart(median: [.nan]), width: 4, height: 2) == ["    ", "    "])
    // A single value has a flat range: it sits on the middle dot row, the fourth of eight.
    #expect(rendered(LineChart(median: [1]), width: 4, height: 2) == ["1┤━━", "1┤  "])
}

@Test(arguments: [(80, 24), (120, 40)])
func chartIsDeterministicAtDashboardSizes(width: Int, height: Int) {
    let months = 36
    let median: [Double] = (0..<months).map { (month: Int) -> Double in
        let wobble: Int = (month * 37) % 23
        return Double(100 + 40 * month + 30 * wobble)
    }
    let chart = LineChart(median: median, bandLow: median.map { $0 * 0.7 }, bandHigh: median.map { $0 * 1.4 },
                          baseline: median.map { $0 * 0.9 }, cursor: 12, formatY: { "$\(Int($0))k" })
    let first = renderedBuffer(chart, width: width / 2, height: height / 2)
    #expect(first == renderedBuffer(chart, width: width / 2, height: height / 2))
    #expect(first.lines().allSatisfy { DisplayWidth.of($0) == width / 2 })
    // The cursor column shows in every row the lines do not cross.
    #expect(first.lines().filter { $0.contains("│") }.count >= height / 2 - 4)
}

@Test func aFilledBandHasNoHolesWhereLinesCrossIt() {
    var chart = LineChart(median: rising, bandLow: rising.map { $0 * 0.8 }, bandHigh: rising.map { $0 * 1.2 + 2 },
                          baseline: rising.map { $0 * 0.9 }, cursor: 5)
    chart.styles.band = Style(foreground: .indexed(60), background: .indexed(17))
    let buffer = renderedBuffer(chart, width: 24, height: 8)
    let plot = chart.plotArea(in: Rect(x: 0, y: 0, width: 24, height: 8))
    for x in plot.x..<plot.right {
        let filled = (plot.y..<plot.bottom).filter { buffer[x, $0].style.background == .indexed(17) }
        guard let top = filled.first, let bottom = filled.last else { continue }
        #expect(filled.count == bottom - top + 1, "column \(x): the band has a hole between rows \(top) and \(bottom)")
    }
    #expect(buffer.lines().joined().contains("•"), "the baseline in its own glyph")
    #expect(buffer.cells.contains { ($0.symbol == "▄" || $0.symbol == "▀") && $0.style.foreground == .indexed(17) },
            "edges at half a cell, in the band's fill colour")
}
