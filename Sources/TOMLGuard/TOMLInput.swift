import Foundation
import TOMLKit

/// The one way TOML files come in, for every format that has them (scenarios, themes): a bounded
/// read of a regular file, strict UTF-8, no NUL, the `TOMLGuard` scan, then toml++ (TOMLKit).
/// Each format words the problems with its own name (`fileKind`: "scenario file", "theme file").
public enum TOMLInput {
    /// Why a TOML text cannot be taken in; `position` is nil when it concerns the whole file.
    public struct Problem: Error, Equatable, Sendable {
        public enum Reason: Equatable, Sendable {
            /// The file cannot be opened or read; `systemErrorNumber` is the `errno` when there is one.
            case unreadable(reason: String, systemErrorNumber: Int32?)
            case tooLarge(limit: Int)
            case invalidUTF8
            case nul
            /// Refused by `TOMLGuard` before parsing.
            case refused(TOMLGuard.Reason)
            /// A syntax error, in toml++'s words.
            case syntax(String)
        }

        public var reason: Reason
        public var position: TextPosition?

        public init(reason: Reason, position: TextPosition? = nil) {
            self.reason = reason
            self.position = position
        }

        /// The problem in words; `fileKind` names the format, as in "not a scenario file".
        public func message(fileKind: String) -> String {
            switch reason {
            case .unreadable(let reason, _): "cannot read the file: \(reason)"
            case .tooLarge(let limit): "larger than \(limit / 1024) KiB: not a \(fileKind)"
            case .invalidUTF8: "not valid UTF-8 text: save the file as UTF-8"
            case .nul: "contains a NUL character: not a text file"
            case .refused(.tooDeep(let limit)): "keys or values nested more than \(limit) levels deep: not a \(fileKind)"
            case .refused(.tableHeaderWithoutName(let isArrayOfTables, let found)):
                "TOML syntax: expected a table name after '\(isArrayOfTables ? "[[" : "[")', saw '\(found)'"
            case .refused(.missingArrayValue(let found)): "TOML syntax: expected a value or ']' in the array, saw '\(found)'"
            case .refused(.arrayNotAllowed): "TOML syntax: arrays are not allowed here"
            case .syntax(let description): "TOML syntax: \(description)"
            }
        }
    }

    /// The text of the regular file at `path`, reading at most one byte past `maximumSize`, so a
    /// huge file is never loaded whole (and a pipe or a device, which might never end, not at all).
    public static func read(path: String, maximumSize: Int) throws(Problem) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { throw unreadable(errno) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw unreadable(EISDIR)
        default: throw Problem(reason: .unreadable(reason: "not a regular file", systemErrorNumber: nil))
        }
        let bytes: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            bytes = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw unreadable(systemErrorNumber(of: error) ?? EIO)
        }
        guard bytes.count <= maximumSize else { throw Problem(reason: .tooLarge(limit: maximumSize)) }
        return try decodeUTF8(bytes)
    }

    /// `text` parsed, once it passed every check; `guardOptions` are the format's limits for `TOMLGuard`.
    public static func parse(_ text: String, maximumSize: Int, guardOptions: TOMLGuard.Options) throws(Problem) -> TOMLTable {
        guard text.utf8.count <= maximumSize else { throw Problem(reason: .tooLarge(limit: maximumSize)) }
        // TOMLKit hands the text to C as a NUL-terminated string: a NUL would silently cut it short.
        if let nul = text.utf8.firstIndex(of: 0) {
            throw Problem(reason: .nul, position: TextPosition(utf8Offset: text.utf8.distance(from: text.utf8.startIndex, to: nul), in: text))
        }
        if let refused = TOMLGuard.check(text, options: guardOptions) {
            throw Problem(reason: .refused(refused.reason), position: TextPosition(utf8Offset: refused.offset, in: text))
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(reason: .syntax(error.description),
                          position: TextPosition(line: error.source.begin.line, column: error.source.begin.column))
        } catch {
            throw Problem(reason: .syntax("\(error)"))
        }
    }

    /// Strict UTF-8: the first invalid byte is reported where it is, rather than replaced.
    private static func decodeUTF8(_ bytes: Data) throws(Problem) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var position = TextPosition.start
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { position = TextPosition(line: position.line + 1, column: 1) } else { position.column += 1 }
        }
        throw Problem(reason: .invalidUTF8, position: position)
    }

    /// "No such file or directory" rather than Foundation's long NSError text.
    private static func unreadable(_ number: Int32) -> Problem {
        Problem(reason: .unreadable(reason: String(cString: strerror(number)), systemErrorNumber: number))
    }

    /// The `errno` behind a Foundation file error, which holds it directly or as its underlying error.
    private static func systemErrorNumber(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        guard let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain else { return nil }
        return Int32(posix.code)
    }
}
