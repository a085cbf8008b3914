import Testing
import TerminalUI

@Test func labelAlignsWithinItsWidth() {
    #expect(rendered(Label("Revenue"), width: 10, height: 1) == ["Revenue   "])
    #expect(rendered(Label("Revenue", alignment: .right), width: 10, height: 1) == ["   Revenue"])
    #expect(rendered(Label("Revenue", alignment: .center), width: 10, height: 1) == [" Revenue  "])
}

@Test func labelTruncatesWithEllipsis() {
    #expect(rendered(Label("Horizon ARR"), width: 8, height: 1) == ["Horizon…"])
    #expect(rendered(Label("Horizon ARR", glyphs: .ascii), width: 8, height: 1) == ["Horizon~"])
    #expect(rendered(Label("Horizon ARR", alignment: .right), width: 8, height: 1) == ["Horizon…"])
    #expect(rendered(Label("AB"), width: 1, height: 1) == ["…"])
}

@Test func labelTruncationNeverSplitsAWideCharacter() {
    // "売上" is four columns; in three, only one character and the ellipsis fit.
    #expect(rendered(Label("売上"), width: 3, height: 1) == ["売…"])
    #expect(rendered(Label("a売上"), width: 3, height: 1) == ["a… "])
}

@Test func labelDrawsEscapeSequencesAsVisibleText() {
    #expect(rendered(Label("a\u{1b}[2Jb\u{7}"), width: 8, height: 1) == ["a␛[2Jb␇ "])
    #expect(rendered(Label("x\ty"), width: 4, height: 1) == ["x y "])
}

@Test func truncatedSpansKeepTheirStylesAndTheEllipsisTakesTheCutOne() {
    let bold = Style(attributes: .bold), dim = Style(attributes: .dim)
    let line = TextLine([Span("ARR ", style: bold), Span("12.5M", style: dim)])
    let buffer = renderedBuffer(Label(lines: [line]), width: 6, height: 1)
    #expect(buffer.lines() == ["ARR 1…"])
    #expect(buffer[0, 0].style == bold)
    #expect(buffer[4, 0].style == dim)
    #expect(buffer[5, 0].style == dim)
}

@Test func labelLinesBelowTheAreaAreLeftOut() {
    let label = Label(lines: [TextLine("one"), TextLine("two"), TextLine("three")])
    #expect(rendered(label, width: 5, height: 2) == ["one  ", "two  "])
    for (w, h) in tinySizes { _ = rendered(label, width: w, height: h) }
}

@Test func truncatedReportsEmptyWhenNothingFits() {
    #expect(DisplayWidth.truncated("abc", toWidth: 0, ellipsis: "…") == "")
    #expect(DisplayWidth.truncated("abc", toWidth: 3, ellipsis: "…") == "abc")
    #expect(DisplayWidth.truncated("abcd", toWidth: 1, ellipsis: "...") == "")
}
