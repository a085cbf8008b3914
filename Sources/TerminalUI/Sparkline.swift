/// Values as one row of rising blocks, the latest on the right; values that do
/// not fit are dropped from the left.
public struct Sparkline: Widget {
    public var values: [Double]
    public var style: Style
    public var glyphs: Glyphs

    public init(values: [Double], style: Style = .plain, glyphs: Glyphs = .unicode) {
        self.values = values
        self.style = style
        self.glyphs = glyphs
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let shown = values.suffix(area.width).map { $0.isFinite ? $0 : 0 }
        guard let low = shown.min(), let high = shown.max() else { return }
        let top = glyphs.ramp.count - 1
        for (offset, value) in shown.enumerated() {
            // A flat series sits in the middle of the ramp rather than on the floor.
            let level = high > low ? Int(((value - low) / (high - low) * Double(top)).rounded()) : top / 2
            buffer[area.x + offset, area.y] = Cell(glyphs.ramp[level], style: style)
        }
    }
}
