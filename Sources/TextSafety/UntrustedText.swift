/// Text from files and arguments anyone may have written (names, keys, values, paths, column
/// names) is data: no control character in it may reach a terminal as a command. This is the
/// one definition of what is unsafe, used by every output: messages and reports escape it,
/// the cell grid draws a visible stand-in (`DisplayWidth.sanitized`).
public enum UntrustedText {
    /// C0 controls, DEL and C1 controls (CSI, OSC…), line and paragraph separators, and the
    /// bidirectional controls that reorder what follows them (U+202E and kin).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        if isSafeBlock(scalar) { return false }
        return scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Printable ASCII, Latin to Hebrew, box drawing to braille: blocks with none of the above,
    /// answered without the Unicode tables (their look-ups cost 1M instructions of the first frame
    /// at 120×40). A test holds every scalar of them to the full definition.
    static func isSafeBlock(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x5FF, 0x2500...0x28FF: true
        default: false
        }
    }

    /// `text` safe to print: each unsafe scalar written as `\u001B`, and anything past `limit`
    /// scalars replaced by "…". Applying it twice changes nothing more.
    public static func escaped(_ text: String, limit: Int = .max) -> String {
        escaped(text, limit: limit, where: isUnsafe)
    }

    /// `text` of several lines safe to print: each line escaped, the line breaks between them kept.
    public static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// JSON text (as an encoder wrote it) safe to print and the same to a parser: the unsafe scalars
    /// an encoder leaves raw (DEL, C1 controls, the bidirectional controls, U+2028) written as JSON's
    /// own `\u009B`. C0 controls are left to the encoder: inside strings it escapes them, and
    /// outside strings they are the layout's line breaks. Every unsafe scalar is in the BMP, so
    /// one `\uXXXX` is a complete JSON escape.
    public static func escapedInJSON(_ json: String) -> String {
        escaped(json, limit: .max) { $0.value >= 0x7F && isUnsafe($0) }
    }

    private static func escaped(_ text: String, limit: Int, where unsafe: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.count > limit || text.unicodeScalars.contains(where: unsafe) else { return text }
        var out = String.UnicodeScalarView()
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count >= limit {
                out.append("…")
                break
            }
            if unsafe(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
