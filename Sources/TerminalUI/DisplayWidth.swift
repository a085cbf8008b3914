import TextSafety

/// Column widths of text in a terminal, and the sanitising of untrusted strings.
///
/// Strings from files (scenario names, notes, CSV cells) are data: control
/// characters and escape sequences must never reach the terminal as commands.
public enum DisplayWidth {
    /// Columns a grapheme takes: 0 (combining, zero-width), 1, or 2 (East Asian wide, emoji).
    public static func of(_ grapheme: Character) -> Int {
        isNarrowAlone(grapheme) ? 1 : measured(grapheme)
    }

    /// One scalar of a script or symbol block that is never wide nor zero-width: Latin up to the
    /// combining marks (U+0300), box drawing and block elements, braille. Most of a frame that is
    /// not ASCII; checked first, it skips the Unicode property look-ups (`measured` gives the same).
    static func isNarrowAlone(_ grapheme: Character) -> Bool {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch first.value {
        case 0x20..<0x300, 0x2500...0x259F, 0x2800...0x28FF: return true
        default: return false
        }
    }

    static func measured(_ grapheme: Character) -> Int {
        guard let first = grapheme.unicodeScalars.first else { return 0 }
        if isZeroWidth(first) { return grapheme.unicodeScalars.contains(where: { isWide($0) }) ? 2 : 0 }
        if grapheme.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        // A flag is a pair of regional indicators, drawn as one wide picture; a lone one is a narrow letter.
        if isRegionalIndicator(first) { return grapheme.unicodeScalars.count(where: isRegionalIndicator) >= 2 ? 2 : 1 }
        return isWide(first) ? 2 : 1
    }

    /// Columns a whole string takes once sanitised.
    public static func of(_ text: String) -> Int {
        isPrintableASCII(text) ? text.utf8.count : sanitized(text).reduce(0) { $0 + of($1) }
    }

    /// The text with every unsafe scalar (`UntrustedText.isUnsafe`) drawn as a visible stand-in
    /// (a tab as a space), or dropped when it has none (bidirectional controls, line separators),
    /// so the result is safe to draw.
    public static func sanitized(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard UntrustedText.isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!) // ␀…␟ control pictures
            case 0x7F: out.append("\u{2421}")                                   // ␡
            case 0x80...0x9F: out.append("\u{FFFD}")
            default: continue
            }
        }
        return String(out)
    }

    /// Printable ASCII (space to `~`), most of what is drawn: nothing to sanitise, a column a byte.
    /// Checked first, the widths of the first frame's text cost a third of the instructions.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x20...0x7E).contains($0) }
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
             0x0E31, 0x0E34...0x0E3A, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200D,
             0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xE0100...0xE01EF:
            return true
        default:
            return s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark
        }
    }

    static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(s.value) }

    /// East Asian wide and full-width characters, and every emoji shown as a picture by default
    /// (Unicode's Emoji_Presentation, from the standard library's current tables: 🚀, ⌚, 🛻…),
    /// which terminals draw two columns wide.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        if s.properties.isEmojiPresentation && !isRegionalIndicator(s) { return true }
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
