/// Text from files and arguments anyone may have written (names, keys, values, paths, column
/// names) is data: no control character in it may reach a terminal as a command. This is the
/// one definition of what is unsafe, used by every output: messages and reports escape it,
/// the cell grid draws a visible stand-in (`DisplayWidth.sanitized`).
public enum UntrustedText {
    /// C0 controls, DEL and C1 controls (CSI, OSC…), line and paragraph separators, and the
    /// bidirectional controls that reorder what follows them (U+202E and kin).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `text` safe to print: each unsafe scalar written as `\u001B`, and anything past `limit`
    /// scalars replaced by "…". Applying it twice changes nothing more.
    public static func escaped(_ text: String, limit: Int = .max) -> String {
        guard text.unicodeScalars.count > limit || text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count >= limit {
                out.append("…")
                break
            }
            if isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
