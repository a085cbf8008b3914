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

    /// Set to make the record fail from the next edit on.
    var recordProblem: String?

    func recordEdit(_ levers: Levers, of scenario: Scenario) -> String? {
        edits.append(levers)
        return recordProblem
    }

    func fileExists(atPath path: String) -> Bool { files[path] != nil }

    /// Files someone else changed since this session read or wrote them.
    var changedElsewhere: Set<String> = []
    func changedOnDisk(path: String) -> Bool { changedElsewhere.contains(path) }

    struct FileMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "no file at \(path)" }
    }
}

@Suite("Run loop")
struct RunLoopTests {
    @Test func keysDriveTheStateAndTheLastDrawnScreen() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
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
        let backend = MemoryBackend(size: Size(width: 80, height: 24), keys: [.right, .character("q")])
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
        let backend = MemoryBackend(size: Size(width: 80, height: 24), keys: keys)
        let app = DashboardApp(scenario: Fixtures.scenario, host: MemoryHost(), backend: backend)
        app.run()
        #expect(app.state.lastMessage == .error("no file at nope.toml"), "said, then faded by the q that followed")
        #expect(app.state.scenario == Fixtures.scenario)
    }

    @Test("Save as onto a file that is there asks, naming it: y replaces it, any other key keeps it")
    func saveAsOntoAnExistingFileAsks() {
        let host = MemoryHost()
        var other = Fixtures.scenario
        other.name = "Someone else's plan"
        host.files["other.toml"] = other
        // The field starts with the scenario's own path: cleared first.
        let clear = [Key](repeating: .backspace, count: "plan.toml".count)
        let typeOther: [Key] = [.character("S")] + clear + "other.toml".map { .character($0) } + [.enter]
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", host: host,
                               backend: MemoryBackend(size: Size(width: 80, height: 24)))
        app.handle(.right)
        for key in typeOther { app.handle(key) }
        #expect(app.state.confirming == .replace(path: "other.toml"))
        #expect(app.state.status?.text == "a file is there: replace it? y = replace, any other key = keep it (other.toml)")
        app.handle(.character("n"))
        #expect(host.files["other.toml"] == other, "kept")
        #expect(app.state.filePath == "plan.toml")

        let typeOtherAgain: [Key] = [.character("S")] + clear + "other.toml".map { .character($0) } + [.enter, .character("y")]
        for key in typeOtherAgain { app.handle(key) }
        #expect(host.files["other.toml"]?.levers == app.state.levers, "replaced once confirmed")
        #expect(app.state.filePath == "other.toml")
        #expect(app.state.status?.text == "saved to other.toml")

        // The scenario's own file is what `s` saves to: no question.
        app.handle(.right)
        for key in [Key.character("S")] + [.enter] { app.handle(key) }
        #expect(app.state.confirming == nil)
        #expect(host.files["other.toml"]?.levers == app.state.levers)
    }

    @Test("Saving over a file changed on disk asks: keep mine writes, take theirs reopens it, S saves as, other keys cancel")
    func savingOverAFileChangedOnDisk() {
        let host = MemoryHost()
        var theirs = Fixtures.scenario
        theirs.levers.budget = 400_000
        host.files["plan.toml"] = theirs
        host.changedElsewhere = ["plan.toml"]
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", host: host,
                               backend: MemoryBackend(size: Size(width: 80, height: 24)))
        app.handle(.right)
        let mine = app.state.levers
        let question = "file changed on disk: y = keep mine, t = take theirs, S = save as, else cancel"

        app.handle(.character("s"))
        #expect(app.state.confirming == .changedOnDisk(path: "plan.toml"))
        #expect(app.state.status?.text == question)
        app.handle(.character("x"))
        #expect(host.files["plan.toml"] == theirs, "cancelled: theirs untouched")
        #expect(app.state.levers == mine, "and mine kept on screen")

        app.handle(.character("s"))
        app.handle(.character("S"))
        #expect(app.state.confirming == nil)
        #expect(app.state.input?.purpose == .savePath)
        app.handle(.escape)

        app.handle(.character("s"))
        app.handle(.character("t"))
        #expect(app.state.levers == theirs.levers, "theirs reopened")
        #expect(app.state.status?.text == "opened plan.toml")

        app.handle(.right)
        app.handle(.character("s"))
        app.handle(.character("y"))
        #expect(host.files["plan.toml"]?.levers == app.state.levers, "mine written over theirs")
        #expect(app.state.status?.text == "saved to plan.toml")
    }

    @Test("A journal that stops working is said in the status line at the move that found it")
    func journalFailureIsSaidAtOnce() {
        let host = MemoryHost()
        let app = DashboardApp(scenario: Fixtures.scenario, host: host, backend: MemoryBackend(size: Size(width: 80, height: 24)))
        app.handle(.right)
        #expect(app.state.status?.kind != .error)
        host.recordProblem = "moves are no longer kept against a crash: edit journal j: cannot write: No space left on device"
        app.handle(.right)
        #expect(app.state.status == .error(host.recordProblem!))
        #expect(app.render().text.contains("moves are no longer kept"))
    }

    @Test func anErrorOfSeveralLinesShowsItsFirstAndHowManyMoreInTheStatusLine() {
        var state = DashboardState(scenario: Fixtures.scenario)
        Reducer.apply(.failed("plan.toml:3:1: levers.pushShare: expected a number\nplan.toml:4:1: budgett: unknown key"), to: &state)
        #expect(state.status?.text == "plan.toml:3:1: levers.pushShare: expected a number (and 1 more)")
        #expect(state.status?.kind == .error)
    }

    @Test func aResizeRedrawsAndTheTooSmallScreenGoesAwayWhenEnlarged() {
        let backend = MemoryBackend(size: Size(width: 60, height: 20))
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
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
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

    @Test func theFooterNamesTheKeysOfTheKeyMapItIsGiven() {
        let longWord = String(repeating: "w", count: 75)
        let keyMap = KeyMap([
            KeyMap.Binding([.character("x")], .quit, "quit", hint: KeyMap.Hint("leave", essential: true)),
            KeyMap.Binding([.character("z")], .undo, "undo", hint: KeyMap.Hint(longWord)),
        ])
        func footer(width: Int) -> String {
            let app = DashboardApp(scenario: Fixtures.scenario, keyMap: keyMap, backend: MemoryBackend(size: Size(width: width, height: 24)),
                                   model: Fixtures.cheapModel)
            return app.render().lines()[23]
        }
        #expect(footer(width: 120).contains(" x leave  z \(longWord)"))
        #expect(footer(width: 80).contains(" x leave"), "a narrow screen keeps the essential hints")
        #expect(!footer(width: 120).contains("step"), "only the keys of the map given")
        #expect(!footer(width: 80).contains("z w"))
    }

    @Test func tabFocusIsDrawnWithTheHeavierFrameAndMarker() {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
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
        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: 80, height: 24)), model: model)
        app.handle(.step(direction: 1, size: .small))
        app.handle(.step(direction: 1, size: .small))
        Thread.sleep(forTimeInterval: 0.05)
        #expect(refined.withLock { $0 }.isEmpty, "nothing runs in the background before the frame")
        app.finishBackgroundWork()
        // The newest levers, and the baseline: its full run was to be the first refinement,
        // which the keys overtook.
        #expect(refined.withLock { $0 }.sorted() == [0.7, 0.72], "only the newest levers are refined")
    }

    /// A clock the test moves by hand: a full run takes what its forecast moves it by.
    final class TestClock: Sendable {
        private let start = ContinuousClock.now
        private let elapsed = Mutex(Duration.zero)

        func advance(_ duration: Duration) { elapsed.withLock { $0 += duration } }
        var pace: ModelPace { ModelPace(now: { self.start + self.elapsed.withLock { $0 } }) }
    }

    /// A runner whose full runs (100 paths) take 5 ms by `clock`, and its state, once the first
    /// full run is in: before it, no pace is known and the first frame shows the 10-path estimate.
    static func settledRunner(clock: TestClock, foreground: Duration, hold: Duration? = nil) throws -> (ModelRunner, DashboardState) {
        @Sendable func run(_ scenario: Scenario, paths: Int) throws -> Forecast {
            var scenario = scenario
            scenario.simulation.paths = paths
            return try MonteCarlo.run(scenario)
        }
        let model = DashboardModel(forecast: { scenario, _ in clock.advance(.milliseconds(5)); return try run(scenario, paths: 100) },
                                   estimate: { scenario in try run(scenario, paths: 10) },
                                   bestBalance: { _, _ in nil }, foregroundBudget: foreground, holdBudget: hold)
        let runner = ModelRunner(model: model, pace: clock.pace)
        let state = DashboardState(scenario: Fixtures.scenario)
        runner.update(for: state)
        #expect(runner.results.showsEstimate && runner.results.isRefining && runner.results.forecast?.paths == 10)
        runner.finishBackgroundWork()
        #expect(runner.results.forecast?.paths == 100 && !runner.results.showsEstimate && !runner.results.isRefining)
        return (runner, state)
    }

    @Test(arguments: [(Duration.milliseconds(5), true), (.milliseconds(4), false)])
    func aFullRunThatFitsTheFrameBudgetIsDrawnOnTheKeyWithNoEstimateFrame(budget: Duration, fits: Bool) throws {
        var (runner, state) = try Self.settledRunner(clock: TestClock(), foreground: budget)
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(runner.results.isRefining == !fits)
        #expect(runner.results.forecast?.paths == (fits ? 100 : 10))
    }

    @Test func aFullRunDueWithinTheHoldBudgetKeepsTheFiguresUntilItLandsWithNoEstimateFrame() throws {
        // Runs of 5 ms: too long for the key's own frame, soon enough to wait for.
        var (runner, state) = try Self.settledRunner(clock: TestClock(), foreground: .milliseconds(4), hold: .milliseconds(5))
        let settled = try #require(runner.results.forecast)
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(runner.results.isRefining && !runner.results.showsEstimate)
        #expect(runner.results.forecast == settled, "the figures wait for the key's full run")
        // Pinned while the figures wait: the baseline is the new levers', not the figures on screen.
        Reducer.apply(.pinBaseline, to: &state)
        runner.update(for: state)
        #expect(runner.results.baselineForecast?.levers == state.levers)
        runner.finishBackgroundWork()
        #expect(runner.results.forecast?.levers == state.levers && runner.results.forecast?.paths == 100)
        #expect(runner.results.baselineForecast == runner.results.forecast)
    }

    @Test func aFullRunDueAfterTheHoldBudgetShowsTheEstimateFirst() throws {
        var (runner, state) = try Self.settledRunner(clock: TestClock(), foreground: .milliseconds(4), hold: .milliseconds(4))
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(runner.results.isRefining && runner.results.showsEstimate)
        #expect(runner.results.forecast?.paths == 10 && runner.results.forecast?.levers == state.levers)
    }

    @Test func keysFasterThanTheRunsHoldTheFiguresNoLongerThanTheHoldBudgetInAll() throws {
        let clock = TestClock()
        var (runner, state) = try Self.settledRunner(clock: clock, foreground: .milliseconds(4), hold: .milliseconds(20))
        let settled = runner.results.forecast
        // Each key comes 10 ms after the last and overtakes the run the last one asked for.
        for _ in 0..<2 {
            Reducer.apply(.step(direction: 1, size: .small), to: &state)
            runner.update(for: state)
            #expect(runner.results.forecast == settled && !runner.results.showsEstimate, "waiting less than 20 ms")
            clock.advance(.milliseconds(10))
        }
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(runner.results.showsEstimate && runner.results.forecast?.levers == state.levers,
                "after 20 ms of waiting, the estimate of the levers on screen")
        runner.finishBackgroundWork()
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(!runner.results.showsEstimate, "final figures on screen: the next key waits again")
    }

    @Test func theSearchStartsOnlyOnceTheRefinedFiguresAreIn() {
        let searched = Mutex(0)
        let release = DispatchSemaphore(value: 0)
        let model = DashboardModel(
            forecast: { _, _ in release.wait(); return Fixtures.forecast },
            estimate: { _ in Fixtures.forecast },
            bestBalance: { _, _ in searched.withLock { $0 += 1 }; return nil })
        let runner = ModelRunner(model: model)
        runner.update(for: DashboardState(scenario: Fixtures.scenario))
        runner.startBackgroundWork()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(searched.withLock { $0 } == 0, "no search while the refinement runs")
        release.signal()
        release.signal()  // the baseline's run, if it is not the refinement's
        while !runner.collectBackgroundResults() { Thread.sleep(forTimeInterval: 0.001) }
        runner.finishBackgroundWork()
        #expect(searched.withLock { $0 } == 1, "the search runs once the refined figures are in")
    }

    @Test func movingTheBalanceAloneNeverStartsANewSearchButAnotherLeverDoes() {
        let searched = Mutex<[Double]>([])
        let model = DashboardModel(
            forecast: { _, _ in Fixtures.forecast },
            bestBalance: { scenario, _ in
                searched.withLock { $0.append(scenario.levers.pushShare) }
                return BalanceRecommendation(pushShare: 0.57, arrP50: 7e6, cashShortfall: 0, targetMiss: 0.3, meetsLimits: true)
            })
        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: 80, height: 24)), model: model)
        app.finishBackgroundWork()
        app.handle(.step(direction: 1, size: .small))
        app.finishBackgroundWork()
        #expect(searched.withLock { $0 } == [0.7], "the balance is what the search varies")
        app.handle(.selectLever(offset: 1))
        app.handle(.step(direction: 1, size: .small))
        app.finishBackgroundWork()
        #expect(searched.withLock { $0 } == [0.7, 0.71], "a new budget is searched, from the levers on screen")
    }

    @Test func aKeyStopsTheSearchInFlightWhichGoesOnOnceTheNewFiguresAreFinal() {
        let started = DispatchSemaphore(value: 0)
        let calls = Mutex(0)
        let model = DashboardModel(
            forecast: { _, _ in Fixtures.forecast },
            bestBalance: { _, shouldStop in
                if calls.withLock({ $0 += 1; return $0 }) == 1 {
                    started.signal()
                    while !shouldStop() { Thread.sleep(forTimeInterval: 0.001) }
                    return nil
                }
                return BalanceRecommendation(pushShare: 0.57, arrP50: 7e6, cashShortfall: 0, targetMiss: 0.3, meetsLimits: true)
            })
        let runner = ModelRunner(model: model)
        var state = DashboardState(scenario: Fixtures.scenario)
        runner.update(for: state)
        runner.startBackgroundWork()
        started.wait()
        // The balance alone: the same search input, but the cores go to the new figures first.
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        runner.finishBackgroundWork()
        #expect(calls.withLock { $0 } == 2, "the search stopped for the key, then ran again")
        #expect(runner.results.bestBalance == .found(BalanceRecommendation(
            pushShare: 0.57, arrP50: 7e6, cashShortfall: 0, targetMiss: 0.3, meetsLimits: true)))
    }

    @Test func whileRefiningTheChangeIsMeasuredAgainstTheBaselinesOwnEstimate() throws {
        @Sendable func run(_ scenario: Scenario, paths: Int) throws -> Forecast {
            var scenario = scenario
            scenario.simulation.paths = paths
            return try MonteCarlo.run(scenario)
        }
        let model = DashboardModel(forecast: { scenario, _ in try run(scenario, paths: 200) },
                                   estimate: { scenario in try run(scenario, paths: 20) },
                                   bestBalance: { _, _ in nil })
        let runner = ModelRunner(model: model)
        var state = DashboardState(scenario: Fixtures.scenario)
        runner.update(for: state)
        runner.finishBackgroundWork()
        #expect(runner.results.forecast?.paths == 200 && runner.results.baselineForecast?.paths == 200)

        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(runner.results.isRefining && runner.results.forecast?.paths == 20)
        #expect(runner.results.baselineForecast?.paths == 20, "an estimate is compared with an estimate over the same paths")
        runner.finishBackgroundWork()
        #expect(runner.results.forecast?.paths == 200 && runner.results.baselineForecast?.paths == 200)

        // Pinning while the estimate is on screen: the estimate is the new baseline's, and its
        // full run is the refinement that is already on its way (no run of its own on the key).
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        Reducer.apply(.pinBaseline, to: &state)
        runner.update(for: state)
        #expect(runner.results.baselineForecast == runner.results.forecast)
        runner.finishBackgroundWork()
        #expect(runner.results.baselineForecast?.paths == 200 && runner.results.baselineForecast == runner.results.forecast)
        #expect(runner.results.forecast?.levers.pushShare == 0.72)
    }
}
