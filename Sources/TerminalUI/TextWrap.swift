/// Word wrapping by display width, for messages that must not lose their end.
public enum TextWrap {
    /// `text` broken into lines of at most `width` columns, at spaces where it can (a word
    /// longer than a line is split). Sanitised like everything the buffer draws.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], line = "", lineWidth = 0
        for word in DisplayWidth.sanitized(text).split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            let separator = line.isEmpty ? 0 : 1
            if lineWidth + separator + DisplayWidth.of(String(word)) <= width {
                if separator == 1 { line += " " }
                line += word
                lineWidth += separator + DisplayWidth.of(String(word))
                continue
            }
            if !line.isEmpty { lines.append(line) }
            (line, lineWidth) = ("", 0)
            // A word wider than the line goes over several, split between graphemes.
            while DisplayWidth.of(String(word)) > width {
                var head = "", used = 0
                while let grapheme = word.first, used + DisplayWidth.of(grapheme) <= width {
                    head.append(grapheme)
                    used += DisplayWidth.of(grapheme)
                    word = word.dropFirst()
                }
                guard !head.isEmpty else { return lines }
                lines.append(head)
            }
            (line, lineWidth) = (String(word), DisplayWidth.of(String(word)))
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
