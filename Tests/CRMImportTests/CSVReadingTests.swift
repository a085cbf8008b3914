import Foundation
import Testing
@testable import CRMImport

@Suite struct CSVReadingTests {
    private func records(_ text: String, maxRecordBytes: Int = 1 << 20) throws -> [(line: Int, fields: [String])] {
        var reader = CSVRecordReader(stream: InputStream(data: Data(text.utf8)), maxRecordBytes: maxRecordBytes, chunkSize: 7)
        var result: [(Int, [String])] = []
        while try reader.readRecord() {
            result.append((reader.record.line, (0..<reader.record.fieldCount).map { String(decoding: reader.record.field($0), as: UTF8.self) }))
        }
        return result
    }

    @Test func quotedFieldsKeepCommasNewlinesAndQuotes() throws {
        let rows = try records("a,b,c\n\"Smith, Ann\",\"two\nlines\",\"say \"\"hi\"\"\"\nx,,z\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["Smith, Ann", "two\nlines", "say \"hi\""], ["x", "", "z"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func crlfAndLoneCRAndMissingFinalNewline() throws {
        let rows = try records("a,b\r\n1,2\r\n\"3\r\n4\",5\r6,7")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3\r\n4", "5"], ["6", "7"]])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let rows = try records("\u{FEFF}id,stage\n1,Won\n")
        #expect(rows.first?.fields == ["id", "stage"])
    }

    @Test func emptyCellsAndBlankLines() throws {
        let rows = try records("a,b,c\n,,\n\n1,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["", "", ""], [""], ["1", "", ""]])
    }

    @Test func unclosedQuoteNamesItsLine() throws {
        #expect(throws: CRMImportError.unclosedQuote(line: 2)) { try records("a,b\n\"open,2\n3,4\n") }
    }

    @Test func hugeFieldStopsAtTheLimitInsteadOfGrowing() throws {
        let huge = "a,b\n1," + String(repeating: "x", count: 5000) + "\n"
        #expect(throws: CRMImportError.recordTooLong(line: 2, limitBytes: 1000)) { try records(huge, maxRecordBytes: 1000) }
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var bytes = Array("\(mavenHeader)\n1,".utf8)
        bytes += [0xC3, 0x28, 0xFF]  // an invalid two-byte sequence and a byte that is never UTF-8
        bytes += Array(",P,Acme,Won,2024-01-01,2024-01-31,100\n".utf8)
        let calibration = try importCSV(bytes: bytes)
        #expect(calibration.rows.used == 1)
        #expect(calibration.won == 1)
    }
}

@Suite struct NotACSVTests {
    @Test func emptyFile() {
        #expect(throws: CRMImportError.notCSV(reason: "the file is empty")) { try importCSV("") }
    }

    @Test func binaryData() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: CRMImportError.notCSV(reason: "the first line holds binary data")) {
            try importCSV(bytes: Array(png[8...]) + png)
        }
        #expect { try importCSV(bytes: png) } throws: { error in
            guard case CRMImportError.notCSV = error else { return false }
            return true
        }
    }

    @Test func singleColumnTextWithoutAnyField() {
        #expect { try importCSV("hello world\nthis is a note\n") } throws: { error in
            guard case CRMImportError.notCSV(let reason) = error else { return false }
            return reason.contains("no known column") && reason.contains("hello world")
        }
    }

    @Test func firstLineLongerThanTheLimitIsNotAHeader() {
        let noNewline = String(repeating: "z", count: CSVRecordReader.defaultMaxRecordBytes + 1)
        #expect(throws: CRMImportError.notCSV(reason: "the first line is not a header row")) { try importCSV(noNewline) }
    }

    @Test func missingFileAndDirectory() {
        #expect(throws: CRMImportError.cannotOpen(path: "/nonexistent/x.csv", reason: "no such file")) {
            try Calibration(csvFileAt: "/nonexistent/x.csv")
        }
        #expect(throws: CRMImportError.cannotOpen(path: "/tmp", reason: "it is a directory")) {
            try Calibration(csvFileAt: "/tmp")
        }
    }
}
