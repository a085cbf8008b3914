extension String {
    /// The text with every control character (general category Cc: C0, DEL, C1) written as
    /// `\u001B`, so that text from the user's files (a key, a value, a path, a column name) can be
    /// shown in a message without an escape sequence or a line break reaching the terminal.
    public var escapingControlCharacters: String {
        guard unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return self }
        var escaped = ""
        for scalar in unicodeScalars {
            if scalar.properties.generalCategory == .control {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
