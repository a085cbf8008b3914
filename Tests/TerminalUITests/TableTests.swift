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

@Test func tableClipsColumnsAndRowsToTheArea() {
    #expect(rendered(Table(columns: stageColumns, rows: stageRows), width: 9, height: 2) == [
        "Stage  W…",
        "Inqui… 12",
    ])
    for (w, h) in tinySizes { _ = rendered(Table(columns: stageColumns, rows: stageRows), width: w, height: h) }
}
