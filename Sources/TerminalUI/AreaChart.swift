/// Values over x as an area filled up from zero, on as many rows as the area has, with an
/// optional target drawn as a dashed rule: the eye reads the height against zero and the
/// target, not against the smallest value. Zero draws nothing.
///
/// One value a cell, each row filled in eighths: the glyph comes from a lookup table
/// (`glyphs.ramp`, level → glyph, as btop draws its graphs). Blocks rather than braille: braille
/// fills read as loose dots on a projector.
public struct AreaChart: Widget, Sendable {
    public var values: [Double]
    /// The top of the scale; nil takes the largest value (or the target, when higher).
    public var maximum: Double?
    public var target: Double?
    /// The target holds for the first `targetSpan` values (nil: all of them).
    public var targetSpan: Int?
    public var style: Style
    public var targetStyle: Style
    public var glyphs: Glyphs

    public init(values: [Double], maximum: Double? = nil, target: Double? = nil, targetSpan: Int? = nil, style: Style = .plain,
                targetStyle: Style = .plain, glyphs: Glyphs = .unicode) {
        self.values = values
        self.maximum = maximum
        self.target = target
        self.targetSpan = targetSpan
        self.style = style
        self.targetStyle = targetStyle
        self.glyphs = glyphs
    }

    /// The top of the scale: zero is always the bottom.
    public var top: Double {
        let highest = ([target ?? 0] + values).filter(\.isFinite).max() ?? 0
        return maximum ?? highest
    }

    /// The index of the value under each column of a plot `width` cells wide.
    public func sampledIndices(width: Int) -> [Int] {
        guard !values.isEmpty, width > 0 else { return [] }
        return (0..<width).map { column in
            width == 1 ? values.count - 1 : Int((Double(column) * Double(values.count - 1) / Double(width - 1)).rounded())
        }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0, top > 0 else { return }
        let levelsPerRow = glyphs.ramp.count
        let levels = area.height * levelsPerRow
        let indices = sampledIndices(width: area.width)
        // A value above zero shows at least one level: a small month is not mistaken for none.
        let heights = indices.map { index in
            let value = values[index]
            return !value.isFinite || value <= 0 ? 0 : min(levels, max(1, Int((value / top * Double(levels)).rounded())))
        }
        let targetRow = target.flatMap { target -> Int? in
            guard target > 0, target <= top else { return nil }
            let level = Int((target / top * Double(levels)).rounded())
            return area.bottom - 1 - min(area.height - 1, max(0, (level - 1) / levelsPerRow))
        }
        for column in 0..<area.width {
            for row in 0..<area.height {
                let y = area.bottom - 1 - row
                // The ramp is the lookup table: eighths of this cell covered → glyph.
                let level = min(levelsPerRow, max(0, heights[column] - row * levelsPerRow))
                if level > 0 {
                    buffer[area.x + column, y] = Cell(glyphs.ramp[level - 1], style: style)
                } else if y == targetRow, indices[column] < targetSpan ?? values.count {
                    buffer[area.x + column, y] = Cell(glyphs.targetRule, style: targetStyle)
                }
            }
        }
    }
}
