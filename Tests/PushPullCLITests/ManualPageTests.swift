import ArgumentParser
import Foundation
import Testing
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
