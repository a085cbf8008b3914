import Foundation
import Synchronization
@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

/// A host that keeps files in memory and remembers what it was asked.
final class MemoryHost: DashboardHost {
    var files: [String: Scenario] = [:]
    var edits: [Levers] = []

    func save(_ scenario: Scenario, to path: String) throws { files[path] = scenario }

    func load(path: String) throws -> Scenario {
        guard let scenario = files[path] else { throw FileMissing(path: path) }
        return scenario
    }

    func export(_ export: DashboardExport) throws -> String { "\(export.screenLines.count) lines" }

    func recordEdit(_ levers: Levers, of scenario: Scenario) { edits.append(levers) }

    struct FileMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "no file at \(path)" }
    }
}

@Suite("Run loop")
struct RunLoopTests {
    @Test func keysDriveTheStateAndTheLastDrawnScreen() throws {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let host = MemoryHost()
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", host: host, backend: backend)
        backend.queue([.left, .left, .pageDown, .down, .right, .character("u"), .character("q"), .character("n"),
                       .character("s"), .character("q")])
        app.run()

        #expect(app.state.shouldQuit)
        #expect(app.state.levers.pushShare == 0.58)
        #expect(app.state.levers.budget == 250_000, "the budget step was undone")
        #expect(host.files["plan.toml"]?.levers == app.state.levers)
        #expect(host.edits.count == 5, "every lever change, undo included, is journalled")
        let screen = try #require(backend.lastDrawn)
        #expect(screen.lines()[3].contains("Push 58%"))
        #expect(screen.lines()[3].contains("Pull 42%"))
        #expect(screen.lines()[22].contains("saved to plan.toml"))
    }

    @Test func quittingAsksWhenThereAreUnsavedChanges() {
        let backend = TestBackend(size: Size(width: 80, height: 24), keys: [.right, .character("q")])
        var polls = 0
        // The signal hook ends the loop once the question is on screen.
        let app = DashboardApp(scenario: Fixtures.scenario, backend: backend,
                               hooks: .init(shouldQuit: { polls += 1; return polls > 4 }))
        app.run()
        #expect(app.state.confirming == .quit)
        #expect(!app.state.shouldQuit)
        #expect(backend.lastDrawn?.text.contains("quit anyway?") == true)
    }

    @Test func openingAMissingFileReportsTheError() {
        let keys: [Key] = [.character("o")] + "nope.toml".map { .character($0) } + [.enter, .character("q")]
        let backend = TestBackend(size: Size(width: 80, height: 24), keys: keys)
        let app = DashboardApp(scenario: Fixtures.scenario, host: MemoryHost(), backend: backend)
        app.run()
        #expect(app.state.status == .error("no file at nope.toml"))
        #expect(app.state.scenario == Fixtures.scenario)
    }

    @Test func aResizeRedrawsAndTheTooSmallScreenGoesAwayWhenEnlarged() {
        let backend = TestBackend(size: Size(width: 60, height: 20))
        let app = DashboardApp(scenario: Fixtures.scenario, backend: backend)
        #expect(app.render().text.contains("terminal too small"))
        backend.size = Size(width: 80, height: 24)
        #expect(!app.render().text.contains("terminal too small"))
    }

    @Test func aModelErrorKeepsTheLastGoodForecastAndSaysSoInTheStatusLine() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "budget too small to run" } }
        let good = try MonteCarlo.run(Fixtures.scenario)
        let model = DashboardModel(
            forecast: { scenario, _ in
                guard scenario.levers.budget >= Fixtures.scenario.levers.budget else { throw Broken() }
                return good
            },
            bestBalance: { _, _ in nil })
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let app = DashboardApp(scenario: Fixtures.scenario, backend: backend, model: model)
        app.handle(.selectLever(offset: 1))
        app.handle(.step(direction: -1, size: .small))
        #expect(app.forecast == good, "the last good forecast stays")
        let screen = app.render().lines()
        #expect(screen[22].contains("model: budget too small to run"))
        #expect(screen[22].contains("last good"))
        #expect(screen[1].contains("ARR m36"), "the headline figures stay on screen")
        app.handle(.undo)
        #expect(!app.render().lines()[22].contains("model:"), "the error goes once the model runs again")
    }

    @Test func tabFocusIsDrawnWithTheHeavierFrameAndMarker() {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let app = DashboardApp(scenario: Fixtures.scenario, backend: backend, model: Fixtures.cheapModel)
        #expect(app.render().lines()[2].hasPrefix("┏ ▶ Levers"))
        app.handle(Key.tab)
        let lines = app.render().lines()
        #expect(lines[2].hasPrefix("┌ Levers"))
        #expect(lines[15].hasPrefix("┏ ▶ Pipeline"))
        app.handle(Key.right)
        #expect(app.state.monthCursor == 13, "with the pipeline focused, → moves the month")
        #expect(app.state.levers == Fixtures.scenario.levers)
    }

    @Test func theRefinementStartsOnlyOnceTheFrameIsDrawnAndOnlyTheNewest() {
        let refined = Mutex<[Double]>([])
        let model = DashboardModel(
            forecast: { scenario, _ in refined.withLock { $0.append(scenario.levers.pushShare) }; return Fixtures.forecast },
            estimate: { _ in Fixtures.forecast },
            bestBalance: { _, _ in nil })
        let app = DashboardApp(scenario: Fixtures.scenario, backend: TestBackend(size: Size(width: 80, height: 24)), model: model)
        refined.withLock { $0.removeAll() } // the baseline, computed on the spot at start
        app.handle(.step(direction: 1, size: .small))
        app.handle(.step(direction: 1, size: .small))
        Thread.sleep(forTimeInterval: 0.05)
        #expect(refined.withLock { $0 }.isEmpty, "nothing runs in the background before the frame")
        app.finishBackgroundWork()
        #expect(refined.withLock { $0 } == [0.72], "only the newest levers are refined")
    }
}
