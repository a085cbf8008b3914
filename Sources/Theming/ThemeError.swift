import TextSafety

/// Why a theme could not be used, with where: "file:line: key: problem", the way
/// compilers report, so the reader can go straight to the line.
///
/// Messages are printed to the terminal and their parts come from files anyone may
/// have written, so control characters in them (an escape sequence in a key, a value
/// or a file name) are shown escaped, `\u001B`, and long keys are shortened.
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
        self.key = key.map { UntrustedText.escaped($0, limit: 80) }
        self.problem = UntrustedText.escaped(problem, limit: 400)
    }

    public var description: String {
        var where_ = UntrustedText.escaped(file)
        if let line { where_ += ":\(line)" }
        if let key { where_ += ": \(UntrustedText.escaped(key, limit: 80))" }
        return "\(where_): \(UntrustedText.escaped(problem, limit: 400))"
    }
}
