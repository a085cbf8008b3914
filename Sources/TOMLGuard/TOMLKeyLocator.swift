/// Where each key path is written in a TOML text, for pointing problems at a line and column:
/// the one locator of every TOML format (scenarios, themes).
///
/// TOMLKit does not expose source positions of values, so this scans the text itself: table
/// headers set the current path (`[levers]`, the n-th `[[stages]]` → `stages[n]`), key lines add
/// `path.key` (a dotted key `push.fg` sets `push` too). Quoted keys are decoded as the parser
/// decodes them (`"\u001b"` is ESC), so a key the parser reports is found. It is a light line
/// scanner that skips multi-line strings and arrays, so their contents are never taken for keys;
/// on text that did not parse it still names the key a line sets, for syntax problems.
public struct TOMLKeyLocator: Sendable {
    private var positions: [String: TextPosition] = [:]
    /// The full path each key line sets, by 1-based line number.
    private var keysByLine: [Int: String] = [:]

    public init(text: String) {
        var scanner = ValueScanner()
        var tablePath = ""
        var arrayCounts: [String: Int] = [:]
        // Split on the scalar, not the Character: "\r\n" is one Character, which would make a
        // file with Windows line endings a single line (the "\r" left at the end is skipped).
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        Self.lineCounter?.add(lines.count)
        for (index, rawLine) in lines.enumerated() {
            let line = Array(rawLine)
            let lineNumber = index + 1
            if scanner.isInsideValue {
                scanner.scan(line, from: 0)
                continue
            }
            guard let start = line.firstIndex(where: { $0 != " " && $0 != "\t" }), line[start] != "#", line[start] != "\r" else { continue }
            let position = TextPosition(line: lineNumber, column: start + 1)
            if line[start] == "[" {
                let isArrayOfTables = start + 1 < line.count && line[start + 1] == "["
                let (parts, _) = Self.keyParts(line, from: start + (isArrayOfTables ? 2 : 1))
                let name = parts.joined(separator: ".")
                if isArrayOfTables {
                    let count = arrayCounts[name, default: 0]
                    arrayCounts[name] = count + 1
                    tablePath = "\(name)[\(count)]"
                    record(name, position)
                } else {
                    tablePath = name
                }
                record(tablePath, position)
            } else {
                let (parts, end) = Self.keyParts(line, from: start)
                var path = tablePath
                // Each enclosing key is recorded up to a depth no format reaches: a refused key
                // thousands of levels deep costs a linear scan, not a quadratic one.
                for part in parts.prefix(Self.deepestRecordedKey) {
                    path = path.isEmpty ? part : "\(path).\(part)"
                    record(path, position)
                }
                if let equals = line[end...].firstIndex(of: "=") {
                    keysByLine[lineNumber] = ((tablePath.isEmpty ? [] : [tablePath]) + parts).joined(separator: ".")
                    scanner.scan(line, from: equals + 1)
                }
            }
        }
    }

    /// Keys nest a few levels in every format; `TOMLGuard` refuses anything deeper than a few hundred.
    static let deepestRecordedKey = 1024

    /// The position of `path`, else of the nearest enclosing key or table written in the text;
    /// nil when none is.
    public func writtenPosition(of path: String) -> TextPosition? {
        var path = path
        while !path.isEmpty {
            if let position = positions[path] { return position }
            path = Self.parent(of: path)
        }
        return nil
    }

    /// `writtenPosition(of:)`, else the start of the file.
    public func position(of path: String) -> TextPosition {
        writtenPosition(of: path) ?? .start
    }

    /// The full key path that the 1-based `line` sets (`colors.good`), nil for any other line.
    public func key(onLine line: Int) -> String? {
        keysByLine[line]
    }

    /// `stages[2].conversion` → `stages[2]` → `stages` → "".
    static func parent(of path: String) -> String {
        if path.hasSuffix("]"), let open = path.lastIndex(of: "[") { return String(path[..<open]) }
        if let dot = path.lastIndex(of: ".") { return String(path[..<dot]) }
        return ""
    }

    private mutating func record(_ path: String, _ position: TextPosition) {
        if positions[path] == nil { positions[path] = position }
    }

    /// Reads a dotted key (`a.b`, `"quoted key".c`) starting at `index`; stops at `=`, `]` or the
    /// line end, and returns where it stopped.
    private static func keyParts(_ line: [Unicode.Scalar], from index: Int) -> ([String], Int) {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var i = index
        while i < line.count {
            let c = line[i]
            if c == "\"" || c == "'" {
                i += 1
                while i < line.count, line[i] != c {
                    if c == "\"", line[i] == "\\", i + 1 < line.count {
                        let (decoded, length) = escape(line, at: i + 1)
                        current.append(contentsOf: decoded)
                        i += 1 + length
                    } else {
                        current.append(line[i])
                        i += 1
                    }
                }
            } else if c == "." {
                parts.append(String(current))
                current = String.UnicodeScalarView()
            } else if c == "=" || c == "]" {
                break
            } else if c != " " && c != "\t" && c != "\r" {
                current.append(c)
            }
            i += 1
        }
        parts.append(String(current))
        return (parts, min(i, line.count))  // past the end after a quote left open
    }

    /// The scalars that the escape after a backslash at `i` stands for, and how many it takes.
    private static func escape(_ scalars: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int) {
        let simple: [Unicode.Scalar: Unicode.Scalar] = ["b": "\u{8}", "t": "\t", "n": "\n", "f": "\u{c}", "r": "\r", "\"": "\"", "\\": "\\", "e": "\u{1b}"]
        if let decoded = simple[scalars[i]] { return ([decoded], 1) }
        let digits = scalars[i] == "u" ? 4 : scalars[i] == "U" ? 8 : 0
        if digits > 0, i + digits < scalars.count,
           let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 1)...(i + digits)])), radix: 16),
           let scalar = Unicode.Scalar(value) {
            return ([scalar], 1 + digits)
        }
        return (["\\", scalars[i]], 1)
    }
}

/// Follows a TOML value across lines: open arrays, inline tables and multi-line strings.
private struct ValueScanner {
    private var depth = 0
    private var openMultiline: Unicode.Scalar?

    var isInsideValue: Bool { depth > 0 || openMultiline != nil }

    mutating func scan(_ line: [Unicode.Scalar], from start: Int) {
        var i = start
        while i < line.count {
            if let quote = openMultiline {
                if quote == "\"", line[i] == "\\" { i += 2; continue }
                if Self.isTripleQuote(line, at: i, quote) { openMultiline = nil; i += 3 } else { i += 1 }
                continue
            }
            let c = line[i]
            switch c {
            case "#": return
            case "\"", "'":
                if Self.isTripleQuote(line, at: i, c) {
                    openMultiline = c
                    i += 3
                    continue
                }
                i += 1
                while i < line.count, line[i] != c {
                    i += (c == "\"" && line[i] == "\\") ? 2 : 1
                }
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            default: break
            }
            i += 1
        }
    }

    private static func isTripleQuote(_ line: [Unicode.Scalar], at i: Int, _ quote: Unicode.Scalar) -> Bool {
        i + 2 < line.count && line[i] == quote && line[i + 1] == quote && line[i + 2] == quote
    }
}
