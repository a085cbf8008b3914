/// A linear scan of TOML text before it reaches toml++ (through TOMLKit), refusing the inputs the
/// parser cannot take safely. Scenario files and theme files both use it.
///
/// - A table header starting with a character that cannot start a key (`[=]`, `[[[x]]]`, `[` then
///   a line break): toml++ asserts that a key starts there.
/// - In an array, a `}` or a non-ASCII line break (U+0085, U+2028, U+2029) where a value belongs
///   (`a = [}`, `a = [1,\u{2028}]`): toml++ asserts that a value starts there.
///
/// (A failed assert aborts the whole program in a debug build; in a release build the same check
/// is an optimiser assumption, so the behaviour is undefined.)
///
/// - Keys nested without bound, when `maximumDepth` is set: toml++ limits nested arrays and
///   inline tables (256) but not dotted keys (`a.a.a…`) or table headers (`[a.a.a…]`), and
///   recurses over the result: a key some 20 000 levels deep overflows the stack.
/// - Any array at all, when `allowsArrays` is false (for formats that have none).
///
/// It tracks only strings, comments, brackets and keys, and is deliberately generous: every other
/// syntax error is left to toml++, which reports it with its position. `[ [x]]` is left to it
/// too: toml++ reports that the brackets of `[[x]]` must be contiguous.
public enum TOMLGuard {
    public struct Options: Sendable {
        /// The deepest a key or value may nest (a dotted key, a table header, arrays and inline
        /// tables all count); nil for no limit beyond toml++'s own 256 for arrays and inline tables.
        public var maximumDepth: Int?
        public var allowsArrays: Bool

        public init(maximumDepth: Int?, allowsArrays: Bool) {
            self.maximumDepth = maximumDepth
            self.allowsArrays = allowsArrays
        }
    }

    public enum Reason: Equatable, Sendable {
        /// Keys or values nested deeper than `limit`.
        case tooDeep(limit: Int)
        /// A table header (`[` or, for an array of tables, `[[`) not followed by a name; `found` is what follows.
        case tableHeaderWithoutName(isArrayOfTables: Bool, found: String)
        /// An array where `allowsArrays` is false.
        case arrayNotAllowed
        /// In an array, `found` (a `}` or a non-ASCII line break) where a value belongs.
        case missingArrayValue(found: String)
    }

    public struct Problem: Error, Equatable, Sendable {
        public var reason: Reason
        /// Where the refused construct is: a byte offset in `text.utf8`, and its 1-based line.
        public var offset: Int
        public var line: Int
    }

    /// The first refused construct in `text`, nil when toml++ may parse it.
    public static func check(_ text: String, options: Options) -> Problem? {
        check(utf8: Array(text.utf8), options: options)
    }

    /// The same scan over the UTF-8 `bytes` of a text, indexed from 0. It reads them only through the
    /// collection, so a test can count the reads: the scan is linear, and bounded on a refused key.
    static func check<Bytes: RandomAccessCollection<UInt8>>(utf8 bytes: Bytes, options: Options) -> Problem? where Bytes.Index == Int {
        let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\")
        let newline = UInt8(ascii: "\n")
        let limit = options.maximumDepth ?? .max
        var containers: [(isTable: Bool, depth: Int)] = []
        var tableDepth = 0        // of the current [table] or [[array]] element
        var depth = 0             // of the value being read, or of the table whose key is being read
        var isReadingKey = true
        var keySegments = 1
        var isAtStatementStart = true
        var isExpectingArrayValue = false  // after an array's `[` or `,`
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func problem(_ reason: Reason) -> Problem {
            Problem(reason: reason, offset: i, line: bytes[..<i].reduce(1) { $1 == newline ? $0 + 1 : $0 })
        }
        func tooDeep() -> Problem { problem(.tooDeep(limit: limit)) }
        func isKeyStart(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), quote, apostrophe: true
            default: false
            }
        }
        /// The character at `i` if toml++ takes it for the end of a value there: `}`, U+0085, U+2028 or U+2029.
        /// (Spaces, tabs, line breaks and comments are skipped before a value; `,` and `]` are reported by toml++.)
        func valueTerminator() -> String? {
            switch bytes[i] {
            case UInt8(ascii: "}"): return "}"
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0x85: return "\u{85}"
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                return bytes[i + 2] == 0xA8 ? "\u{2028}" : "\u{2029}"
            default: return nil
            }
        }
        func skipBlanks() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
        func hasTriple(_ byte: UInt8, at index: Int) -> Bool {
            index + 2 < bytes.count && bytes[index] == byte && bytes[index + 1] == byte && bytes[index + 2] == byte
        }
        /// Moves past the string opening at `i`; an unterminated one ends at the line end (toml++ reports it).
        func skipString() {
            let delimiter = bytes[i]
            if hasTriple(delimiter, at: i) {
                i += 3
                while i < bytes.count, !hasTriple(delimiter, at: i) { i += (delimiter == quote && bytes[i] == backslash) ? 2 : 1 }
                i += 3
                // A closing delimiter may be followed by one or two more quotes that belong to the string.
                while i < bytes.count, bytes[i] == delimiter { i += 1 }
                return
            }
            i += 1
            while i < bytes.count, bytes[i] != delimiter, bytes[i] != newline { i += (delimiter == quote && bytes[i] == backslash) ? 2 : 1 }
            if i < bytes.count, bytes[i] == delimiter { i += 1 }
        }

        while i < bytes.count {
            let byte = bytes[i]
            let wasAtStatementStart = isAtStatementStart
            if byte != 0x20, byte != 0x09, byte != 0x0D { isAtStatementStart = false }
            let wasExpectingArrayValue = isExpectingArrayValue
            if isExpectingArrayValue {
                switch byte {
                case 0x20, 0x09, newline, UInt8(ascii: "#"): break
                case 0x0D where i + 1 < bytes.count && bytes[i + 1] == newline: break
                default:
                    if let found = valueTerminator() { return problem(.missingArrayValue(found: found)) }
                    isExpectingArrayValue = false
                }
            }
            switch byte {
            case quote, apostrophe:
                skipString()
                continue
            case UInt8(ascii: "#"):
                while i < bytes.count, bytes[i] != newline { i += 1 }
                continue
            case newline where containers.isEmpty:
                isAtStatementStart = true
                depth = tableDepth
                isReadingKey = true
                keySegments = 1
            case UInt8(ascii: ".") where isReadingKey:
                keySegments += 1
                if depth + keySegments > limit { return tooDeep() }
            case UInt8(ascii: "=") where isReadingKey:
                depth += keySegments
                isReadingKey = false
            case UInt8(ascii: "[") where containers.isEmpty && wasAtStatementStart:
                // A table header: its first character must be able to start a key.
                i += 1
                let isArray = i < bytes.count && bytes[i] == UInt8(ascii: "[")
                if isArray { i += 1 }
                let hadBlank = i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09)
                skipBlanks()
                if i < bytes.count, bytes[i] != UInt8(ascii: "]"), !isKeyStart(bytes[i]), !(bytes[i] == UInt8(ascii: "[") && hadBlank && !isArray) {
                    let shown = String(decoding: bytes[i..<min(bytes.count, i + 4)], as: UTF8.self).prefix(1)
                    return problem(.tableHeaderWithoutName(isArrayOfTables: isArray, found: String(shown)))
                }
                tableDepth = isArray ? 2 : 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "]"), bytes[i] != newline {
                    if bytes[i] == quote || bytes[i] == apostrophe { skipString(); continue }
                    if bytes[i] == UInt8(ascii: ".") {
                        tableDepth += 1
                        if tableDepth > limit { return tooDeep() }
                    }
                    i += 1
                }
                depth = tableDepth
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                let isTable = byte == UInt8(ascii: "{")
                if !isTable, !options.allowsArrays { return problem(.arrayNotAllowed) }
                containers.append((isTable, depth))
                depth += 1
                if depth > limit { return tooDeep() }
                isReadingKey = isTable
                isExpectingArrayValue = !isTable
                keySegments = 1
                if isReadingKey { depth -= 1 }  // the keys of an inline table count their own levels
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let container = containers.popLast() { depth = container.depth }
                isReadingKey = false
            case UInt8(ascii: ","):
                if let container = containers.last {
                    depth = container.depth + (container.isTable ? 0 : 1)
                    isReadingKey = container.isTable
                    // `[,` and `[1,,` are reported by toml++ at the second comma.
                    isExpectingArrayValue = !container.isTable && !wasExpectingArrayValue
                    keySegments = 1
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
