/// A buffer as an SVG picture, for slides and wikis (`pushpull snapshot --format svg`, `e`):
/// one `<text>` a row and one `<tspan>` per run of a style, each cell at its column, the
/// backgrounds as rectangles, in the styles' true colours and a monospace font stack. The
/// text of row y, read in order, is the buffer's line y: what a text snapshot shows, cell for cell.
public enum SVGText {
    /// Cell size in pixels at the 14 px font.
    static let cellWidth = 8.4, cellHeight = 17.0

    /// `canvas`: the colour of cells whose background is the terminal's (none: white on black).
    public static func render(_ buffer: Buffer, canvas: Style = Style(), title: String = "pushpull") -> String {
        let width = Double(buffer.size.width) * cellWidth, height = Double(buffer.size.height) * cellHeight
        let background = hex(canvas.background) ?? "#000000", foreground = hex(canvas.foreground) ?? "#d0d0d0"
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(number(height))" \
        viewBox="0 0 \(number(width)) \(number(height))" font-family="'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace" \
        font-size="14" xml:space="preserve">
        <title>\(escaped(title))</title>
        <rect width="100%" height="100%" fill="\(background)"/>

        """
        for y in 0..<buffer.size.height {
            out += backgrounds(buffer, y: y, canvas: background)
        }
        for y in 0..<buffer.size.height {
            out += "<text y=\"\(number(Double(y) * cellHeight + 13))\">"
            var x = 0
            while x < buffer.size.width {
                let style = buffer[x, y].style
                var text = "", start = x
                // A run: cells of one style; a continuation cell adds nothing to the text.
                while x < buffer.size.width, buffer[x, y].style == style {
                    text += buffer[x, y].symbol
                    x += 1
                }
                out += "<tspan x=\"\(number(Double(start) * cellWidth))\"\(attributes(style, foreground: foreground))>\(escaped(text))</tspan>"
                start = x
            }
            out += "</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Rectangles for the runs of a row whose background differs from the canvas (reverse swaps).
    private static func backgrounds(_ buffer: Buffer, y: Int, canvas: String) -> String {
        var out = "", x = 0
        while x < buffer.size.width {
            let fill = colors(buffer[x, y].style).background
            let start = x
            while x < buffer.size.width, colors(buffer[x, y].style).background == fill { x += 1 }
            guard let fill = hex(fill), fill != canvas else { continue }
            out += "<rect x=\"\(number(Double(start) * cellWidth))\" y=\"\(number(Double(y) * cellHeight))\" "
                + "width=\"\(number(Double(x - start) * cellWidth))\" height=\"\(number(cellHeight))\" fill=\"\(fill)\"/>\n"
        }
        return out
    }

    private static func colors(_ style: Style) -> (foreground: Color, background: Color) {
        style.attributes.contains(.reverse) ? (style.background, style.foreground) : (style.foreground, style.background)
    }

    private static func attributes(_ style: Style, foreground: String) -> String {
        var out = ""
        let fill = hex(colors(style).foreground) ?? (style.attributes.contains(.reverse) ? "#000000" : foreground)
        out += " fill=\"\(fill)\""
        if style.attributes.contains(.bold) { out += " font-weight=\"bold\"" }
        if style.attributes.contains(.dim) { out += " opacity=\"0.6\"" }
        if style.attributes.contains(.underline) { out += " text-decoration=\"underline\"" }
        return out
    }

    /// `#rrggbb` for a colour (indexed ones by xterm's palette); nil for the terminal's default.
    static func hex(_ color: Color) -> String? {
        let rgb: (Int, Int, Int)
        switch color {
        case .terminalDefault: return nil
        case .rgb(let r, let g, let b): rgb = (Int(r), Int(g), Int(b))
        case .indexed(let index): rgb = XtermColors.rgb(index)
        }
        let digits = Array("0123456789abcdef")
        return "#" + [rgb.0, rgb.1, rgb.2].map { String([digits[$0 / 16], digits[$0 % 16]]) }.joined()
    }

    /// `text` as XML character data: markup escaped, control characters (which XML forbids) as `?`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                out += "?"
                continue
            }
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
