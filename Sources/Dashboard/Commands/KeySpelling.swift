import TerminalUI

/// How keys are written in the config file's key map and in messages about keys: `Left`,
/// `Shift-Right`, `PgUp`, `Ctrl-R`, `F5`, `Space`, or the character itself (`q`, `[`, `?`).
public enum KeySpelling {
    private static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("Shift-Left", .shiftLeft),
        ("Shift-Right", .shiftRight), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("Shift-Tab", .backTab), ("Backspace", .backspace),
        ("Del", .delete), ("Space", .character(" ")),
    ]

    /// The key `spelling` names (case matters only for single characters), or nil.
    public static func key(_ spelling: String) -> Key? {
        if spelling.count == 1, let character = spelling.first, !character.isWhitespace { return .character(character) }
        let lowered = spelling.lowercased()
        if let (_, key) = named.first(where: { $0.0.lowercased() == lowered }) { return key }
        if lowered.hasPrefix("ctrl-"), spelling.count == 6, let letter = lowered.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...63).contains(number) { return .function(number) }
        return nil
    }

    /// The key as the config file writes it.
    public static func spelling(of key: Key) -> String {
        if let (name, _) = named.first(where: { $0.1 == key }) { return name }
        switch key {
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .function(let number): return "F\(number)"
        default: return "\(key)"
        }
    }

    /// Every named key, for error messages that list what may be written.
    public static var namedKeys: [String] { named.map(\.0) + ["Ctrl-A…Ctrl-Z", "F1…F63", "any single character"] }
}
