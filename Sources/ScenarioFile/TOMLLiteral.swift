/// TOML text for single values, written so that reading them gives back exactly the same value.
enum TOMLLiteral {
    /// Whole numbers are written as integers (TOMLKit reads them back exactly into a Double);
    /// others use Swift's shortest representation that round-trips, which is valid TOML float syntax.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), abs(value) < 1e15 { return integer(Int(value)) }
        return "\(value)"
    }

    /// Digits grouped by thousands from 10 000 up (`250_000`), which TOML allows and people read faster.
    static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard value.magnitude >= 10_000 else { return String(value) }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append("_") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A basic string on one line, or a multi-line basic string when the text has line breaks.
    /// Backslashes, quotes and control characters are escaped, so any text survives.
    static func string(_ value: String) -> String {
        let multiline = value.contains("\n")
        var body = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": body += "\\\\"
            case "\"": body += "\\\""
            case "\n" where multiline: body += "\n"
            case "\n": body += "\\n"
            case "\t": body += "\\t"
            case "\r": body += "\\r"
            case "\u{08}": body += "\\b"
            case "\u{0C}": body += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                body += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: body.unicodeScalars.append(scalar)
            }
        }
        // A newline right after the opening delimiter is dropped by TOML, so the text starts on the next line.
        return multiline ? "\"\"\"\n\(body)\"\"\"" : "\"\(body)\""
    }

    /// A `# comment` can hold any text but line breaks.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
