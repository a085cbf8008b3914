import PushPullModel

extension GaugeStatus {
    /// The state as a symbol and a word, so no reader depends on colour:
    /// `✓ ok`, `! warn`, `✖ alert` (ASCII: `+ ok`, `! warn`, `X alert`). The warning
    /// mark is not an arrow, so it never reads as "went up". One place for the
    /// dashboard and the reports.
    public func text(ascii: Bool = false) -> String {
        let mark = switch self {
        case .ok: ascii ? "+" : "✓"
        case .warn: "!"
        case .alert: ascii ? "X" : "✖"
        }
        return "\(mark) \(rawValue)"
    }
}
