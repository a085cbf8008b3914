/// A buffer as text with ANSI SGR colour codes, for `pushpull snapshot --format ansi`
/// (meeting notes, a README, `less -R`). Colours must already be mapped to the depth
/// the reader's terminal can show. Cell symbols were sanitised when written, so the
/// only escape sequences in the output are the ones made here.
public enum AnsiText {
    public static func render(_ buffer: Buffer) -> String {
        var out = ""
        for y in 0..<buffer.size.height {
            var current: Style?
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if cell.style != current {
                    out += sgr(cell.style)
                    current = cell.style
                }
                out += cell.symbol
            }
            out += "\u{1b}[0m\n"
        }
        return out
    }

    /// The full SGR sequence for a style, starting from a reset so styles never leak.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        codes += colorCodes(style.foreground, base: 30)
        codes += colorCodes(style.background, base: 40)
        return "\u{1b}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCodes(_ color: Color, base: Int) -> [String] {
        switch color {
        case .terminalDefault: return []
        case .indexed(let index) where index < 8: return [String(base + Int(index))]
        case .indexed(let index) where index < 16: return [String(base + 60 + Int(index) - 8)]
        case .indexed(let index): return [String(base + 8), "5", String(index)]
        case .rgb(let r, let g, let b): return [String(base + 8), "2", String(r), String(g), String(b)]
        }
    }
}
