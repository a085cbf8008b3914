import Foundation

/// A streaming RFC 4180 reader over bytes: quoted fields (with `""` escapes, commas and newlines
/// inside), LF, CRLF or CR line ends, a UTF-8 byte-order mark, and a size limit per record so that
/// an unclosed quote or a binary file cannot make memory grow with the file.
///
/// Why not the CSV.swift package: it decodes one Unicode scalar at a time through several
/// iterator classes and took 10 s for a million rows (the import must take under 3 s), and it
/// reports a read error at every end of file.
struct CSVRecordReader {
    static let defaultMaxRecordBytes = 8 << 20

    private let stream: InputStream
    private let maxRecordBytes: Int
    private var chunk: [UInt8]
    private var chunkCount = 0
    private var position = 0
    private var line = 1
    private var isAtStartOfInput = true
    private(set) var record = CSVRecord()

    init(stream: InputStream, maxRecordBytes: Int = defaultMaxRecordBytes, chunkSize: Int = 1 << 18) {
        self.stream = stream
        self.maxRecordBytes = maxRecordBytes
        chunk = [UInt8](repeating: 0, count: chunkSize)
        if stream.streamStatus == .notOpen { stream.open() }
    }

    /// Reads the next record into `record`; false at the end of the input.
    mutating func readRecord() throws -> Bool {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        record.start(line: line)
        var sawAnyByte = false
        var inQuotes = false
        var fieldWasQuoted = false
        while let byte = try nextByte() {
            sawAnyByte = true
            if inQuotes {
                if byte == quote {
                    if try peekByte() == quote {
                        position += 1
                        try append(quote)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf { line += 1 }
                    try append(byte)
                }
                continue
            }
            switch byte {
            case comma:
                record.endField()
                fieldWasQuoted = false
            case lf:
                line += 1
                record.endField()
                return true
            case cr:
                if try peekByte() == lf { position += 1 }
                line += 1
                record.endField()
                return true
            case quote where record.currentFieldLength == 0 && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            default:
                // A quote inside an unquoted field is kept as text, as spreadsheets do.
                try append(byte)
            }
        }
        guard sawAnyByte else { return false }
        if inQuotes { throw CRMImportError.unclosedQuote(line: record.line) }
        record.endField()
        return true
    }

    private mutating func append(_ byte: UInt8) throws {
        guard record.bytes.count < maxRecordBytes else {
            throw CRMImportError.recordTooLong(line: record.line, limitBytes: maxRecordBytes)
        }
        record.append(byte)
    }

    @inline(__always)
    private mutating func nextByte() throws -> UInt8? {
        if position == chunkCount, try !refill() { return nil }
        defer { position += 1 }
        return chunk[position]
    }

    @inline(__always)
    private mutating func peekByte() throws -> UInt8? {
        if position == chunkCount, try !refill() { return nil }
        return chunk[position]
    }

    private mutating func refill() throws -> Bool {
        let count = chunk.withUnsafeMutableBufferPointer { stream.read($0.baseAddress!, maxLength: $0.count) }
        if count < 0 {
            throw CRMImportError.cannotRead(reason: stream.streamError?.localizedDescription ?? "read failed")
        }
        chunkCount = count
        position = 0
        if isAtStartOfInput {
            isAtStartOfInput = false
            if count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
                position = 3
                if count == 3 { return try refill() }
            }
        }
        return count > 0
    }
}
