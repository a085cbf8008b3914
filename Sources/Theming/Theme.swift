import TerminalUI

/// A named style for every role: what the dashboard draws with.
public struct Theme: Equatable, Sendable {
    public var name: String
    public private(set) var styles: [Role: Style]

    /// A role missing from `styles` is drawn plain.
    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// True when the theme is drawn on a light canvas: its background when it paints one,
    /// otherwise judged from its text (dark text is meant for a light terminal).
    public var isLight: Bool {
        if let canvas = self[.background].background.luminance { return canvas > 0.5 }
        return (self[.text].foreground.luminance ?? 1) < 0.5
    }

    /// The theme as a terminal of `depth` can show it: colours brought down to what it has
    /// and, without colour, each role's meaning carried by attributes instead. When the theme
    /// paints a background, every role gets the canvas's background and, lacking one, the
    /// text's foreground: nothing is left to the terminal's own colours, which may be of the
    /// other brightness (a dark theme on a white terminal lost every default-coloured value).
    public func adapted(to depth: ColorDepth) -> Theme {
        var adapted = self
        let canvas = self[.background].downgraded(to: depth)
        let text = self[.text].downgraded(to: depth, awayFrom: canvas.background)
        for role in Role.allCases {
            var style = self[role].downgraded(to: depth, awayFrom: canvas.background)
            if let hue = BasicPalette.hue(of: role, depth: depth, lightCanvas: isLight) {
                // A role with a background of its own (the band's fill, an alert drawn on red) shows its
                // hue there, with text colour over it; otherwise the hue is its foreground.
                if style.background != .terminalDefault {
                    style.background = .indexed(hue)
                    if style.foreground == style.background { style.foreground = text.foreground }
                } else if style.foreground != .terminalDefault {
                    style.foreground = .indexed(hue)
                }
            }
            if depth == .none { style.attributes.formUnion(role.attributesWithoutColor) }
            if canvas.background != .terminalDefault {
                if style.background == .terminalDefault { style.background = canvas.background }
                if style.foreground == .terminalDefault { style.foreground = text.foreground }
            }
            adapted[role] = style
        }
        return adapted
    }
}
