import ArgumentParser
@testable import PushPullCLI
import Testing

/// A bare `pushpull` opens the dashboard without the argument parser; anything else is the parser's.
@Suite("Dashboard launch")
struct DashboardLaunchTests {
    @Test("no arguments: the parser's own defaults for the dashboard")
    func bareLaunchIsWhatTheParserGives() throws {
        let parsed = try #require(try PushPull.parseAsRoot([]) as? DashboardCommand)
        #expect(DashboardLaunch(bareArguments: []) == parsed.launch)
    }

    @Test("any argument, even a scenario file, goes through the parser",
          arguments: [["plan.toml"], ["--help"], ["--version"], ["report"], ["--generate-completion-script", "bash"], ["--"]])
    func argumentsGoToTheParser(_ arguments: [String]) {
        #expect(DashboardLaunch(bareArguments: arguments[...]) == nil)
    }
}
