import Testing
@testable import Theming

@Test func noColorWinsOverEverythingWhenSet() {
    #expect(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], terminalColors: 256) == .none)
    #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], terminalColors: 256) == .c256)
}

@Test func colortermAsksForTrueColour() {
    #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 256) == .trueColor)
    #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], terminalColors: 8) == .trueColor)
    #expect(ColorDepth.detect(environment: ["COLORTERM": "yes"], terminalColors: 256) == .c256)
    #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 0) == .none)
}

@Test func terminalColourCountSetsTheDepth() {
    let depths = [-1, 0, 2, 8, 15, 16, 88, 256, 16_777_216].map { ColorDepth.detect(environment: [:], terminalColors: $0) }
    // A direct-colour terminfo entry (xterm-direct) means 24-bit without COLORTERM.
    #expect(depths == [.none, .none, .none, .c8, .c8, .c16, .c16, .c256, .trueColor])
}

@Test func depthsHaveCommandLineSpellings() {
    #expect(ColorDepth.allCases.map(\.rawValue) == ["truecolor", "256", "16", "8", "none"])
    #expect(ColorDepth(rawValue: "16") == .c16)
}
