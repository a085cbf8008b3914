import Foundation
import PushPullModel
import TestSupport
import Testing
@testable import ScenarioFile

@Suite struct ScenarioWatcherTests {
    @Test func noticesContentChangesOnlyOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "format = 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        let watcher = ScenarioWatcher(path: path)
        #expect(!watcher.checkForChange())

        // Same size, same second: only the content hash can tell.
        try "format = 2\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(watcher.checkForChange())
        #expect(!watcher.checkForChange())

        // Saved by rename, as many editors do.
        try ScenarioStore.save(.example, to: path)
        #expect(watcher.checkForChange())
    }

    @Test func identicalRewritesAndTouchesAreNotChanges() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try ScenarioStore.save(.example, to: path)
        let watcher = ScenarioWatcher(path: path)
        try ScenarioStore.save(.example, to: path)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
        #expect(!watcher.checkForChange())
    }

    @Test func aFileBrieflyMissingIsNotAChangeUntilItComesBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "a".write(toFile: path, atomically: false, encoding: .utf8)
        let watcher = ScenarioWatcher(path: path)
        try FileManager.default.removeItem(atPath: path)
        #expect(!watcher.checkForChange())
        try "b".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(watcher.checkForChange())
    }

    @Test func aFileThatAppearsIsAChange() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("later.toml")
        let watcher = ScenarioWatcher(path: path)
        #expect(!watcher.checkForChange())
        try "format = 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(watcher.checkForChange())
    }
}

@Suite struct ReloadMergeTests {
    let before = Scenario.example

    @Test func userMovesSurviveWhereTheFileDidNotChangeTheLever() {
        var current = before
        current.levers.pushShare = 0.5
        current.levers.budget = 300_000
        var after = before
        after.levers.budget = 400_000
        after.sales.dealSizeMedian = 25_000
        after.response.synergy = 0.7

        let merged = ScenarioWatcher.merge(fileBefore: before, fileAfter: after, current: current)
        #expect(merged.levers.pushShare == 0.5, "moved by the user, untouched in the file")
        #expect(merged.levers.budget == 300_000, "changed in the file too: the move on screen is kept")
        #expect(ScenarioWatcher.conflicts(fileBefore: before, fileAfter: after, current: current) == [.budget], "and named")
        #expect(merged.sales.dealSizeMedian == 25_000)
        #expect(merged.response.synergy == 0.7)
    }

    @Test func withoutUserMovesTheNewFileIsTaken() {
        var after = before
        after.levers.handoff = 0.6
        after.name = "renamed"
        #expect(ScenarioWatcher.merge(fileBefore: before, fileAfter: after, current: before) == after)
    }

    @Test func nonLeverChangesInTheDashboardDoNotSurviveAReload() {
        var current = before
        current.simulation.paths = 50
        #expect(ScenarioWatcher.merge(fileBefore: before, fileAfter: before, current: current) == before)
    }
}
