import TOMLGuard
/// Where each key path is written in a TOML text, for pointing errors at a line and column.
///
/// TOMLKit does not expose source positions of values, so this scans the text itself: table
/// headers set the current path (`[levers]`, the n-th `[[stages]]` → `stages[n]`), key lines add
/// `path.key`. It runs only on text that already parsed, so it can stay a light line scanner;
/// it skips multi-line strings and arrays so their contents are never taken for keys.
struct KeyLocator {
    private var positions: [String: TextPosition] = [:]

    init(text: String) {
        var scanner = ValueScanner()
        var tablePath = ""
        var arrayCounts: [String: Int] = [:]
        // Split on the scalar, not the Character: "\r\n" is one Character, which would make a
        // file with Windows line endings a single line (the "\r" left at the end is skipped).
        for (index, rawLine) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
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
                for part in parts {
                    path = path.isEmpty ? part : "\(path).\(part)"
                    record(path, position)
                }
                if let equals = line[end...].firstIndex(of: "=") { scanner.scan(line, from: equals + 1) }
            }
        }
    }

    /// The position of `path`, else of the nearest enclosing key or table written in the text,
    /// else the start of the file.
    func position(of path: String) -> TextPosition {
        var path = path
        while !path.isEmpty {
            if let position = positions[path] { return position }
            path = Self.parent(of: path)
        }
        return .start
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

    /// Reads a dotted key (`a.b`, `"quoted key".c`) starting at `index`; stops at `=`, `]` or the line end.
    private static func keyParts(_ line: [Unicode.Scalar], from index: Int) -> ([String], Int) {
        var parts: [String] = []
        var current = ""
        var i = index
        while i < line.count {
            let c = line[i]
            if c == "\"" || c == "'" {
                i += 1
                while i < line.count, line[i] != c {
                    if c == "\"", line[i] == "\\", i + 1 < line.count { i += 1 }
                    current.unicodeScalars.append(line[i])
                    i += 1
                }
            } else if c == "." {
                parts.append(current)
                current = ""
            } else if c == "=" || c == "]" {
                break
            } else if c != " " && c != "\t" {
                current.unicodeScalars.append(c)
            }
            i += 1
        }
        parts.append(current)
        return (parts, i)
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
