import Testing
import TerminalUI

@Test func sparklineRisesThroughTheRamp() {
    let values: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    #expect(rendered(Sparkline(values: values), width: 8, height: 1) == ["▁▂▃▄▅▆▇█"])
    #expect(rendered(Sparkline(values: values, glyphs: .ascii), width: 8, height: 1) == ["_.-~=+*#"])
}

@Test func sparklineKeepsTheLatestValuesAndCentresAFlatSeries() {
    #expect(rendered(Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8]), width: 3, height: 1) == ["▁▅█"])
    #expect(rendered(Sparkline(values: [2, 2]), width: 3, height: 1) == ["▄▄ "])
    for (w, h) in tinySizes { _ = rendered(Sparkline(values: [1, 5, 2]), width: w, height: h) }
}
