import PushPullModel
import TOMLGuard
import Testing
@testable import ScenarioFile

/// Each problem names file, line, column and key, and all problems of a file are reported together.
@Suite struct ReaderErrorTests {
    func problems(_ text: String) -> [String] {
        do {
            _ = try ScenarioReader.parse(text: text, fileName: "plan.toml")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func syntaxErrorHasLineAndColumn() {
        let found = problems("format = 1\n[levers]\npushShare = = 0.5\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("plan.toml:3:13: TOML syntax: ") == true, "\(found)")
    }

    @Test func windowsLineEndingsPointAtTheRightLine() {
        #expect(problems("format = 1\r\n[levers]\r\n\r\n  pushShare = \"high\"\r\n") == [
            #"plan.toml:4:3: levers.pushShare: expected a number, found a string ("high")"#,
        ])
    }

    @Test func wrongTypes() {
        #expect(problems("""
            format = 1
            name = 12
            [levers]
              pushShare = "high"
            [simulation]
            paths = 100.5
            seed = -1
            """) == [
            #"plan.toml:2:1: name: expected a string in quotes, found an integer (12)"#,
            #"plan.toml:4:3: levers.pushShare: expected a number, found a string ("high")"#,
            "plan.toml:6:1: simulation.paths: expected a whole number, found 100.5",
            "plan.toml:7:1: simulation.seed: must be a whole number ≥ 0, not -1",
        ])
    }

    @Test func nanAndInfinityAreRefused() {
        #expect(problems("format = 1\n[finance]\nstartingCash = nan\nfixedMonthlyCosts = -inf\n") == [
            "plan.toml:3:1: finance.startingCash: must be a finite number, not nan",
            "plan.toml:4:1: finance.fixedMonthlyCosts: must be a finite number, not -inf",
        ])
    }

    @Test func unknownKeysAreReportedWithTheClosestKnownKey() {
        #expect(problems("""
            format = 1
            nmae = "typo"
            [lever]
            [levers]
            pushshare = 0.5
            handof = 0.5
            colour = "red"
            [[stages]]
            name = "A"
            conversion = 0.5
            monthsInStag = 1
            """) == [
            #"plan.toml:1:1: outboundEntryStage: "SAL" is not one of the stages (A)"#,
            "plan.toml:2:1: nmae: unknown key; did you mean `name`?",
            "plan.toml:3:1: lever: unknown key; did you mean `levers`?",
            "plan.toml:5:1: levers.pushshare: unknown key; did you mean `pushShare`?",
            "plan.toml:6:1: levers.handof: unknown key; did you mean `handoff`?",
            "plan.toml:7:1: levers.colour: unknown key",
            "plan.toml:8:1: stages[0].monthsInStage: missing: every stage needs name, conversion and monthsInStage",
            "plan.toml:8:1: stages: 1 is out of range 2…12",
            "plan.toml:11:1: stages[0].monthsInStag: unknown key; did you mean `monthsInStage`?",
        ])
    }

    /// Out-of-range values come from the model's own validation, pointed at the key's line
    /// (in the right `[[stages]]` block), or at the table header when the key is not written.
    @Test func valuesOutsideLimitsPointAtTheirKey() {
        #expect(problems("""
            format = 1
            [levers]
            pushShare = 1.5

            [market]
            accounts = 100
            [[stages]]
            name = "A"
            conversion = 0.5
            monthsInStage = 1
            [[stages]]
            name = "SAL"
            monthsInStage = 1
            # conversion = 2 in a comment is not the key
            conversion = 2
            """) == [
            "plan.toml:3:1: levers.pushShare: 1.5 is out of range 0…1",
            "plan.toml:6:1: market.accounts: 100 is fewer than the customers and open pipeline at start (120)",
            "plan.toml:15:1: stages[1].conversion: 2 is out of range 0…1",
        ])
    }

    @Test func keysInsideMultilineStringsAreNotTakenForKeys() {
        #expect(problems("""
            format = 1
            notes = \"\"\"
            pushShare = 0.5
            [levers]
            \"\"\"
            [levers]
            budget = [1,
              2]
            pushShare = -1
            """) == [
            "plan.toml:7:1: levers.budget: expected a number, found an array",
            "plan.toml:9:1: levers.pushShare: -1 is out of range 0…1",
        ])
    }

    @Test func tablesOfTheWrongShape() {
        #expect(problems("format = 1\nlevers = 3\nstages = \"none\"\n[market]\n") == [
            "plan.toml:2:1: levers: expected a table ([levers]), found an integer (3)",
            #"plan.toml:3:1: stages: expected a list of [[stages]] tables, found a string ("none")"#,
        ])
    }

    @Test func missingOrFutureFormat() {
        #expect(problems("name = \"x\"\n") == ["plan.toml:1:1: format: missing: the file must start with `format = 1`"])
        #expect(problems("# made by pushpull 9\nformat = 2\nnewKey = 1\n") == [
            "plan.toml:2:1: format: this file uses format 2, newer than this pushpull reads (format 1): update pushpull",
        ])
        #expect(problems("format = \"1\"\n") == [#"plan.toml:1:1: format: expected the format version as a whole number (`format = 1`), found a string ("1")"#])
    }

    @Test func errorDescriptionIsOneLinePerProblem() throws {
        let error = try #require(throws: ScenarioFileError.self) {
            try ScenarioReader.parse(text: "format = 1\n[levers]\nbudget = -1\nhandoff = 7\n", fileName: "plan.toml")
        }
        #expect(error.description == """
            plan.toml:3:1: levers.budget: -1 is out of range 0…1000000000
            plan.toml:4:1: levers.handoff: 7 is out of range 0…1
            """)
        #expect(error.problems.first?.position == TextPosition(line: 3, column: 1))
        #expect(error.problems.first?.key == "levers.budget")
    }
}
