import Foundation
import Testing
import TestSupport

/// The binary copied away from its checkout, as an install does: it still has every theme.
@Suite("A copied binary")
struct InstalledBinaryTests {
    /// A folder with a copy of the binary in `bin/`, and a private home with empty XDG folders.
    struct Install {
        let root: TemporaryDirectory
        var binary: String { root.file("bin/pushpull") }
        var environment: [String: String] {
            ["HOME": root.file("home"), "XDG_CONFIG_HOME": root.file("home/.config"), "XDG_STATE_HOME": root.file("home/.state"),
             "XDG_DATA_DIRS": root.file("share"), "SWIFT_BACKTRACE": "enable=no"]
        }

        init() throws {
            root = try TemporaryDirectory()
            for folder in ["bin", "home", "share"] {
                try FileManager.default.createDirectory(atPath: root.file(folder), withIntermediateDirectories: true)
            }
            // Copied by another process: a child this one starts meanwhile would inherit the open
            // copy and keep it busy for writing, and running it would fail ("Text file busy").
            let copy = try ChildProcess.run("/bin/cp", [TmuxSession.pushpullBinary, binary])
            guard copy.status == 0 else { throw ChildProcess.Failure("cannot copy the binary: \(copy.errors)") }
        }

        func run(_ arguments: [String]) throws -> ChildProcess.Result {
            try ChildProcess.run(binary, arguments, environment: environment, directory: root.file("home"))
        }
    }

    @Test("snapshot --theme light works from a copy far from the checkout")
    func bundledThemeFromACopy() throws {
        let install = try Install()
        defer { install.root.remove() }
        let run = try install.run(["snapshot", "--theme", "light", "--size", "100x30"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("theme Light"), "\(run.output.prefix(400))")
        #expect(run.errors.isEmpty, "\(run.errors)")
    }

    @Test("An unknown theme lists every built-in one and the system's, exit 64")
    func unknownThemeListsThemAll() throws {
        let install = try Install()
        defer { install.root.remove() }
        let themes = install.root.file("share/pushpull/themes")
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "name = \"Company brand\"\n".write(toFile: "\(themes)/brand.toml", atomically: true, encoding: .utf8)

        let unknown = try install.run(["snapshot", "--theme", "nosuch"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("Themes: brand, colorblind, default, high-contrast, light, mono"), "\(unknown.errors)")
        let system = try install.run(["snapshot", "--theme", "brand", "--size", "100x30"])
        #expect(system.status == 0 && system.output.contains("theme Company brand"), "\(system.errors)")
    }
}
