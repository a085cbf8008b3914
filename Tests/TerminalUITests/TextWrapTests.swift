import TerminalUI
import Testing

@Suite("Text wrap")
struct TextWrapTests {
    @Test func breaksAtSpacesAndSplitsAWordLongerThanALine() {
        #expect(TextWrap.lines("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("", width: 4) == [""])
    }

    @Test func countsWideCharactersByTheirColumns() {
        #expect(TextWrap.lines("日本語 ab", width: 6) == ["日本語", "ab"])
        for line in TextWrap.lines("日本語日本語", width: 5) { #expect(DisplayWidth.of(line) <= 5) }
    }
}
