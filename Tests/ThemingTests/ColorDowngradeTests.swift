import Testing
import TerminalUI
@testable import Theming

@Test func pureRedAtEveryDepth() {
    let red = Color.rgb(255, 0, 0)
    #expect(red.downgraded(to: .trueColor) == red)
    #expect(red.downgraded(to: .c256) == .indexed(196))
    #expect(red.downgraded(to: .c16) == .indexed(9))
    #expect(red.downgraded(to: .c8) == .indexed(1))
    #expect(red.downgraded(to: .none) == .terminalDefault)
}

@Test func knownMappingsTo256() {
    #expect(Color.rgb(0x80, 0x80, 0x80).downgraded(to: .c256) == .indexed(244)) // a grey goes to the grey ramp
    #expect(Color.rgb(0xe6, 0x9f, 0x00).downgraded(to: .c256) == .indexed(178)) // push orange → (215,175,0)
    #expect(Color.rgb(0x00, 0x72, 0xb2).downgraded(to: .c256) == .indexed(25))  // pull blue → (0,95,175)
    #expect(Color.indexed(42).downgraded(to: .c256) == .indexed(42))
}

@Test func everyCubeAndGreyIndexMapsBackToItself() {
    for index in UInt8(16)...255 {
        let (r, g, b) = XtermPalette.rgb(ofIndex: index)
        #expect(Color.rgb(UInt8(r), UInt8(g), UInt8(b)).downgraded(to: .c256) == .indexed(index))
    }
}

@Test func indexedColoursFallToTheBasicOnes() {
    #expect(Color.indexed(196).downgraded(to: .c16) == .indexed(9))
    #expect(Color.indexed(3).downgraded(to: .c16) == .indexed(3))
    #expect(Color.indexed(9).downgraded(to: .c8) == .indexed(1))
    #expect(Color.indexed(8).downgraded(to: .c8) == .indexed(7))  // a grey stays a grey, not yellow
    #expect(Color.rgb(0x5f, 0x5f, 0x5f).downgraded(to: .c16) == .indexed(8))
    #expect(Color.rgb(0x20, 0x20, 0x20).downgraded(to: .c16) == .indexed(0))
    for index in UInt8(0)...255 {
        guard case .indexed(let basic) = Color.indexed(index).downgraded(to: .c8) else { Issue.record("\(index)"); continue }
        #expect(basic < 8)
    }
}

@Test func defaultColourIsKeptAtEveryDepth() {
    for depth in ColorDepth.allCases { #expect(Color.terminalDefault.downgraded(to: depth) == .terminalDefault) }
}

@Test func styleKeepsAttributesAndTextStaysVisible() {
    let distinct = Style(foreground: .rgb(255, 0, 0), background: .rgb(200, 0, 0), attributes: .bold)
    #expect(distinct.downgraded(to: .c256) == Style(foreground: .indexed(196), background: .indexed(160), attributes: .bold))
    // Two reds that land on the same colour: the background goes so the text is not hidden.
    let close = Style(foreground: .rgb(255, 0, 0), background: .rgb(238, 0, 0), attributes: .bold)
    #expect(close.downgraded(to: .c256) == Style(foreground: .indexed(196), attributes: .bold))
    #expect(close.downgraded(to: .c16) == Style(foreground: .indexed(9), attributes: .bold))
    #expect(close.downgraded(to: .none) == Style(attributes: .bold))
}
