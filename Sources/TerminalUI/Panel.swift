/// A bordered block with a title in its top edge. The focused panel has a heavier
/// border and a marker before its title, so focus shows without colour.
public struct Panel: Widget {
    public var title: String
    public var focused: Bool
    public var borderStyle: Style
    public var titleStyle: Style
    public var glyphs: Glyphs

    public init(title: String = "", focused: Bool = false, borderStyle: Style = .plain,
                titleStyle: Style = .plain, glyphs: Glyphs = .unicode) {
        self.title = title
        self.focused = focused
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.glyphs = glyphs
    }

    /// The area inside the border, where the panel's content goes.
    public func inner(_ area: Rect) -> Rect { area.inset(1) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        let border = focused ? glyphs.focusedBorder : glyphs.border
        let (left, top, right, bottom) = (area.x, area.y, area.right - 1, area.bottom - 1)
        for x in left + 1..<right {
            buffer[x, top] = Cell(border.horizontal, style: borderStyle)
            buffer[x, bottom] = Cell(border.horizontal, style: borderStyle)
        }
        for y in top + 1..<bottom {
            buffer[left, y] = Cell(border.vertical, style: borderStyle)
            buffer[right, y] = Cell(border.vertical, style: borderStyle)
        }
        buffer[left, top] = Cell(border.topLeft, style: borderStyle)
        buffer[right, top] = Cell(border.topRight, style: borderStyle)
        buffer[left, bottom] = Cell(border.bottomLeft, style: borderStyle)
        buffer[right, bottom] = Cell(border.bottomRight, style: borderStyle)
        drawTitle(into: &buffer, area: area)
    }

    /// " ▶ Title " from the second column, leaving at least one line cell before the corner.
    private func drawTitle(into buffer: inout Buffer, area: Rect) {
        let marked = focused ? "\(glyphs.focusMarker) \(title)" : title
        guard !marked.isEmpty else { return }
        let room = area.width - 3
        let text = DisplayWidth.truncated(marked, toWidth: room - 2, ellipsis: glyphs.ellipsis)
        guard !text.isEmpty else { return }
        buffer.write(" \(text) ", x: area.x + 1, y: area.y, style: titleStyle, maxWidth: room)
    }
}
