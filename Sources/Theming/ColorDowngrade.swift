import TerminalUI

extension Color {
    /// The nearest colour a terminal of `depth` can show: rgb → xterm-256 index →
    /// one of 16 → one of 8 → the terminal's default.
    public func downgraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .trueColor): return self
        case (_, .none): return .terminalDefault
        case (.rgb(let r, let g, let b), .c256): return .indexed(XtermPalette.nearest256((Int(r), Int(g), Int(b))))
        case (.indexed, .c256): return self
        case (.rgb(let r, let g, let b), .c16), (.rgb(let r, let g, let b), .c8):
            return .indexed(XtermPalette.nearestBasic((Int(r), Int(g), Int(b)), count: depth.basicCount))
        case (.indexed(let index), .c16), (.indexed(let index), .c8):
            guard Int(index) >= depth.basicCount else { return self }
            return .indexed(XtermPalette.nearestBasic(XtermPalette.rgb(ofIndex: index), count: depth.basicCount))
        }
    }
}

extension ColorDepth {
    fileprivate var basicCount: Int { self == .c8 ? 8 : 16 }
}

extension Style {
    /// Foreground and background brought down to `depth`; attributes kept.
    public func downgraded(to depth: ColorDepth) -> Style {
        var style = self
        style.foreground = foreground.downgraded(to: depth)
        style.background = background.downgraded(to: depth)
        // Two distinct colours that land on the same one would hide the text: keep the text.
        if style.foreground == style.background, style.foreground != .terminalDefault, foreground != background {
            style.background = .terminalDefault
        }
        return style
    }
}
