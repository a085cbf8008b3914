import TerminalUI

/// What a piece of the screen means; a theme gives each role a style.
/// The raw value is the role's key in a theme file.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case text
    case muted
    case border
    case borderFocused = "border_focused"
    case title
    case push
    case pull
    case good
    case warn
    case alert
    case selection
    case band
    case baseline
    case cursor
    case background
    case headline

    /// Added to the role's style when colour is off (no colours, or `NO_COLOR`), so
    /// what colour would have said is still said: selection reversed, alerts bold.
    public var attributesWithoutColor: TextAttributes {
        switch self {
        case .selection: [.reverse]
        case .alert: [.bold, .underline]
        case .warn: [.underline]
        case .headline, .title, .borderFocused, .cursor: [.bold]
        case .muted, .baseline, .band: [.dim]
        case .text, .border, .push, .pull, .good, .background: []
        }
    }
}
