import Testing
import TerminalUI

/// Every glyph a widget may put in one cell, to check it takes exactly one column.
private func cellGlyphs(_ g: Glyphs) -> [String] {
    let borders = [g.border, g.focusedBorder].flatMap {
        [$0.topLeft, $0.topRight, $0.bottomLeft, $0.bottomRight, $0.horizontal, $0.vertical]
    }
    let bars = (g.barPrimary.partials + g.barSecondary.partials).filter { !$0.isEmpty }
    let marks = [g.focusMarker, g.sliderTrack, g.sliderTrackSelected, g.sliderKnob, g.sliderMarker,
                 g.arrowUp, g.arrowDown, g.arrowRight, g.chartPoint, g.chartGhostPoint, g.chartCursor, g.axis, g.axisTick]
    return borders + bars + marks + g.shades + g.ramp
}

@Test(arguments: [Glyphs.unicode, Glyphs.ascii])
func everyGlyphTakesOneColumn(glyphs: Glyphs) {
    for glyph in cellGlyphs(glyphs) { #expect(DisplayWidth.of(glyph) == 1, "\(glyph)") }
    #expect(glyphs.ramp.count == 8)
    #expect(DisplayWidth.of(glyphs.ellipsis) == 1)
}

@Test func asciiGlyphsAreAllAscii() {
    for glyph in cellGlyphs(.ascii) + [Glyphs.ascii.ellipsis] {
        #expect(glyph.unicodeScalars.allSatisfy { $0.isASCII }, "\(glyph)")
    }
}

@Test func barFillsAreToldApartInBothVariants() {
    for glyphs in [Glyphs.unicode, Glyphs.ascii] { #expect(glyphs.barPrimary.full != glyphs.barSecondary.full) }
    #expect(Glyphs.BarFill(whole: "#").partials == ["", "", "", "", "#", "#", "#", "#", "#"])
}
