/// One CSV record as raw bytes: the fields of a row, kept in one reusable buffer
/// so that reading a million rows allocates nothing per row.
struct CSVRecord {
    /// Physical line (1-based) where the record starts; a quoted newline makes a record span lines.
    private(set) var line = 0
    private(set) var bytes: [UInt8] = []
    /// End offset in `bytes` of each finished field.
    private var fieldEnds: [Int] = []

    var fieldCount: Int { fieldEnds.count }

    /// Bytes of field `index`, empty when the row is shorter than the header.
    func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < fieldEnds.count else { return [] }
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return bytes[start..<fieldEnds[index]]
    }

    /// Field `index` as text; invalid UTF-8 becomes U+FFFD rather than failing.
    func string(_ index: Int) -> String {
        String(decoding: field(index).trimmingSpaces(), as: UTF8.self)
    }

    /// A line with nothing on it: not a row.
    var isBlank: Bool { fieldEnds.count == 1 && bytes.isEmpty }

    var currentFieldLength: Int { bytes.count - (fieldEnds.last ?? 0) }

    mutating func start(line: Int) {
        self.line = line
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func endField() { fieldEnds.append(bytes.count) }
}

extension ArraySlice<UInt8> {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> ArraySlice<UInt8> {
        var slice = self
        while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
        return slice
    }
}
