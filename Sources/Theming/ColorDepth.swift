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
    /// so or terminfo has direct colour; otherwise what the terminal reports (`terminalColors`).
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if terminalColors < 8 { return .none }
        if saysTrueColor(environment) { return .trueColor }
        switch terminalColors {
        case (1 << 24)...: return .trueColor
        case 256...: return .c256
        case 16...: return .c16
        default: return .c8
        }
    }

    /// True when `COLORTERM` announces 24-bit colour and `NO_COLOR` does not forbid colour.
    public static func saysTrueColor(_ environment: [String: String]) -> Bool {
        guard (environment["NO_COLOR"] ?? "").isEmpty, let colorTerm = environment["COLORTERM"]?.lowercased() else { return false }
        return colorTerm == "truecolor" || colorTerm == "24bit"
    }
}
