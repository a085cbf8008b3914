import ArgumentParser
import Dashboard
import Foundation
import Testing
import TerminalUI
import TestSupport
@testable import PushPullCLI

/// `docs/pushpull.1` says what the commands say: a test fails until `scripts/generate-manual`
/// is run after a command changes.
@Suite("Man page")
struct ManualPageTests {
    static let page = (try? String(contentsOf: repositoryRoot.appendingPathComponent("docs/pushpull.1"), encoding: .utf8)) ?? ""
    static let subcommands = PushPull.configuration.subcommands

    @Test("Every subcommand has its entry, with each of its options (run scripts/generate-manual when not)",
          arguments: subcommands.map { ObjectIdentifier($0) })
    func everySubcommandAndOption(_ id: ObjectIdentifier) throws {
        let command = try #require(Self.subcommands.first { ObjectIdentifier($0) == id })
        let name = try #require(command.configuration.commandName)
        #expect(Self.page.contains(".It Em \(name)\n"), "no entry for \(name) in docs/pushpull.1")
        let help = PushPull.helpMessage(for: command)
        for option in help.matches(of: /--[a-z][a-z-]+/).map({ String($0.output.dropFirst(2)) }) {
            // `.Fl -theme`, or `.Fl o , -output` when the option has a short name too.
            #expect(Self.page.contains("Fl -\(option) ") || Self.page.contains(", -\(option) ") || Self.page.contains("Fl -\(option)\n")
                    || Self.page.contains(", -\(option)\n"), "\(name) --\(option) is not in docs/pushpull.1")
        }
    }

    @Test("KEYS names every key of the dashboard's key map")
    func everyKeyOfTheKeyMap() throws {
        let keys = try #require(Self.page.components(separatedBy: ".Sh KEYS\n").last?.components(separatedBy: "\n.Sh ").first)
        for binding in KeyMap.standard.bindings {
            for key in binding.keys {
                let spelling = try #require(Self.manualSpelling(of: key), "no spelling for \(key)")
                #expect(keys.contains("Sy \(spelling)"), "\(spelling) (\(binding.help)) is not under KEYS in docs/pushpull.1.in")
            }
        }
    }

    /// How docs/pushpull.1.in writes a key after `Sy`.
    static func manualSpelling(of key: Key) -> String? {
        switch key {
        case .character(" "): "Space"
        case .character(let c) where "[]?".contains(c): "\\&\(c)"  // roff would read these as requests
        case .character(let c): "\(c)"
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .shiftLeft: "Shift+Left"
        case .shiftRight: "Shift+Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift+Tab"
        default: nil
        }
    }

    @Test("The sections the commands cannot give: keys, environment, files, every exit status")
    func handWrittenSections() {
        for section in [".Sh KEYS", ".Sh ENVIRONMENT", ".Sh FILES", ".Sh EXIT STATUS", ".Sh EXAMPLES"] {
            #expect(Self.page.contains(section + "\n"), "\(section)")
        }
        for variable in ["NO_COLOR", "COLORTERM", "TERM", "XDG_CONFIG_HOME", "XDG_DATA_DIRS", "XDG_STATE_HOME", "HOME"] {
            #expect(Self.page.contains(".It Ev \(variable)"), "\(variable)")
        }
        for status in [0] + CommandFailure.Status.allCases.map(\.rawValue) {
            #expect(Self.page.contains(".It \(status)\n"), "exit status \(status)")
        }
        #expect(Self.page.components(separatedBy: ".Sh \"EXIT STATUS\"").count == 1, "the generic exit status section was replaced")
    }
}
