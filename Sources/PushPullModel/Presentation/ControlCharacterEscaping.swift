extension String {
    /// The text with every control character (general category Cc: C0, DEL, C1) and every
    /// bidirectional control (U+202E and kin, which reorder what follows) written as `\u001B`,
    /// so that text from the user's files (a name, a key, a value, a path, a column name) can be
    /// shown without an escape sequence, a line break or a reversal reaching the terminal.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: \.isUnsafeForTerminals) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            if scalar.isUnsafeForTerminals {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

extension Unicode.Scalar {
    fileprivate var isUnsafeForTerminals: Bool {
        properties.generalCategory == .control || properties.isBidiControl
    }
}
