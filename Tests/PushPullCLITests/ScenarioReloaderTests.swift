import Dashboard
import Foundation
import PushPullModel
@testable import PushPullCLI
import ScenarioFile
import TestSupport
import Testing

/// `--watch` on a clock the test moves: a file written in steps is reloaded once it settled.
@Suite struct ScenarioReloaderTests {
    final class Clock {
        let start = ContinuousClock.now
        var elapsed = Duration.zero
        var now: ContinuousClock.Instant { start + elapsed }
    }

    @Test("A file cut at a line boundary is not reloaded: only the whole file, once it stopped changing")
    func reloadsOnlyASettledFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "format = 1\nname = \"Before\"\n[levers]\nbudget = 300000\n".write(toFile: path, atomically: false, encoding: .utf8)
        let saved = try ScenarioReader.read(path: path)
        let clock = Clock()
        let reloader = ScenarioReloader(path: path, saved: saved, now: { clock.now })
        let state = DashboardState(scenario: saved, filePath: path)

        // A script rewrites the file in two steps; the first parses (the budget would fall back to the default).
        try "format = 1\nname = \"After\"\n".write(toFile: path, atomically: false, encoding: .utf8)
        clock.elapsed = .milliseconds(300)
        #expect(reloader.poll(current: state) == nil, "changed, not settled")
        try "format = 1\nname = \"After\"\n[levers]\nbudget = 320000\n".write(toFile: path, atomically: false, encoding: .utf8)
        clock.elapsed = .milliseconds(600)
        #expect(reloader.poll(current: state) == nil, "changed again")
        clock.elapsed = .milliseconds(900)
        #expect(reloader.poll(current: state) == nil, "not settled yet")
        clock.elapsed = .milliseconds(1300)
        guard case .reloaded(let fromFile, let levers, let kept)? = reloader.poll(current: state) else {
            Issue.record("the settled file was not reloaded")
            return
        }
        #expect(fromFile.name == "After")
        #expect(levers.budget == 320_000)
        #expect(kept.isEmpty)
    }

    @Test("A lever moved on screen that the file changes too keeps the user's value, and is named")
    func keepsTheUsersMove() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "format = 1\n[levers]\npushShare = 0.7\n".write(toFile: path, atomically: false, encoding: .utf8)
        let saved = try ScenarioReader.read(path: path)
        let clock = Clock()
        let reloader = ScenarioReloader(path: path, saved: saved, now: { clock.now })
        var state = DashboardState(scenario: saved, filePath: path)
        state.levers.pushShare = 0.72
        try "format = 1\n[levers]\npushShare = 0.6\n".write(toFile: path, atomically: false, encoding: .utf8)
        clock.elapsed = .milliseconds(300)
        _ = reloader.poll(current: state)
        clock.elapsed = .seconds(1)
        let command = try #require(reloader.poll(current: state))
        #expect(command == .reloaded(try ScenarioReader.read(path: path), levers: state.levers, keptMoves: [.pushShare]))
        Reducer.apply(command, to: &state)
        #expect(state.levers.pushShare == 0.72)
        #expect(state.status?.text == "reloaded \(path); kept your Push 72% / Pull 28% (the file says 60%)")
    }
}
