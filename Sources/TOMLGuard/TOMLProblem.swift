import TextSafety

/// One thing wrong with a TOML file (a scenario, a theme), printed the way compilers report,
/// `file:line:column: key: message`, so the reader can go straight to the place.
///
/// File names, keys and messages come from files anyone may have written: printed, a control
/// character in them is escaped (`\u001B`), and an overlong key or message is shortened.
public struct TOMLProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// Nil when the problem is not in one place (the file cannot be read, a key is missing).
    public var position: TextPosition?
    /// The dotted key path (`levers.pushShare`, `stages[2].conversion`, `colors.push.fg`), nil when no key is involved.
    public var key: String?
    public var message: String

    public init(file: String, position: TextPosition? = nil, key: String? = nil, message: String) {
        self.file = file
        self.position = position
        self.key = key
        self.message = message
    }

    /// A hostile key can be thousands of characters long: the start is enough to find it.
    static let longestKeyShown = 80
    static let longestMessageShown = 400

    public var description: String {
        var place = UntrustedText.escaped(file)
        if let position { place += ":\(position.line):\(position.column)" }
        if let key { place += ": " + UntrustedText.escaped(key, limit: Self.longestKeyShown) }
        return place + ": " + UntrustedText.escaped(message, limit: Self.longestMessageShown)
    }
}
