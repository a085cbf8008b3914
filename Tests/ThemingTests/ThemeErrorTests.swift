import Foundation
import TestSupport
import Testing
import TerminalUI
@testable import Theming

/// A complete valid [colors] body, one role a line, to break one line at a time.
let validColors = Role.allCases.map { "\($0.rawValue) = \"default\"" }

private func parseError(_ text: String) -> ThemeError? {
    do {
        _ = try ThemeLoader.parse(text, file: "broken.toml")
        return nil
    } catch {
        return error
    }
}

/// A theme whose [colors] line for `role` is replaced by `line` (line 3 is `[colors]`).
private func themeText(replacing role: Role, with line: String) -> String {
    let colors = validColors.map { $0.hasPrefix("\(role.rawValue) =") ? line : $0 }
    return (["name = \"Broken\"", "", "[colors]"] + colors).joined(separator: "\n")
}

/// The 1-based line of `role` in `themeText`.
private func lineOf(_ role: Role) -> Int { 4 + Role.allCases.firstIndex(of: role)! }

@Test func validTextParses() throws {
    let theme = try ThemeLoader.parse(themeText(replacing: .push, with: "push = { fg = \"#e69f00\", bold = true }"), file: "ok.toml")
    #expect(theme.name == "Broken")
    #expect(theme[.push] == Style(foreground: .rgb(0xe6, 0x9f, 0x00), attributes: .bold))
    #expect(theme[.pull] == .plain)
}

@Test func badColourStringNamesFileLineAndKey() {
    let error = parseError(themeText(replacing: .push, with: "push = { fg = \"#e69f0g\" }"))
    #expect(error?.file == "broken.toml")
    #expect(error?.position?.line == lineOf(.push))
    #expect(error?.key == "colors.push.fg")
    #expect(error?.description.hasPrefix("broken.toml:\(lineOf(.push)):1: colors.push.fg: bad colour \"#e69f0g\"") == true)
}

@Test func unknownRoleIsReportedNotIgnored() {
    let text = themeText(replacing: .warn, with: "warn = \"default\"\npushh = \"#ffffff\"")
    let error = parseError(text)
    #expect(error?.key == "colors.pushh")
    #expect(error?.position?.line == lineOf(.warn) + 1)
    #expect(error?.message.hasPrefix("unknown role") == true)
}

@Test func wrongTypesNameTheKey() {
    let boolAsString = parseError(themeText(replacing: .title, with: "title = { fg = \"#ffffff\", bold = \"yes\" }"))
    #expect(boolAsString?.key == "colors.title.bold")
    #expect(boolAsString?.position?.line == lineOf(.title))
    #expect(boolAsString?.message == "expected true or false, found string")

    let roleAsBool = parseError(themeText(replacing: .text, with: "text = true"))
    #expect(roleAsBool?.key == "colors.text")
    #expect(roleAsBool?.position?.line == lineOf(.text))

    let name = parseError("name = 3\n[colors]\n" + validColors.joined(separator: "\n"))
    #expect(name?.key == "name")
    #expect(name?.position?.line == 1)
}

@Test func unknownKeysAndOutOfRangeIndicesAreErrors() {
    let italic = parseError(themeText(replacing: .cursor, with: "cursor = { italic = true }"))
    #expect(italic?.key == "colors.cursor.italic")
    #expect(italic?.position?.line == lineOf(.cursor))

    let index = parseError(themeText(replacing: .band, with: "band = 300"))
    #expect(index?.key == "colors.band")
    #expect(index?.message == "colour index 300 is outside 0–255")

    let topLevel = parseError("name = \"x\"\nauthor = \"me\"\n[colors]\n" + validColors.joined(separator: "\n"))
    #expect(topLevel?.key == "author")
    #expect(topLevel?.position?.line == 2)
}

@Test func missingNameIsAnErrorButMissingColorsIsNot() {
    #expect(parseError("[colors]\npush = \"red\"")?.key == "name")
    #expect(parseError("name = \"x\"") == nil)
}

@Test func syntaxErrorGivesTheParsersLineAndTheKeyOnIt() {
    let error = parseError(themeText(replacing: .good, with: "good = \"#00ff00"))
    #expect(error?.position?.line == lineOf(.good))
    #expect(error?.key == "colors.good")
    #expect(error?.description.hasPrefix("broken.toml:\(lineOf(.good)):16: colors.good: ") == true)
}

@Test func standardSubTablesAreLocatedToo() {
    let text = themeText(replacing: .push, with: "") + "\n\n[colors.push]\nbold = true\nfg = \"nope\""
    let error = parseError(text)
    #expect(error?.key == "colors.push.fg")
    #expect(error?.position?.line == text.split(separator: "\n", omittingEmptySubsequences: false).count)
}

@Test func brokenFileOnDiskIsNamedByItsPath() throws {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let directory = temporary.path
    let path = "\(directory)/broken.toml"
    try write(themeText(replacing: .alert, with: "alert = { fg = 12.5 }"), to: path)
    let result = ThemeCatalog(directories: [directory]).loadOrDefault("broken")
    #expect(result.theme == .builtInDefault)
    #expect(result.error?.description.hasPrefix("\(path):\(lineOf(.alert)):1: colors.alert.fg: expected a colour") == true)
}

@Test func windowsLineEndingsKeepLineNumbers() {
    let text = themeText(replacing: .push, with: "push = { fg = \"#e69f0g\" }").replacingOccurrences(of: "\n", with: "\r\n")
    let error = parseError(text)
    #expect(error?.position?.line == lineOf(.push))
    #expect(error?.key == "colors.push.fg")
}

@Test func ofSeveralProblemsTheOneWrittenFirstIsReported() {
    // `warn` is written before `alert`, though the keys sort the other way.
    let text = "name = \"Broken\"\n[colors]\nwarn = \"#zzzzzz\"\nalert = \"#yyyyyy\"\nbogus = \"#ffffff\"\n"
    let error = parseError(text)
    #expect(error?.key == "colors.warn")
    #expect(error?.position?.line == 3)
}
