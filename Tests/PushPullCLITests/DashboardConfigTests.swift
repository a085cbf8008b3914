import Dashboard
import Foundation
import PushPullModel
import TerminalUI
import Testing
import TestSupport
@testable import PushPullCLI

/// `config.toml`: every setting read, every mistake named with its line, column and key.
@Suite("Config file")
struct DashboardConfigTests {
    @Test func everySettingIsRead() throws {
        let text = """
        theme = "light"
        colors = "256"
        mouse = false
        paths = 2000
        seed = 7

        [steps]
        share = 5
        shareLarge = 25
        budget = 1
        budgetLarge = 10

        [keys]
        "lever.increase" = ["+", "Right"]
        quit = "Q"
        "theme.next" = []
        """
        let (config, problems) = DashboardConfig.parse(text, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.theme == "light" && config.colors == .c256 && !config.mouse && config.paths == 2000 && config.seed == 7)
        #expect(config.steps == StepSizes(shareSmall: 0.05, shareLarge: 0.25, budgetSmall: 0.01, budgetLarge: 0.1))
        #expect(config.keys.map(\.action) == ["lever.increase", "quit", "theme.next"])
        #expect(config.keys[0].keys == [.character("+"), .right])
        let keyMap = KeyMap.standard.overriding(config.keys)
        #expect(keyMap.command(for: .character("+"), in: .levers) == .step(direction: 1, size: .small))
        #expect(keyMap.command(for: .character("Q"), in: .gauges) == .quit)
        #expect(keyMap.command(for: .character("q"), in: .levers) == nil, "q is no longer quit")
        #expect(keyMap.command(for: .character("t"), in: .levers) == nil, "an action given no keys has none")
        #expect(keyMap.command(for: .character("l"), in: .levers) == nil, "the keys given replace the action's own")
    }

    @Test func nothingSetIsTheDefaults() {
        let (config, problems) = DashboardConfig.parse("", file: "config.toml")
        #expect(problems.isEmpty)
        #expect(config.theme == nil && config.mouse && config.steps == .standard && config.keys.isEmpty)
    }

    @Test("Mistakes name the file, line, column and key", arguments: [
        ("mouse = \"yes\"", "config.toml:1:1: mouse: expected true or false"),
        ("\n\ncolors = \"lots\"", "config.toml:3:1: colors: expected one of truecolor, 256, 16, 8, none"),
        ("paths = 0", "config.toml:1:1: paths: expected a whole number in 1…100000"),
        ("[keys]\nquitt = \"q\"", "config.toml:2:1: keys.quitt: unknown action"),
        ("[keys]\n\"lever.up\" = \"q\"", "did you mean lever.previous"),
        ("[keys]\nsave = \"Ctrl-Shift-Z\"", "config.toml:2:1: keys.save: \"Ctrl-Shift-Z\" is not a key"),
        ("[steps]\nshare = 500", "config.toml:2:1: steps.share: expected a number of percentage points in 0.01…50"),
        ("theem = \"light\"", "config.toml:1:1: theem: unknown setting"),
        ("theme = ", "config.toml:1:"),
    ])
    func mistakes(text: String, message: String) {
        let (_, problems) = DashboardConfig.parse(text, file: "config.toml")
        #expect(problems.contains { $0.description.contains(message) }, "\(problems.map(\.description))")
    }

    @Test func theFileIsUnderXDGConfigHomeAndAMissingOneIsNoError() throws {
        #expect(DashboardConfig.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/pushpull/config.toml")
        #expect(DashboardConfig.path(environment: ["HOME": "/h"]) == "/h/.config/pushpull/config.toml")
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(try DashboardConfig.load(path: folder.file("none.toml")).keys.isEmpty)
        try "mouse = 1\n".write(toFile: folder.file("bad.toml"), atomically: true, encoding: .utf8)
        #expect(throws: CommandFailure(.dataError, "\(folder.file("bad.toml")):1:1: mouse: expected true or false")) {
            try DashboardConfig.load(path: folder.file("bad.toml"))
        }
    }
}

@Suite("Action names")
struct ActionNameDocumentationTests {
    @Test func theReadmeNamesEveryAction() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for (name, _) in Command.named { #expect(readme.contains("`\(name)`"), "README does not name the action \(name)") }
    }
}
