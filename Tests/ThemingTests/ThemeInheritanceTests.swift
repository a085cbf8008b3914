import Foundation
import TestSupport
import Testing
import TerminalUI
@testable import Theming

private func parse(_ text: String, catalog: ThemeCatalog = ThemeCatalog(directories: [])) throws(ThemeError) -> Theme {
    try ThemeLoader.parse(text, file: "mine.toml", catalog: catalog)
}

@Test func partialThemeTakesTheRestFromTheBuiltInDefault() throws {
    let theme = try parse("name = \"Mine\"\n[colors]\npush = { fg = \"#ff0000\", bold = true }\n")
    #expect(theme.name == "Mine")
    #expect(theme[.push] == Style(foreground: .rgb(255, 0, 0), attributes: .bold))
    #expect(Set(theme.styles.keys) == Set(Role.allCases))
    for role in Role.allCases where role != .push {
        #expect(theme[role] == Theme.builtInDefault[role], "\(role)")
    }
}

@Test func themeWithoutColorsIsTheDefaultRenamed() throws {
    var expected = Theme.builtInDefault
    expected.name = "Just a name"
    #expect(try parse("name = \"Just a name\"") == expected)
}

@Test func inheritsNamesAThemeInTheCatalog() throws {
    let catalog = ThemeCatalog(directories: [bundledThemesDirectory])
    let light = try catalog.load("light")
    let theme = try parse("name = \"Lighter\"\ninherits = \"light\"\n[colors]\nalert = \"red\"\n", catalog: catalog)
    #expect(theme.name == "Lighter")
    #expect(theme[.alert] == Style(foreground: .indexed(1)))
    for role in Role.allCases where role != .alert {
        #expect(theme[role] == light[role], "\(role)")
    }
}

@Test func userThemeMayInheritTheBundledThemeOfItsOwnName() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let user = temporary.path
    try write("name = \"My light\"\ninherits = \"light\"\n[colors]\npush = 208\n", to: "\(user)/light.toml")
    let catalog = ThemeCatalog(directories: [user, bundledThemesDirectory])
    let theme = try catalog.load("light")
    let bundled = try ThemeLoader.load(path: "\(bundledThemesDirectory)/light.toml")
    #expect(theme.name == "My light")
    #expect(theme[.push] == Style(foreground: .indexed(208)))
    #expect(theme[.pull] == bundled[.pull])
}

@Test func chainsResolveInOrderAndLoopsAreErrors() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let directory = temporary.path
    try write("name = \"A\"\n[colors]\npush = \"red\"\npull = \"red\"\n", to: "\(directory)/a.toml")
    try write("name = \"B\"\ninherits = \"a\"\n[colors]\npull = \"blue\"\n", to: "\(directory)/b.toml")
    let catalog = ThemeCatalog(directories: [directory])
    let c = try parse("name = \"C\"\ninherits = \"b\"\n", catalog: catalog)
    #expect(c[.push] == Style(foreground: .indexed(1)))
    #expect(c[.pull] == Style(foreground: .indexed(4)))
    #expect(c[.good] == Theme.builtInDefault[.good])

    try write("name = \"X\"\ninherits = \"y\"\n", to: "\(directory)/x.toml")
    try write("name = \"Y\"\n\ninherits = \"x\"\n", to: "\(directory)/y.toml")
    let loop = try #require(throws: ThemeError.self) { try catalog.load("x") }
    #expect(loop.file.hasSuffix("/y.toml"))
    #expect(loop.position?.line == 3)
    #expect(loop.key == "inherits")
    #expect(loop.message.contains("loop"))

    try write("name = \"Self\"\ninherits = \"self\"\n", to: "\(directory)/self.toml")
    #expect(throws: ThemeError.self) { try catalog.load("self") }
}

@Test func longChainsStop() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let directory = temporary.path
    for i in 0..<20 { try write("name = \"T\(i)\"\ninherits = \"t\(i + 1)\"\n", to: "\(directory)/t\(i).toml") }
    try write("name = \"T20\"\n", to: "\(directory)/t20.toml")
    let error = try #require(throws: ThemeError.self) { try ThemeCatalog(directories: [directory]).load("t0") }
    #expect(error.message == "inherits through more than \(ThemeLoader.maximumInheritanceDepth) themes")
    #expect(try ThemeCatalog(directories: [directory]).load("t15").name == "T15")
}

@Test func badInheritsValuesAreErrorsWithFileLineAndKey() {
    let catalog = ThemeCatalog(directories: [bundledThemesDirectory])
    for (value, problem) in [
        ("3", "expected the name of a theme, found integer"),
        ("\"../etc/passwd\"", "\"../etc/passwd\" is not a theme name (letters, digits, - _ and ., not a path)"),
        ("\"\"", "\"\" is not a theme name (letters, digits, - _ and ., not a path)"),
        ("\"neon\"", "no theme \"neon\" to inherit from (searched \(bundledThemesDirectory))"),
    ] {
        let error = try? #require(throws: ThemeError.self) { try parse("name = \"x\"\n\ninherits = \(value)\n", catalog: catalog) }
        #expect(error?.description == "mine.toml:3:1: inherits: \(problem)")
    }
}

@Test func brokenParentIsReportedWhereItIsBroken() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let directory = temporary.path
    try write("name = \"Parent\"\n[colors]\npush = \"#nothex\"\n", to: "\(directory)/parent.toml")
    let error = try #require(throws: ThemeError.self) {
        try parse("name = \"Child\"\ninherits = \"parent\"\n", catalog: ThemeCatalog(directories: [directory]))
    }
    #expect(error.description.hasPrefix("\(directory)/parent.toml:3:1: colors.push: bad colour \"#nothex\""))
}

@Test func unknownRolesStillFailInPartialThemes() {
    let error = try? #require(throws: ThemeError.self) { try parse("name = \"x\"\n[colors]\npush = \"red\"\nhedline = \"red\"\n") }
    #expect(error?.description.hasPrefix("mine.toml:4:1: colors.hedline: unknown role; roles are text, ") == true)
}
