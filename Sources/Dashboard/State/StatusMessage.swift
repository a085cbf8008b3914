/// A message for the user: a confirmation or an error. It fades (after `lifetime`, or at the
/// next action) but is never lost: `!` shows `detail`, the whole of the last one.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case info, error }
    /// What the status line shows (wrapped onto the key hints' row when long).
    public var text: String
    /// The whole message: for a file with several problems, every one of them.
    public var detail: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info, detail: String? = nil) {
        self.text = text
        self.kind = kind
        self.detail = detail ?? text
    }

    /// An error for the status line: a message of several lines (a file with several
    /// problems, one per line) shows its first and says how many more there are.
    public static func error(_ text: String) -> StatusMessage {
        let lines = text.split(separator: "\n")
        return StatusMessage(lines.count > 1 ? "\(lines[0]) (and \(lines.count - 1) more)" : text, kind: .error, detail: text)
    }

    /// How long the message stays when no key comes first: errors longer, to be read.
    public var lifetime: Duration { kind == .error ? .seconds(8) : .seconds(4) }
}
