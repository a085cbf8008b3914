import Testing
import TerminalUI

let stageColumns = [Table.Column("Stage", width: 6), Table.Column("Won", width: 4, alignment: .right)]
let stageRows = [["Inquiry", "12"], ["MQL", "3"]]

@Test func tableAlignsNumbersRightAndTruncatesText() {
    #expect(rendered(Table(columns: stageColumns, rows: stageRows), width: 11, height: 3) == [
        "Stage   Won",
        "Inqui…   12",
        "MQL       3",
    ])
}

@Test func selectedRowIsMarkedInTheGutter() {
    let table = Table(columns: stageColumns, rows: stageRows, selectedRow: 1)
    let buffer = renderedBuffer(table, width: 13, height: 3)
    #expect(buffer.lines() == [
        "  Stage   Won",
        "  Inqui…   12",
        "▶ MQL       3",
    ])
    #expect(buffer[12, 2].style.attributes.contains(.reverse))
    #expect(!buffer[12, 1].style.attributes.contains(.reverse))
}

@Test func tableClipsColumnsAndRowsToTheArea() {
    #expect(rendered(Table(columns: stageColumns, rows: stageRows), width: 9, height: 2) == [
        "Stage  W…",
        "Inqui… 12",
    ])
    for (w, h) in tinySizes { _ = rendered(Table(columns: stageColumns, rows: stageRows, selectedRow: 0), width: w, height: h) }
}
