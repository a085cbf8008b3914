import TerminalUI
import Testing

@Test func colorFGBGNamesTheBackgroundLast() {
    #expect(TerminalBackground(colorFGBG: "15;0") == .dark)
    #expect(TerminalBackground(colorFGBG: "0;15") == .light)
    #expect(TerminalBackground(colorFGBG: "0;default;7") == .light)
    #expect(TerminalBackground(colorFGBG: "7;8") == .dark)
    #expect(TerminalBackground(colorFGBG: "default") == nil)
    #expect(TerminalBackground(colorFGBG: nil) == nil)
}

@Test func osc11AnswersInEveryWidth() {
    #expect(TerminalBackground(osc11Reply: "\u{1b}]11;rgb:ffff/ffff/ffff\u{07}") == .light)
    #expect(TerminalBackground(osc11Reply: "\u{1b}]11;rgb:0000/0000/0000\u{1b}\\\u{1b}[?62;c") == .dark)
    #expect(TerminalBackground(osc11Reply: "\u{1b}]11;rgb:fd/f6/e3\u{07}") == .light)   // Solarized light, 2 digits
    #expect(TerminalBackground(osc11Reply: "\u{1b}]11;rgb:2/3/3\u{07}") == .dark)
    #expect(TerminalBackground(osc11Reply: "\u{1b}[?62;c") == nil)                       // no OSC 11 answer
    #expect(TerminalBackground(osc11Reply: "\u{1b}]11;rgb:zz/00/00\u{07}") == nil)
}
