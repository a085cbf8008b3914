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

    /// The theme as a terminal of `depth` can show it: colours brought down to what it
    /// has and, without colour, each role's meaning carried by attributes instead.
    public func adapted(to depth: ColorDepth) -> Theme {
        var adapted = self
        for role in Role.allCases {
            var style = self[role].downgraded(to: depth)
            if depth == .none { style.attributes.formUnion(role.attributesWithoutColor) }
            adapted[role] = style
        }
        return adapted
    }
}
