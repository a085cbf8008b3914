import Testing
@testable import TerminalUI

/// The shortcuts `DisplayWidth` takes before any Unicode property look-up give what the look-ups give.
@Suite("Display width shortcuts")
struct DisplayWidthFastPathTests {
    @Test("a lone scalar of the narrow blocks measures one column the long way too",
          arguments: [0x20..<0x300, 0x2500..<0x25A0, 0x2800..<0x2900])
    func narrowBlocks(_ values: Range<UInt32>) throws {
        for value in values {
            let grapheme = Character(try #require(Unicode.Scalar(value)))
            #expect(DisplayWidth.isNarrowAlone(grapheme))
            #expect(DisplayWidth.measured(grapheme) == 1, "U+\(String(value, radix: 16))")
        }
    }

    @Test func aCombiningMarkOrVariationSelectorAfterOneTakesTheLongWay() {
        #expect(!DisplayWidth.isNarrowAlone("e\u{301}"))
        #expect(!DisplayWidth.isNarrowAlone("\u{2500}\u{FE0F}"))
        #expect(DisplayWidth.of("\u{2500}\u{FE0F}" as Character) == 2)
    }

    @Test func printableASCIIIsLeftAsItIsAndControlsAreNot() {
        for value in UInt8(0)...0x7F {
            let text = String(UnicodeScalar(value))
            let printable = (0x20...0x7E).contains(value)
            #expect((DisplayWidth.sanitized(text) == text) == printable, "\(value)")
            if printable { #expect(DisplayWidth.of(text) == 1) }
        }
    }
}
