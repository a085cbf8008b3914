import Testing
import TerminalUI

@Test func barUsesEighthBlocksForTheLastCell() {
    #expect(rendered(HorizontalBar(value: 0.5, maximum: 1), width: 4, height: 1) == ["██  "])
    #expect(rendered(HorizontalBar(value: 3, maximum: 16), width: 2, height: 1) == ["▍ "])
    // 1/3 of 32 eighths is 10.67, rounded to 11: one full cell and three eighths.
    #expect(rendered(HorizontalBar(value: 1, maximum: 3), width: 4, height: 1) == ["█▍  "])
}

@Test func everyEighthHasItsOwnGlyph() {
    let glyphs = (0...8).map { rendered(HorizontalBar(value: Double($0), maximum: 8), width: 1, height: 1)[0] }
    #expect(glyphs == [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
}

@Test func twoSegmentsAreToldApartByGlyph() {
    let glyphs = Glyphs.unicode
    let bar = HorizontalBar(segments: [
        .init(value: 0.3, fill: glyphs.barPrimary), .init(value: 0.4, fill: glyphs.barSecondary),
    ], maximum: 1)
    #expect(rendered(bar, width: 10, height: 1) == ["███▒▒▒▒   "])
}

@Test func secondSegmentStartsAfterAPartialCell() {
    let ascii = Glyphs.ascii
    let bar = HorizontalBar(segments: [
        .init(value: 0.25, fill: ascii.barPrimary), .init(value: 0.25, fill: ascii.barSecondary),
    ], maximum: 1)
    #expect(rendered(bar, width: 10, height: 1) == ["###===    "])
    var unicode = bar
    unicode.segments[0].fill = Glyphs.unicode.barPrimary
    #expect(rendered(unicode, width: 10, height: 1) == ["██▌===    "])
}

@Test func barClampsOverflowAndIgnoresBadValues() {
    #expect(rendered(HorizontalBar(value: 5, maximum: 1), width: 3, height: 1) == ["███"])
    #expect(rendered(HorizontalBar(value: -1, maximum: 1), width: 3, height: 1) == ["   "])
    #expect(rendered(HorizontalBar(value: .nan, maximum: 1), width: 3, height: 1) == ["   "])
    #expect(rendered(HorizontalBar(value: 1, maximum: 0), width: 3, height: 1) == ["   "])
    for (w, h) in tinySizes { _ = rendered(HorizontalBar(value: 0.7, maximum: 1), width: w, height: h) }
}
