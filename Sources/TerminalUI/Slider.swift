/// A value in a range as a knob on a one-row track, with an optional extra mark
/// (e.g. the best value). A selected slider has a heavier track, so selection
/// shows without colour.
public struct Slider: Widget {
    public var value: Double
    public var range: ClosedRange<Double>
    public var marker: Double?
    public var selected: Bool
    public var trackStyle: Style
    public var knobStyle: Style
    public var markerStyle: Style
    public var glyphs: Glyphs

    public init(value: Double, range: ClosedRange<Double>, marker: Double? = nil, selected: Bool = false,
                trackStyle: Style = .plain, knobStyle: Style = .plain, markerStyle: Style = .plain,
                glyphs: Glyphs = .unicode) {
        self.value = value
        self.range = range
        self.marker = marker
        self.selected = selected
        self.trackStyle = trackStyle
        self.knobStyle = knobStyle
        self.markerStyle = markerStyle
        self.glyphs = glyphs
    }

    /// The column (from 0) of `value` on a track `width` cells wide, clamped to the track.
    public func column(of value: Double, width: Int) -> Int {
        guard width > 1, range.upperBound > range.lowerBound, value.isFinite else { return 0 }
        let fraction = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound)
            / (range.upperBound - range.lowerBound)
        return Int((fraction * Double(width - 1)).rounded())
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let y = area.y
        let track = selected ? glyphs.sliderTrackSelected : glyphs.sliderTrack
        for x in area.x..<area.right { buffer[x, y] = Cell(track, style: trackStyle) }
        if let marker {
            buffer[area.x + column(of: marker, width: area.width), y] = Cell(glyphs.sliderMarker, style: markerStyle)
        }
        // The knob is drawn last: where it covers the mark, the value is what matters.
        buffer[area.x + column(of: value, width: area.width), y] = Cell(glyphs.sliderKnob, style: knobStyle)
    }
}
