import Testing
import TerminalUI

@Test func writeKeepsWideCharactersWholeAtTheEdge() {
    var buffer = Buffer(size: Size(width: 5, height: 1))
    #expect(buffer.write("ab売上", x: 0, y: 0) == 4)
    #expect(buffer.lines() == ["ab売 "])
    #expect(buffer[3, 0].isContinuation)
}

@Test func writeTurnsControlCharactersIntoVisibleText() {
    var buffer = Buffer(size: Size(width: 8, height: 1))
    buffer.write("\u{1b}[31mX\u{9b}", x: 0, y: 0)
    #expect(buffer.lines() == ["␛[31mX� "])
}

@Test func writeOutsideTheBufferIsIgnored() {
    var buffer = Buffer(size: Size(width: 3, height: 2))
    #expect(buffer.write("abc", x: 0, y: 2) == 0)
    #expect(buffer.write("abc", x: 0, y: -1) == 0)
    buffer.write("abcdef", x: 1, y: 1)
    #expect(buffer.lines() == ["   ", " ab"])
}

@Test func combiningMarksJoinThePreviousCell() {
    var buffer = Buffer(size: Size(width: 3, height: 1))
    buffer.write("e\u{301}x", x: 0, y: 0)
    #expect(buffer.lines() == ["e\u{301}x "])
    #expect(DisplayWidth.of("e\u{301}x") == 2)
}

@Test func paintBackgroundFillsOnlyWhatHasNoColourOfItsOwn() {
    let canvas = Style(foreground: .rgb(255, 255, 255), background: .rgb(0, 0, 0))
    let alert = Style(foreground: .rgb(255, 255, 255), background: .rgb(215, 0, 0))
    var buffer = Buffer(size: Size(width: 3, height: 1))
    buffer.write("a", x: 0, y: 0, style: Style(foreground: .rgb(255, 175, 0)))
    buffer.write("!", x: 1, y: 0, style: alert)
    buffer.paintBackground(canvas)
    #expect(buffer[0, 0].style == Style(foreground: .rgb(255, 175, 0), background: .rgb(0, 0, 0)), "its own foreground stays")
    #expect(buffer[1, 0].style == alert, "its own background stays")
    #expect(buffer[2, 0].style == canvas, "a plain cell takes the canvas")

    var untouched = Buffer(size: Size(width: 2, height: 1))
    untouched.paintBackground(Style(foreground: .rgb(1, 2, 3)))
    #expect(untouched == Buffer(size: Size(width: 2, height: 1)), "a theme without a background paints nothing")
}

@Test("Emoji shown as pictures and flags take two columns, as terminals draw them", arguments: [
    ("🚀", 2), ("🛻", 2), ("🚗", 2), ("⌚", 2), ("🇫🇷", 2), ("👩‍💻", 2), ("❤️", 2),
    ("🇫", 1), ("▶", 1), ("✓", 1), ("a", 1),
])
func emojiWidths(grapheme: String, columns: Int) {
    #expect(DisplayWidth.of(Character(grapheme)) == columns)
}

@Test func aLineWithARocketFitsItsWidth() {
    var buffer = Buffer(size: Size(width: 5, height: 1))
    #expect(buffer.write("a🚀b🇫🇷", x: 0, y: 0) == 4)
    #expect(buffer.lines() == ["a🚀b "])
    #expect(DisplayWidth.of("a🚀b🇫🇷") == 6)
}
