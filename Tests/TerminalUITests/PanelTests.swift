import Testing
import TerminalUI

@Test func panelDrawsBorderAndTruncatedTitle() {
    #expect(rendered(Panel(title: "Pipeline"), width: 12, height: 3) == [
        "┌ Pipeli… ─┐",
        "│          │",
        "└──────────┘",
    ])
}

@Test func focusedPanelShowsFocusBySymbolNotColour() {
    #expect(rendered(Panel(title: "Mix", focused: true), width: 12, height: 3) == [
        "┏ ▶ Mix ━━━┓",
        "┃          ┃",
        "┗━━━━━━━━━━┛",
    ])
    #expect(rendered(Panel(title: "Pipeline", focused: true, glyphs: .ascii), width: 14, height: 3) == [
        "# > Pipeli~ =#",
        "#            #",
        "#============#",
    ])
}

@Test func panelTitleWithEscapeSequenceIsHarmlessText() {
    let lines = rendered(Panel(title: "\u{1b}[31mRed"), width: 16, height: 3)
    #expect(lines[0] == "┌ ␛[31mRed ────┐")
    #expect(lines.allSatisfy { DisplayWidth.of($0) == 16 })
}

@Test func panelTitleWithWideCharactersKeepsColumns() {
    let buffer = renderedBuffer(Panel(title: "売上高"), width: 8, height: 2)
    #expect(buffer.lines() == ["┌ 売… ─┐", "└──────┘"])
    #expect(buffer[3, 0].isContinuation)
    #expect(buffer[7, 0].symbol == "┐")
}

@Test func panelInnerAreaIsInsideTheBorder() {
    #expect(Panel().inner(Rect(x: 2, y: 1, width: 10, height: 5)) == Rect(x: 3, y: 2, width: 8, height: 3))
    #expect(Panel().inner(Rect(x: 0, y: 0, width: 1, height: 1)).isEmpty)
}

@Test func panelOnTinyAreas() {
    for (w, h) in tinySizes { _ = rendered(Panel(title: "Title", focused: true), width: w, height: h) }
    #expect(rendered(Panel(title: "Title"), width: 2, height: 2) == ["┌┐", "└┘"])
    #expect(rendered(Panel(title: "Title"), width: 5, height: 1) == ["     "])
}

@Test func panelStylesBorderAndTitle() {
    let border = Style(foreground: .indexed(8)), title = Style(attributes: .bold)
    let buffer = renderedBuffer(Panel(title: "A", borderStyle: border, titleStyle: title), width: 8, height: 2)
    #expect(buffer[0, 0].style == border)
    #expect(buffer[2, 0].style == title)
    #expect(buffer[5, 0].style == border)
}
