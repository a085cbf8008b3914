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
    // Two values a cell: nothing and half (4 of 8 dots), then full and full.
    #expect(rendered(AreaChart(values: [0, 5, 10, 10]), width: 2, height: 2) == [" ⣿", "⢸⣿"])
}

@Test func theLookupTableFillsEachHalfFromTheBottom() {
    let table = (0...4).map { left in (0...4).map { right in rendered(AreaChart(values: [Double(left), Double(right)], maximum: 4),
                                                                        width: 1, height: 1)[0] } }
    #expect(table[0][0] == " ")
    #expect(table[4][4] == "⣿")
    #expect(table[1][0] == "⡀" && table[0][1] == "⢀")
    #expect(table[2][3] == "⣴")
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
