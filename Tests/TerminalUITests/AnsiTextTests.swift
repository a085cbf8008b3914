import Testing
@testable import TerminalUI

@Suite("ANSI text")
struct AnsiTextTests {
    @Test("Styles become SGR codes, changed only where the style changes, reset at each line end")
    func codesFollowStyles() {
        var buffer = Buffer(size: Size(width: 4, height: 2))
        buffer.write("ab", x: 0, y: 0, style: Style(foreground: .indexed(1), attributes: [.bold]))
        buffer.write("c", x: 2, y: 0, style: Style(foreground: .indexed(12), background: .indexed(200)))
        buffer.write("d", x: 0, y: 1, style: Style(foreground: .rgb(1, 2, 3), attributes: [.reverse, .underline]))
        let lines = AnsiText.render(buffer).split(separator: "\n").map(String.init)
        #expect(lines[0] == "\u{1b}[0;1;31mab\u{1b}[0;94;48;5;200mc\u{1b}[0m \u{1b}[0m")
        #expect(lines[1] == "\u{1b}[0;4;7;38;2;1;2;3md\u{1b}[0m   \u{1b}[0m")
    }

    @Test("Escape sequences written into the buffer come out as harmless text")
    func noForeignEscapes() {
        var buffer = Buffer(size: Size(width: 20, height: 1))
        buffer.write("\u{1b}]0;pwned\u{07}\u{1b}[2J", x: 0, y: 0)
        let text = AnsiText.render(buffer)
        // The only ESC bytes are our own SGR codes: each is followed by "[0".
        let escapes = text.split(separator: "\u{1b}", omittingEmptySubsequences: false).dropFirst()
        #expect(escapes.allSatisfy { $0.hasPrefix("[0") })
        #expect(text.contains("␛]0;pwned␇␛[2J"))
    }

    @Test("Wide characters are written once")
    func wideCharacters() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.write("日本", x: 0, y: 0)
        #expect(AnsiText.render(buffer) == "\u{1b}[0m日本\u{1b}[0m\n")
    }
}
