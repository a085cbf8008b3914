import PushPullModel
import Testing
@testable import ScenarioFile

@Suite struct ReaderDefaultsTests {
    @Test func aShortFileTakesTheExampleForEverythingElse() throws {
        let scenario = try ScenarioReader.parse(text: """
            format = 1
            name = "Pull-heavy plan"
            [levers]
            pushShare = 0.4
            [simulation]
            paths = 200
            """, fileName: "short.toml")
        var expected = Scenario.example
        expected.name = "Pull-heavy plan"
        expected.levers.pushShare = 0.4
        expected.simulation.paths = 200
        // Without [history] the company has been spending as its levers say.
        expected.history = History(levers: expected.levers)
        #expect(scenario == expected)
    }

    @Test func historyInTheFileIsKeptApartFromTheLevers() throws {
        let scenario = try ScenarioReader.parse(text: """
            format = 1
            [levers]
            pushShare = 0.4
            [history]
            budget = 100000
            """, fileName: "history.toml")
        #expect(scenario.levers.pushShare == 0.4)
        var expected = Scenario.example.history
        expected.budget = 100_000
        #expect(scenario.history == expected, "the rest of [history] is the example's")
    }

    @Test func stagesInTheFileReplaceTheWholeList() throws {
        let scenario = try ScenarioReader.parse(text: """
            format = 1
            outboundEntryStage = "Meeting"
            [[stages]]
            name = "Meeting"
            conversion = 0.5
            monthsInStage = 1
            [[stages]]
            name = "Proposal"
            conversion = 0.25
            monthsInStage = 2
            openAtStart = 12
            """, fileName: "stages.toml")
        #expect(scenario.stages == [
            Stage(name: "Meeting", conversion: 0.5, monthsInStage: 1, openAtStart: 0),
            Stage(name: "Proposal", conversion: 0.25, monthsInStage: 2, openAtStart: 12),
        ])
    }

    @Test func integersWhereNumbersAreExpectedAndWholeFloatsWhereIntegersAre() throws {
        let scenario = try ScenarioReader.parse(text: """
            format = 1
            [levers]
            pushShare = 1
            [simulation]
            horizonMonths = 24.0
            """, fileName: "types.toml")
        #expect(scenario.levers.pushShare == 1)
        #expect(scenario.simulation.horizonMonths == 24)
    }

    @Test func inlineTablesAndDottedKeysAreTOMLToo() throws {
        let scenario = try ScenarioReader.parse(text: """
            format = 1
            levers = { pushShare = 0.5, budget = 100_000 }
            market.accounts = 5000
            """, fileName: "inline.toml")
        #expect(scenario.levers.pushShare == 0.5)
        #expect(scenario.levers.budget == 100_000)
        #expect(scenario.market.accounts == 5000)
    }

    @Test func windowsLineEndingsRead() throws {
        let scenario = try ScenarioReader.parse(text: "format = 1\r\n[levers]\r\n\r\nhandoff = 0.6\r\n", fileName: "crlf.toml")
        #expect(scenario.levers.handoff == 0.6)
    }
}
