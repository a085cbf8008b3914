/// Where a theme's text comes from.
public enum ThemeSource: Equatable, Sendable {
    case file(path: String)
    /// A theme compiled into pushpull.
    case bundled(name: String, text: String)
}
