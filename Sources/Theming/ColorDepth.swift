/// How many colours the terminal can show. The raw value is the spelling for a
/// command-line option (`--color 256`).
public enum ColorDepth: String, CaseIterable, Sendable {
    case trueColor = "truecolor"
    case c256 = "256"
    case c16 = "16"
    case c8 = "8"
    case none = "none"

    /// The depth to draw with: none when `NO_COLOR` is set to anything non-empty
    /// (no-color.org) or the terminal has no colours; 24-bit when `COLORTERM` says
    /// so; otherwise what the terminal reports (`terminalColors`, from terminfo).
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if terminalColors < 8 { return .none }
        if let colorTerm = environment["COLORTERM"]?.lowercased(), colorTerm == "truecolor" || colorTerm == "24bit" {
            return .trueColor
        }
        switch terminalColors {
        case 256...: return .c256
        case 16...: return .c16
        default: return .c8
        }
    }
}
