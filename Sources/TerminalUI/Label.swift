/// Lines of text, one a row from the top of the area; lines that do not fit
/// in width end with the ellipsis, lines below the area are left out.
public struct Label: Widget {
    public var lines: [TextLine]
    public var glyphs: Glyphs

    public init(lines: [TextLine], glyphs: Glyphs = .unicode) {
        self.lines = lines
        self.glyphs = glyphs
    }

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left, glyphs: Glyphs = .unicode) {
        self.init(lines: [TextLine(text, style: style, alignment: alignment)], glyphs: glyphs)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        for (index, line) in lines.prefix(area.height).enumerated() {
            line.draw(into: &buffer, x: area.x, y: area.y + index, width: area.width, ellipsis: glyphs.ellipsis)
        }
    }
}
