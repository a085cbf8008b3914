/// Something that draws itself into a rectangle of a buffer.
///
/// Widgets know nothing of the domain: they take numbers, strings, styles and
/// glyphs, and never draw outside `area` (nor outside the buffer).
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}
