import TerminalUI

extension Theme {
    /// Used when no theme file can be read; `themes/default.toml` states the same
    /// styles (a test keeps the two equal).
    public static let builtInDefault = Theme(name: "Default dark", styles: [
        .text: Style(foreground: .rgb(0xd0, 0xd0, 0xd0)),
        .muted: Style(foreground: .rgb(0x8a, 0x8a, 0x8a)),
        .border: Style(foreground: .rgb(0x5f, 0x5f, 0x5f)),
        .borderFocused: Style(foreground: .rgb(0xff, 0xd7, 0x5f), attributes: .bold),
        .title: Style(foreground: .rgb(0xff, 0xff, 0xff), attributes: .bold),
        .push: Style(foreground: .rgb(0xe6, 0x9f, 0x00)),
        .pull: Style(foreground: .rgb(0x56, 0xb4, 0xe9)),
        .good: Style(foreground: .rgb(0x5f, 0xd7, 0x87)),
        .warn: Style(foreground: .rgb(0xf0, 0xe4, 0x42)),
        .alert: Style(foreground: .rgb(0xff, 0x5f, 0x5f), attributes: .bold),
        .selection: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x00, 0x5f, 0x87)),
        .band: Style(foreground: .rgb(0x3a, 0x40, 0x66), background: .rgb(0x26, 0x2a, 0x40)),
        .baseline: Style(foreground: .rgb(0xc7, 0x92, 0xea)),
        .cursor: Style(foreground: .rgb(0xbc, 0xbc, 0xbc)),
        .background: Style(foreground: .rgb(0xd0, 0xd0, 0xd0), background: .rgb(0x12, 0x12, 0x12)),
        .headline: Style(foreground: .rgb(0xff, 0xff, 0xff), attributes: .bold),
    ])
}
