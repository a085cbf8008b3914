import Foundation

/// Finds the file's date format from its data: the first year-first date says ISO; for year-last
/// dates the first day above 12 settles the order. Reading stops there, so for ISO files this is
/// one row; a file where no date settles the order is refused rather than guessed.
func detectDateFormat(stream: InputStream, columns: ColumnMapping) throws -> DateFormat {
    var reader = CSVRecordReader(stream: stream)
    guard try reader.readRecord() else { return .iso }  // header
    var firstUnsettled: (text: String, line: Int)?
    let dateColumns = [CRMField.engageDate, .closeDate].compactMap { columns[$0] }
    while try reader.readRecord() {
        for column in dateColumns {
            let bytes = reader.record.field(column).trimmingSpaces()
            guard let date = DateText(bytes) else { continue }
            if let format = date.settledFormat { return format }
            if firstUnsettled == nil { firstUnsettled = (String(decoding: bytes, as: UTF8.self), reader.record.line) }
        }
    }
    if let firstUnsettled { throw CRMImportError.ambiguousDates(example: firstUnsettled.text, line: firstUnsettled.line) }
    return .iso
}
