import ArgumentParser
@testable import PushPullCLI
import Testing

/// `pushpull` alone or with a scenario file opens the dashboard without the argument parser;
/// anything else is the parser's.
@Suite("Dashboard launch")
struct DashboardLaunchTests {
    @Test("no arguments, or a scenario file alone: what the parser makes of them",
          arguments: [[], ["plan.toml"], ["my plan.toml"], ["./report"], ["../plans/dashboard.toml"], ["äöü.toml"]])
    func launchIsWhatTheParserGives(_ arguments: [String]) throws {
        let parsed = try #require(try PushPull.parseAsRoot(arguments) as? DashboardCommand)
        #expect(DashboardLaunch(bareArguments: arguments[...]) == parsed.launch)
    }

    @Test("options, help, completion requests, several arguments: the parser's",
          arguments: [["--help"], ["-h"], ["--version"], ["help"], ["--generate-completion-script", "bash"], ["--"], ["-"],
                      [""], ["--ascii"], ["plan.toml", "--ascii"], ["plan.toml", "b.toml"]])
    func argumentsGoToTheParser(_ arguments: [String]) {
        #expect(DashboardLaunch(bareArguments: arguments[...]) == nil)
    }

    @Test("every subcommand's name and alias is the parser's")
    func subcommandsGoToTheParser() {
        let names = PushPull.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
        #expect(names.contains("report") && names.contains("dashboard"))
        for name in names { #expect(DashboardLaunch(bareArguments: [name]) == nil, "\(name)") }
    }
}
