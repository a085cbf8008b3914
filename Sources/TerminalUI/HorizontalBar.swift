/// A proportional bar in one row, with eighth-of-a-cell precision where the fill
/// allows it. Several segments follow each other (e.g. inbound then outbound), each
/// with its own fill glyph so they are told apart without colour.
public struct HorizontalBar: Widget {
    public struct Segment: Equatable, Sendable {
        public var value: Double
        public var fill: Glyphs.BarFill
        public var style: Style

        public init(value: Double, fill: Glyphs.BarFill, style: Style = .plain) {
            self.value = value
            self.fill = fill
            self.style = style
        }
    }

    public var segments: [Segment]
    /// The value that fills the whole width.
    public var maximum: Double

    public init(segments: [Segment], maximum: Double) {
        self.segments = segments
        self.maximum = maximum
    }

    /// One segment, in the primary fill of `glyphs`.
    public init(value: Double, maximum: Double, style: Style = .plain, glyphs: Glyphs = .unicode) {
        self.init(segments: [Segment(value: value, fill: glyphs.barPrimary, style: style)], maximum: maximum)
    }

    /// Lengths in eighths of a cell, from the running total so rounding never accumulates.
    func segmentEighths(width: Int) -> [Int] {
        guard maximum > 0, maximum.isFinite else { return segments.map { _ in 0 } }
        let capacity = width * 8
        var total = 0.0
        var previousEnd = 0
        return segments.map { segment in
            total += segment.value.isFinite ? max(0, segment.value) : 0
            let end = min(capacity, Int((total / maximum * Double(capacity)).rounded()))
            defer { previousEnd = end }
            return end - previousEnd
        }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let y = area.y
        var column = 0
        for (segment, eighths) in zip(segments, segmentEighths(width: area.width)) {
            // A segment starts on a fresh cell: a partial cell can show only one glyph.
            let fullCells = min(eighths / 8, area.width - column)
            for offset in 0..<fullCells {
                buffer[area.x + column + offset, y] = Cell(segment.fill.full, style: segment.style)
            }
            column += fullCells
            let partial = segment.fill.partials[eighths % 8]
            if column < area.width, !partial.isEmpty {
                buffer[area.x + column, y] = Cell(partial, style: segment.style)
                column += 1
            }
        }
    }
}
