import Foundation
import TestSupport
import Testing
import TerminalUI
@testable import Theming

/// The themes compiled into the binary are the files of `themes/`, and folders still come first.
@Suite("Bundled themes")
struct BundledThemesTests {
    @Test("The compiled-in themes are exactly themes/*.toml (after editing one, run scripts/bundle-themes)")
    func compiledInThemesMatchTheFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: bundledThemesDirectory).filter { $0.hasSuffix(".toml") }
        var onDisk: [String: String] = [:]
        for file in files {
            onDisk[String(file.dropLast(5))] = try String(contentsOfFile: "\(bundledThemesDirectory)/\(file)", encoding: .utf8)
        }
        #expect(BundledThemes.texts.keys.sorted() == onDisk.keys.sorted(), "run scripts/bundle-themes")
        for (name, text) in onDisk {
            #expect(BundledThemes.texts[name] == text, "themes/\(name).toml differs from its compiled-in copy: run scripts/bundle-themes")
        }
    }

    @Test("With no theme folder at all, every shipped theme loads, and inherits from another built-in one")
    func everyShippedThemeLoadsWithoutFolders() throws {
        let catalog = ThemeCatalog(directories: ["/nonexistent/themes"], bundled: BundledThemes.texts)
        #expect(catalog.availableNames() == shippedThemes.sorted())
        for name in shippedThemes {
            #expect(try catalog.load(name) == ThemeLoader.load(path: "\(bundledThemesDirectory)/\(name).toml"), "\(name)")
        }
        let child = try ThemeLoader.parse("name = \"Child\"\ninherits = \"light\"\n", file: "child.toml", catalog: catalog)
        #expect(child[.push] == (try catalog.load("light"))[.push])
    }

    @Test("The user's folder, then $XDG_DATA_DIRS, then the built-in themes; a user's light may inherit the built-in light")
    func foldersComeBeforeTheBuiltInThemes() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let user = home.file("config/pushpull/themes"), system = home.file("share/pushpull/themes")
        for folder in [user, system] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try write("name = \"My light\"\ninherits = \"light\"\n[colors]\npush = 208\n", to: "\(user)/light.toml")
        try write("name = \"Company mono\"\n", to: "\(system)/mono.toml")
        try write("name = \"Company brand\"\n", to: "\(system)/brand.toml")
        let catalog = ThemeCatalog.standard(environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": home.file("config"), "XDG_DATA_DIRS": home.file("share")])

        let light = try catalog.load("light")
        #expect(light.name == "My light")
        #expect(light[.push] == .init(foreground: .indexed(208)))
        #expect(light[.pull] == (try ThemeLoader.load(path: "\(bundledThemesDirectory)/light.toml"))[.pull])
        #expect(try catalog.load("mono").name == "Company mono")
        #expect(try catalog.load("colorblind").name == "Colour-blind safe (Okabe–Ito)")
        #expect(catalog.availableNames() == (shippedThemes + ["brand"]).sorted())
    }

    @Test("A built-in theme that inherits itself is reported as a loop, named as built in")
    func builtInLoopIsReported() {
        let catalog = ThemeCatalog(directories: [], bundled: ["a": "name = \"A\"\ninherits = \"b\"\n", "b": "name = \"B\"\ninherits = \"a\"\n"])
        let error = catalog.loadOrDefault("a").error
        #expect(error?.description == "b.toml (built in):2:1: inherits: \"a\" inherits, in the end, from this theme: a loop")
    }
}
