/// Finds the line of a key in TOML text. The parser gives positions only for
/// syntax errors, so for a bad value the key is found by scanning the text.
struct KeyLocator {
    private let lines: [Substring]
    /// "table\0key" → the first line where `key` (or a dotted key starting with it) is set
    /// in `table`: built in one pass, so locating stays linear in the text whatever it holds.
    private let firstLines: [String: Int]

    init(text: String) {
        // Split on the byte, not the Character: "\r\n" is one Character, which would make a
        // file with Windows line endings a single line.
        lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        var firstLines: [String: Int] = [:]
        var current = ""
        for (index, text) in lines.enumerated() {
            if let header = Self.header(of: text) {
                current = header
                continue
            }
            guard let equals = text.firstIndex(of: "=") else { continue }
            let written = Self.normalized(text[..<equals])
            // A dotted key (`push.fg = …`) sets `push` as well.
            for key in [written, String(written.prefix { $0 != "." })] where firstLines[current + "\0" + key] == nil {
                firstLines[current + "\0" + key] = index + 1
            }
        }
        self.firstLines = firstLines
    }

    /// The 1-based line where `path` is set; for a key inside an inline table
    /// (`push = { fg = … }`), the line of the enclosing key. Nil when not found.
    func line(of path: [String]) -> Int? {
        for depth in stride(from: path.count, through: 1, by: -1) {
            if let line = line(ofKey: path[depth - 1], inTable: path[..<(depth - 1)].joined(separator: ".")) {
                return line
            }
        }
        return nil
    }

    /// The 1-based line of a table's header `[name]`.
    func line(ofTable name: String) -> Int? {
        lines.firstIndex { Self.header(of: $0) == name }.map { $0 + 1 }
    }

    /// The full key, if any, that the 1-based `line` sets (`colors.good`): to name it in syntax errors.
    func key(onLine line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        guard Self.header(of: text) == nil, let equals = text.firstIndex(of: "=") else { return nil }
        let key = Self.normalized(text[..<equals])
        guard !key.isEmpty, !key.hasPrefix("#") else { return nil }
        let table = lines[..<(line - 1)].lazy.compactMap(Self.header(of:)).last ?? ""
        return table.isEmpty ? key : "\(table).\(key)"
    }

    private func line(ofKey key: String, inTable table: String) -> Int? {
        firstLines[table + "\0" + key]
    }

    /// "colors" for a line `[colors]` or `[[colors]]`, nil for any other line.
    private static func header(of line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") else { return nil }
        return normalized(trimmed[trimmed.index(after: trimmed.startIndex)..<close].drop { $0 == "[" })
    }

    /// A key as written, without spaces and quotes, escapes in "…" decoded: `"push" . fg` → `push.fg`,
    /// `"\u001b"` → ESC, so a key the parser decoded is still found.
    private static func normalized(_ key: Substring) -> String {
        let scalars = Array(key.unicodeScalars)
        var out = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if let open = quote {
                if c == open {
                    quote = nil
                } else if open == "\"", c == "\\", i < scalars.count {
                    let (decoded, length) = escape(scalars, at: i)
                    out.append(contentsOf: decoded)
                    i += length
                } else {
                    out.append(c)
                }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c != " " && c != "\t" && c != "\r" {
                out.append(c)
            }
        }
        return String(out)
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
