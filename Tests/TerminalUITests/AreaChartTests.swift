import Testing
import TerminalUI

@Test func zerosDrawNothing() {
    // The bookings of a plan with no push: a row of ▄ used to say "something" where there was nothing.
    for glyphs in [Glyphs.unicode, .ascii] {
        #expect(rendered(AreaChart(values: [0, 0, 0, 0], glyphs: glyphs), width: 4, height: 2) == ["    ", "    "])
    }
}

@Test func heightsAreMeasuredFromZero() {
    // 5 and 10 of a top of 10: half the rows and all of them, not "lowest" and "highest".
    let lines = rendered(AreaChart(values: [5, 10], glyphs: .ascii), width: 2, height: 2)
    #expect(lines == [" #", "##"])
    #expect(rendered(AreaChart(values: [0, 4, 8, 16]), width: 4, height: 2) == ["   █", " ▄██"])
}

@Test func eachEighthOfACellHasItsGlyph() {
    let cells = (0...8).map { rendered(AreaChart(values: [Double($0)], maximum: 8), width: 1, height: 1)[0] }
    #expect(cells == [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"])
}

@Test func aSmallValueStillShows() {
    #expect(rendered(AreaChart(values: [1, 1000], glyphs: .ascii), width: 2, height: 1)[0].first != " ")
}

@Test func theTargetIsDashedWhereTheAreaIsBelowItAndStopsWithItsSpan() {
    let chart = AreaChart(values: [2, 2, 10, 2], target: 8, targetSpan: 3, glyphs: .ascii)
    let lines = rendered(chart, width: 4, height: 2)
    #expect(lines[0] == "--# ", "the target's row: dashed under it, the tall month over it, nothing after the span: \(lines)")
    #expect(chart.top == 10)
    #expect(AreaChart(values: [1, 2], target: 8).top == 8, "the scale reaches the target")
}
