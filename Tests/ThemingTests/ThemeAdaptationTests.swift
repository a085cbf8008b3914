import Testing
import TerminalUI
@testable import Theming

@Test func withoutColourRolesKeepTheirMeaningByAttributes() {
    let theme = Theme.builtInDefault.adapted(to: .none)
    for role in Role.allCases {
        #expect(theme[role].foreground == .terminalDefault && theme[role].background == .terminalDefault, "\(role)")
        #expect(theme[role].attributes.isSuperset(of: role.attributesWithoutColor), "\(role)")
    }
    #expect(theme[.selection].attributes.contains(.reverse))
    #expect(theme[.alert].attributes.contains(.bold))
    #expect(theme[.push] == .plain)
}

@Test func withColourNoAttributesAreAdded() {
    let theme = Theme.builtInDefault.adapted(to: .c256)
    #expect(theme[.selection] == Style(foreground: .indexed(231), background: .indexed(24)))
    #expect(theme[.alert] == Style(foreground: .indexed(203), background: .indexed(233), attributes: .bold))
    #expect(theme.name == Theme.builtInDefault.name)
}

@Test func trueColourKeepsEveryColourAndFillsTheCanvasIn() {
    let adapted = Theme.builtInDefault.adapted(to: .trueColor)
    for role in Role.allCases {
        let original = Theme.builtInDefault[role], style = adapted[role]
        if original.foreground != .terminalDefault { #expect(style.foreground == original.foreground, "\(role)") }
        #expect(style.background == (original.background == .terminalDefault ? Theme.builtInDefault[.background].background : original.background), "\(role)")
    }
}

/// The shipped themes that paint their own canvas: everything but the monochrome one.
private let paintedThemes = ["default", "light", "high-contrast", "colorblind"]

@Test(arguments: paintedThemes)
func everyRoleCarriesItsOwnForegroundAndBackground(name: String) throws {
    let theme = try ThemeCatalog(directories: [], bundled: BundledThemes.texts).load(name)
    for depth in [ColorDepth.trueColor, .c256, .c16, .c8] {
        let adapted = theme.adapted(to: depth)
        for role in Role.allCases {
            #expect(adapted[role].foreground != .terminalDefault, "\(name) \(depth) \(role) foreground")
            #expect(adapted[role].background != .terminalDefault, "\(name) \(depth) \(role) background")
            #expect(adapted[role].foreground != adapted[role].background, "\(name) \(depth) \(role) drawn in its own background")
        }
    }
}

@Test(arguments: paintedThemes)
func withFewColoursNoDataColourIsAStatusColour(name: String) throws {
    let theme = try ThemeCatalog(directories: [], bundled: BundledThemes.texts).load(name)
    for depth in [ColorDepth.c16, .c8] {
        let adapted = theme.adapted(to: depth)
        let status = Set(BasicPalette.statusRoles.map { theme[$0].background == .terminalDefault ? adapted[$0].foreground : adapted[$0].background })
        let data = BasicPalette.dataRoles.map { role in theme[role].background == .terminalDefault ? adapted[role].foreground : adapted[role].background }
        #expect(Set(data).count == data.count, "\(name) \(depth): data colours \(data) repeat")
        #expect(status.count == 3, "\(name) \(depth): status colours \(status) repeat")
        #expect(status.isDisjoint(with: data), "\(name) \(depth): \(data) shares a colour with \(status)")
    }
}

@Test func lightAndDarkThemesSayWhichTheyAre() throws {
    let catalog = ThemeCatalog(directories: [], bundled: BundledThemes.texts)
    #expect(try catalog.load("light").isLight)
    #expect(try !catalog.load("default").isLight)
    #expect(try !catalog.load("high-contrast").isLight)
}
