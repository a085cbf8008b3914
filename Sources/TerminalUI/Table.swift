/// Rows of text under a header, in columns of fixed widths separated by a space;
/// numbers are usually right-aligned. Text too long for its column ends with the ellipsis.
public struct Table: Widget {
    public struct Column: Equatable, Sendable {
        public var title: String
        public var width: Int
        public var alignment: Alignment

        public init(_ title: String, width: Int, alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    public var headerStyle: Style
    public var rowStyle: Style
    public var glyphs: Glyphs

    public init(columns: [Column], rows: [[String]], headerStyle: Style = .plain, rowStyle: Style = .plain,
                glyphs: Glyphs = .unicode) {
        self.columns = columns
        self.rows = rows
        self.headerStyle = headerStyle
        self.rowStyle = rowStyle
        self.glyphs = glyphs
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        drawRow(columns.map(\.title), style: headerStyle, into: &buffer, x: area.x, y: area.y, width: area.width)
        for (index, row) in rows.prefix(max(0, area.height - 1)).enumerated() {
            drawRow(row, style: rowStyle, into: &buffer, x: area.x, y: area.y + 1 + index, width: area.width)
        }
    }

    private func drawRow(_ texts: [String], style: Style, into buffer: inout Buffer, x: Int, y: Int, width: Int) {
        var column = x
        for (spec, text) in zip(columns, texts) {
            let room = min(spec.width, x + width - column)
            guard room > 0 else { return }
            TextLine(text, style: style, alignment: spec.alignment)
                .draw(into: &buffer, x: column, y: y, width: room, ellipsis: glyphs.ellipsis)
            column += spec.width + 1
        }
    }
}
