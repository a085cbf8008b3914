/// Values over x as an area filled up from zero, on as many rows as the area has, with an
/// optional target drawn as a dashed rule: the eye reads the height against zero and the
/// target, not against the smallest value. Zero draws nothing.
///
/// In braille each cell shows two values side by side, each a column of 0–4 dots filled from
/// the bottom: the glyph comes from a lookup table of the 25 pairs (as btop draws its graphs).
/// Without braille, one value a cell, in eighths of a cell (`glyphs.ramp`).
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

    /// `brailleFill[left][right]`: the braille glyph with `left` dots filled from the bottom of its
    /// left column and `right` of its right one (0–4 each).
    static let brailleFill: [[String]] = {
        let left: [UInt32] = [0x40, 0x04, 0x02, 0x01], right: [UInt32] = [0x80, 0x20, 0x10, 0x08]
        return (0...4).map { l in
            (0...4).map { r in
                let bits = left.prefix(l).reduce(0, |) | right.prefix(r).reduce(0, |)
                return String(Character(Unicode.Scalar(0x2800 + bits)!))
            }
        }
    }()

    /// The index of the value under each sub-column of a plot `width` cells wide (two a cell in braille).
    public func sampledIndices(width: Int) -> [Int] {
        let samples = width * (glyphs.usesBraille ? 2 : 1)
        guard !values.isEmpty, samples > 0 else { return [] }
        return (0..<samples).map { sample in
            samples == 1 ? values.count - 1 : Int((Double(sample) * Double(values.count - 1) / Double(samples - 1)).rounded())
        }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0, top > 0 else { return }
        let braille = glyphs.usesBraille
        let levelsPerRow = braille ? 4 : 8
        let levels = area.height * levelsPerRow
        // A value above zero shows at least one level: a small month is not mistaken for none.
        let indices = sampledIndices(width: area.width)
        let heights = indices.map { index in
            let value = values[index]
            return !value.isFinite || value <= 0 ? 0 : min(levels, max(1, Int((value / top * Double(levels)).rounded())))
        }
        let across = braille ? 2 : 1
        let targetRow = target.flatMap { target -> Int? in
            guard target > 0, target <= top else { return nil }
            let level = Int((target / top * Double(levels)).rounded())
            return area.bottom - 1 - min(area.height - 1, max(0, (level - 1) / levelsPerRow))
        }
        for column in 0..<area.width {
            for row in 0..<area.height {
                let y = area.bottom - 1 - row
                let floor = row * levelsPerRow
                func filled(_ height: Int) -> Int { min(levelsPerRow, max(0, height - floor)) }
                let symbol: String
                if braille {
                    let (left, right) = (filled(heights[column * 2]), filled(heights[column * 2 + 1]))
                    symbol = left + right == 0 ? "" : Self.brailleFill[left][right]
                } else {
                    let level = filled(heights[column])
                    symbol = level == 0 ? "" : glyphs.ramp[level - 1]
                }
                if !symbol.isEmpty {
                    buffer[area.x + column, y] = Cell(symbol, style: style)
                } else if y == targetRow, indices[column * across] < targetSpan ?? values.count {
                    buffer[area.x + column, y] = Cell(glyphs.targetRule, style: targetStyle)
                }
            }
        }
    }
}
