import TerminalUI

extension Color {
    /// The nearest colour a terminal of `depth` can show: rgb → xterm-256 index →
    /// one of 16 → one of 8 → the terminal's default. With 16 or 8 colours a foreground
    /// never lands on `canvas` (the background it is drawn on), so it cannot vanish into it.
    public func downgraded(to depth: ColorDepth, awayFrom canvas: Color = .terminalDefault) -> Color {
        let avoiding: Set<Int> = if case .indexed(let index) = canvas, depth.basicCount > 0 { [Int(index)] } else { [] }
        switch (self, depth) {
        case (.terminalDefault, _), (_, .trueColor): return self
        case (_, .none): return .terminalDefault
        case (.rgb(let r, let g, let b), .c256): return .indexed(XtermPalette.nearest256((Int(r), Int(g), Int(b))))
        case (.indexed, .c256): return self
        case (.rgb(let r, let g, let b), .c16), (.rgb(let r, let g, let b), .c8):
            return .indexed(XtermPalette.nearestBasic((Int(r), Int(g), Int(b)), count: depth.basicCount, avoiding: avoiding))
        case (.indexed(let index), .c16), (.indexed(let index), .c8):
            guard Int(index) >= depth.basicCount || avoiding.contains(Int(index)) else { return self }
            return .indexed(XtermPalette.nearestBasic(XtermPalette.rgb(ofIndex: index), count: depth.basicCount, avoiding: avoiding))
        }
    }

    /// Relative luminance 0…1 (sRGB weights, no gamma: enough to tell light from dark); nil for the default.
    public var luminance: Double? {
        let rgb: XtermPalette.RGB
        switch self {
        case .terminalDefault: return nil
        case .indexed(let index): rgb = XtermPalette.rgb(ofIndex: index)
        case .rgb(let r, let g, let b): rgb = (Int(r), Int(g), Int(b))
        }
        return (0.2126 * Double(rgb.r) + 0.7152 * Double(rgb.g) + 0.0722 * Double(rgb.b)) / 255
    }
}

extension ColorDepth {
    /// How many basic colours the depth has: 16 or 8, or 0 when it has more (or none).
    var basicCount: Int {
        switch self {
        case .c16: 16
        case .c8: 8
        case .trueColor, .c256, .none: 0
        }
    }
}

extension Style {
    /// Foreground and background brought down to `depth`, the foreground kept off `canvas`; attributes kept.
    public func downgraded(to depth: ColorDepth, awayFrom canvas: Color = .terminalDefault) -> Style {
        var style = self
        style.foreground = foreground.downgraded(to: depth, awayFrom: background == .terminalDefault ? canvas : .terminalDefault)
        style.background = background.downgraded(to: depth)
        // Two distinct colours that land on the same one would hide the text: keep the text.
        if style.foreground == style.background, style.foreground != .terminalDefault, foreground != background {
            style.background = .terminalDefault
        }
        return style
    }
}
