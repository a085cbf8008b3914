/// A piece of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

public enum Alignment: Equatable, Sendable {
    case left, center, right
}

/// One line of styled spans, with its alignment.
public struct TextLine: Equatable, Sendable {
    public var spans: [Span]
    public var alignment: Alignment

    public init(_ spans: [Span], alignment: Alignment = .left) {
        self.spans = spans
        self.alignment = alignment
    }

    public init(_ text: String, style: Style = .plain, alignment: Alignment = .left) {
        self.init([Span(text, style: style)], alignment: alignment)
    }

    /// Columns the line takes once sanitised.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// Draws the line in row `y` between `x` and `x + width`, aligned; a line too
    /// long is cut and ends with `ellipsis`, in the style of the span that was cut.
    public func draw(into buffer: inout Buffer, x: Int, y: Int, width available: Int, ellipsis: String) {
        guard available > 0 else { return }
        let lineWidth = width
        if lineWidth <= available {
            let slack = available - lineWidth
            var column = x + (alignment == .left ? 0 : alignment == .center ? slack / 2 : slack)
            for span in spans { column += buffer.write(span.text, x: column, y: y, style: span.style) }
            return
        }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        guard ellipsisWidth <= available else { return }
        var budget = available - ellipsisWidth
        var column = x
        var cutStyle = spans.last?.style ?? .plain
        for span in spans {
            let written = buffer.write(span.text, x: column, y: y, style: span.style, maxWidth: budget)
            column += written
            budget -= written
            if written < DisplayWidth.of(span.text) {
                cutStyle = span.style
                break
            }
        }
        buffer.write(ellipsis, x: column, y: y, style: cutStyle)
    }
}
