import Foundation
import PushPullModel
@testable import ScenarioFile
import Testing
import TestSupport

/// A save changes only the values that changed: comments, order and layout of the file stay.
@Suite struct ScenarioEditTests {
    /// The lines of `edited` that differ from `original`, by 0-based index; nil when lines were added or removed.
    static func changedLines(_ original: String, _ edited: String) -> [Int]? {
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = edited.split(separator: "\n", omittingEmptySubsequences: false)
        guard before.count == after.count else { return nil }
        return before.indices.filter { before[$0] != after[$0] }
    }

    static func moved(_ scenario: Scenario) -> Scenario {
        var changed = scenario
        changed.levers.pushShare = 0.61
        changed.levers.budget = 312_500
        changed.stages[1].conversion = 0.37
        return changed
    }

    @Test("Saving over examples/example.toml changes only the three lines of the values that changed")
    func example() throws {
        let original = try String(contentsOf: repositoryRoot.appendingPathComponent("examples/example.toml"), encoding: .utf8)
        let scenario = try ScenarioReader.parse(text: original, fileName: "example.toml")
        let changed = Self.moved(scenario)
        let edited = try #require(ScenarioEdit.edited(original, to: changed))
        #expect(try ScenarioReader.parse(text: edited, fileName: "example.toml") == changed)
        let lines = try #require(Self.changedLines(original, edited))
        #expect(lines.count == 3, "\(lines)")
        let after = edited.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { ["pushShare = 0.61", "budget = 312_500", "conversion = 0.37"].contains(where: after[$0].hasPrefix) },
                "\(lines.map { after[$0] })")
    }

    @Test("An imported file keeps its provenance comments, and a person's notes, on values never touched and on those changed")
    func importedFile() throws {
        let provenance = ["levers.budget": "mean spend in deals.csv", "stages[1].conversion": "share that moved on in deals.csv",
                          "market.accounts": "fitted by replaying deals.csv"]
        let written = ScenarioWriter.text(for: .example, provenance: provenance)
        let original = written.replacingOccurrences(of: "[levers]\n", with: "[levers]\n# Ann: agreed with finance on 2024-03-01\n")
        let edited = try #require(ScenarioEdit.edited(original, to: Self.moved(.example)))
        #expect(try ScenarioReader.parse(text: edited, fileName: "plan.toml") == Self.moved(.example))
        #expect(Self.changedLines(original, edited)?.count == 3)
        #expect(edited.contains("# Ann: agreed with finance on 2024-03-01"))
        #expect(edited.contains("budget = 312_500  # mean spend in deals.csv"))
        #expect(edited.contains("# fitted by replaying deals.csv"))
        #expect(edited.contains("conversion = 0.37  # share that moved on in deals.csv"))
    }

    @Test("A key the file leaves out is added under its table, or in a table of its own; the rest stays")
    func missingKeys() throws {
        let original = "format = 1\nname = \"Plan\"  # mine\n\n[market]\n# our region only\naccounts = 9000\n"
        var changed = try ScenarioReader.parse(text: original, fileName: "plan.toml")
        changed.levers.pushShare = 0.55
        changed.market.startingARR = 1_000_000
        let edited = try #require(ScenarioEdit.edited(original, to: changed))
        #expect(try ScenarioReader.parse(text: edited, fileName: "plan.toml") == changed)
        #expect(edited.hasPrefix("format = 1\nname = \"Plan\"  # mine\n\n[market]\n"))
        #expect(edited.contains("# our region only\naccounts = 9000\n"))
        // Without [history] the spend before the plan copies the levers: it is written, so it stays what it was.
        #expect(edited.hasSuffix("[levers]\npushShare = 0.55\n\n[history]\npushShare = 0.7\n"))
    }

    @Test("Nothing changed: the file is kept byte for byte")
    func unchanged() throws {
        let original = "format = 1\n# keep me\nname = \"Plan\"\n"
        #expect(ScenarioEdit.edited(original, to: try ScenarioReader.parse(text: original, fileName: "p.toml")) == original)
    }

    @Test("Values in inline tables or over several lines are not edited in place: the whole file is written")
    func unsupportedLayout() throws {
        let original = "format = 1\nlevers = { pushShare = 0.7 }\n"
        var changed = try ScenarioReader.parse(text: original, fileName: "p.toml")
        changed.levers.pushShare = 0.6
        #expect(ScenarioEdit.edited(original, to: changed) == nil)
    }

    @Test("Saving over a file through the store keeps its comments")
    func storeKeepsComments() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "format = 1\n# why we chose this\n[levers]\npushShare = 0.7 # was 0.8\n".write(toFile: path, atomically: true, encoding: .utf8)
        var changed = try ScenarioReader.read(path: path)
        changed.levers.pushShare = 0.65
        try ScenarioStore.saveKeepingLayout(changed, to: path)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved == "format = 1\n# why we chose this\n[levers]\npushShare = 0.65 # was 0.8\n\n[history]\npushShare = 0.7\n", "\(saved)")
    }
}
