/// A one-line message for the user: a confirmation or an error.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    /// An error for the one status line: a message of several lines (a file with several
    /// problems, one per line) shows its first and says how many more there are.
    public static func error(_ text: String) -> StatusMessage {
        let lines = text.split(separator: "\n")
        return StatusMessage(lines.count > 1 ? "\(lines[0]) (and \(lines.count - 1) more)" : text, kind: .error)
    }
}
