import Foundation
import PushPullModel
import TOMLGuard
import TOMLKit

/// Reads scenario files (see `examples/example.toml` for the format) and reports every problem
/// with its file, line, column and key.
public enum ScenarioReader {
    /// Scenarios are a few kilobytes; anything past this is not one, and is refused before parsing.
    public static let maximumFileSize = 1 << 20

    public static func read(path: String) throws(ScenarioFileError) -> Scenario {
        try parse(text: loadText(path: path), fileName: path)
    }

    /// `fileName` is only used to name the file in problems.
    public static func parse(text: String, fileName: String) throws(ScenarioFileError) -> Scenario {
        let fail = { ScenarioFileError(file: fileName, position: $0, message: $1) }
        guard text.utf8.count <= maximumFileSize else { throw fail(nil, tooLarge) }
        // TOMLKit hands the text to C as a NUL-terminated string: a NUL would silently cut it short.
        if let nul = text.unicodeScalars.firstIndex(of: "\0") {
            throw fail(position(ofScalarAt: nul, in: text), "contains a NUL character: this is not a text file")
        }
        // A scenario nests two levels: the depth limit is far above that.
        if let problem = TOMLGuard.check(text, options: .init(maximumDepth: 64, allowsArrays: true)) {
            throw fail(position(ofUTF8Offset: problem.offset, in: text), message(for: problem.reason))
        }
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw fail(TextPosition(line: error.source.begin.line, column: error.source.begin.column), "TOML syntax: \(error.description)")
        } catch {
            throw fail(nil, "TOML syntax: \(error)")
        }
        var decoding = ScenarioDecoding(fileName: fileName, locator: KeyLocator(text: text))
        if let scenario = decoding.decode(document) {
            decoding.reportValidationIssues(of: scenario)
            if decoding.problems.isEmpty { return scenario }
        }
        let ordered = decoding.problems.enumerated().sorted { a, b in
            (a.element.position ?? .start, a.offset) < (b.element.position ?? .start, b.offset)
        }
        throw ScenarioFileError(problems: ordered.map(\.element))
    }

    private static func message(for reason: TOMLGuard.Reason) -> String {
        switch reason {
        case .tooDeep(let limit):
            "keys or values nested more than \(limit) levels deep: not a scenario file"
        case .tableHeaderWithoutName(let isArrayOfTables, let found):
            "TOML syntax: expected a table name after '\(isArrayOfTables ? "[[" : "[")', saw '\(found)'"
        case .missingArrayValue(let found):
            "TOML syntax: expected a value or ']' in the array, saw '\(found)'"
        case .arrayNotAllowed:
            "TOML syntax: arrays are not allowed here"
        }
    }

    private static var tooLarge: String { "larger than \(maximumFileSize / 1024) KiB: not a scenario file" }

    /// Reads at most one byte past the limit, so a huge file is never loaded whole.
    private static func loadText(path: String) throws(ScenarioFileError) -> String {
        let fail = { ScenarioFileError(file: path, position: $0, message: $1) }
        let bytes: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            bytes = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            var failure = fail(nil, "cannot read the file: \(describe(error))")
            failure.systemErrorNumber = systemErrorNumber(of: error) ?? EIO
            throw failure
        }
        guard bytes.count <= maximumFileSize else { throw fail(nil, tooLarge) }
        return try decodeUTF8(bytes, fail: fail)
    }

    /// Strict UTF-8: the first invalid byte is reported where it is, rather than replaced.
    private static func decodeUTF8(_ bytes: Data, fail: (TextPosition?, String) -> ScenarioFileError) throws(ScenarioFileError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        throw fail(TextPosition(line: line, column: column), "not valid UTF-8 text: save the file as UTF-8")
    }

    private static func position(ofScalarAt index: String.UnicodeScalarView.Index, in text: String) -> TextPosition {
        var position = TextPosition.start
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { position = TextPosition(line: position.line + 1, column: 1) } else { position.column += 1 }
        }
        return position
    }

    private static func position(ofUTF8Offset offset: Int, in text: String) -> TextPosition {
        var position = TextPosition.start
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                position = TextPosition(line: position.line + 1, column: 1)
            } else if byte & 0xC0 != 0x80 {
                position.column += 1  // the first byte of a scalar
            }
        }
        return position
    }

    /// "No such file or directory" rather than Foundation's long NSError text.
    private static func describe(_ error: any Error) -> String {
        systemErrorNumber(of: error).map { String(cString: strerror($0)) } ?? error.localizedDescription
    }

    /// The `errno` behind a Foundation file error, which holds it directly or as its underlying error.
    private static func systemErrorNumber(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        guard let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain else { return nil }
        return Int32(posix.code)
    }
}
