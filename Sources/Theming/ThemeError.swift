/// Why a theme could not be used, with where: "file:line: key: problem", the way
/// compilers report, so the reader can go straight to the line.
///
/// Messages are printed to the terminal and their parts come from files anyone may
/// have written, so control characters in them (an escape sequence in a key, a value
/// or a file name) are shown escaped, `\u{1B}`, and long keys are shortened.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem is not on one line (a missing file, a missing key).
    public var line: Int?
    /// The dotted key path, e.g. "colors.push.fg"; nil when no key is involved.
    public var key: String?
    public var problem: String

    public init(file: String, line: Int? = nil, key: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.key = key.map { Self.printable($0, limit: 80) }
        self.problem = Self.printable(problem, limit: 400)
    }

    public var description: String {
        var where_ = Self.printable(file, limit: .max)
        if let line { where_ += ":\(line)" }
        if let key { where_ += ": \(Self.printable(key, limit: 80))" }
        return "\(where_): \(Self.printable(problem, limit: 400))"
    }

    /// `text` safe to print: control characters (C0, DEL, C1), line and paragraph
    /// separators and bidirectional overrides written as `\u{XX}`, and anything past
    /// `limit` characters replaced by "…". Applying it twice changes nothing more.
    static func printable(_ text: String, limit: Int) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            count += 1
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true                      // C0, DEL, C1 (CSI, OSC…)
        case 0x2028, 0x2029: true                                 // line and paragraph separators
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional controls
        default: false
        }
    }
}
