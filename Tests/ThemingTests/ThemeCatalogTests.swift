import Foundation
import TestSupport
import Testing
@testable import Theming

private func theme(named name: String) -> String {
    "name = \"\(name)\"\n[colors]\n" + validColors.joined(separator: "\n")
}

@Test func firstDirectoryWins() throws {
    let userFolder = try TemporaryDirectory(), bundledFolder = try TemporaryDirectory()
    defer { for folder in [userFolder, bundledFolder] { folder.remove() } }
    let user = userFolder.path, bundled = bundledFolder.path
    try write(theme(named: "User's"), to: "\(user)/dark.toml")
    try write(theme(named: "Bundled"), to: "\(bundled)/dark.toml")
    try write(theme(named: "Only bundled"), to: "\(bundled)/light.toml")
    let catalog = ThemeCatalog(directories: [user, bundled])
    #expect(try catalog.load("dark").name == "User's")
    #expect(try catalog.load("light").name == "Only bundled")
    #expect(try catalog.load("\(bundled)/dark.toml").name == "Bundled")
    #expect(catalog.availableNames() == ["dark", "light"])
}

@Test func missingThemeFallsBackToTheBuiltInWithAReason() {
    let result = ThemeCatalog(directories: ["/nonexistent/themes"]).loadOrDefault("neon")
    #expect(result.theme == .builtInDefault)
    #expect(result.error?.file == "neon")
    #expect(result.error?.message == "no such theme (searched /nonexistent/themes)")
}

@Test func standardDirectoriesPutTheUserFirstThenTheSystemFolders() {
    #expect(ThemeCatalog.standardDirectories(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h", "XDG_DATA_DIRS": "/d1:relative:/d2"])
        == ["/x/pushpull/themes", "/d1/pushpull/themes", "/d2/pushpull/themes"])
    #expect(ThemeCatalog.standardDirectories(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h", "XDG_DATA_DIRS": ""])
        == ["/h/.config/pushpull/themes", "/usr/local/share/pushpull/themes", "/usr/share/pushpull/themes"])
    #expect(ThemeCatalog.standardDirectories(environment: [:]) == ["/usr/local/share/pushpull/themes", "/usr/share/pushpull/themes"])
}

@Test func aMissingThemeNamesEveryPlaceSearched() {
    let catalog = ThemeCatalog(directories: ["/a", "/b"], bundled: ["light": ""])
    #expect(catalog.loadOrDefault("neon").error?.message == "no such theme (searched /a, /b and the built-in themes)")
    #expect(ThemeCatalog(directories: [], bundled: ["light": ""]).loadOrDefault("neon").error?.message
        == "no such theme (searched the built-in themes)")
    #expect(ThemeCatalog(directories: []).loadOrDefault("neon").error?.message == "no such theme (searched nowhere: no theme folders)")
}

@Test func aPipeInAThemeFolderIsNoTheme() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try write(theme(named: "Real"), to: directory.file("real.toml"))
    #expect(mkfifo(directory.file("pipe.toml"), 0o600) == 0)
    let catalog = ThemeCatalog(directories: [directory.path])
    #expect(catalog.availableNames() == ["real"])
    #expect(catalog.loadOrDefault("pipe").error?.message == "no such theme (searched \(directory.path))")
}
