import TestSupport
import Testing
import TerminalUI
@testable import Theming

let shippedThemes = ["default", "light", "high-contrast", "colorblind", "mono"]

@Test(arguments: shippedThemes)
func everyShippedThemeLoads(name: String) throws {
    let theme = try ThemeCatalog(directories: [bundledThemesDirectory]).load(name)
    #expect(!theme.name.isEmpty)
    #expect(Set(theme.styles.keys) == Set(Role.allCases))
}

/// Shipped themes state every role themselves, rather than inheriting some: each is a
/// complete example, and a role added later must be given a style in each on purpose.
@Test(arguments: shippedThemes)
func everyShippedThemeSetsEveryRole(name: String) throws {
    let file = try ThemeLoader.readFile(path: "\(bundledThemesDirectory)/\(name).toml")
    #expect(file.inherits == nil)
    #expect(Set(file.styles.keys) == Set(Role.allCases), "\(name) leaves out \(Set(Role.allCases).subtracting(file.styles.keys))")
}

@Test func shippedThemesAreTheOnesListed() {
    #expect(ThemeCatalog(directories: [bundledThemesDirectory]).availableNames() == shippedThemes.sorted())
}

@Test func defaultFileMatchesTheBuiltInTheme() throws {
    #expect(try ThemeLoader.load(path: "\(bundledThemesDirectory)/default.toml") == Theme.builtInDefault)
}

@Test func colorblindThemeUsesOkabeItoForPushAndPull() throws {
    let theme = try ThemeLoader.load(path: "\(bundledThemesDirectory)/colorblind.toml")
    #expect(theme[.push].foreground == .rgb(0xE6, 0x9F, 0x00))
    #expect(theme[.pull].foreground == .rgb(0x00, 0x72, 0xB2))
}

@Test func monoThemeHasNoColoursButKeepsMeaning() throws {
    let theme = try ThemeLoader.load(path: "\(bundledThemesDirectory)/mono.toml")
    for role in Role.allCases {
        #expect(theme[role].foreground == .terminalDefault && theme[role].background == .terminalDefault, "\(role)")
    }
    #expect(theme[.selection].attributes.contains(.reverse))
    #expect(theme[.alert].attributes.contains(.bold))
}
