import TerminalUI

/// The text of `widget` drawn alone into a fresh buffer of the given size.
func rendered(_ widget: some Widget, width: Int, height: Int) -> [String] {
    renderedBuffer(widget, width: width, height: height).lines()
}

func renderedBuffer(_ widget: some Widget, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(size: Size(width: width, height: height))
    widget.render(into: &buffer, area: buffer.area)
    return buffer
}

/// Every rect size from 0×0 to 4×4, to show a widget never crashes on tiny areas.
let tinySizes: [(Int, Int)] = (0...4).flatMap { w in (0...4).map { h in (w, h) } }
