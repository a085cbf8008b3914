import Foundation
@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

/// A computation that fails in the background is said in the status line, never waited for.
@Suite("Model failures")
struct ModelFailureTests {
    struct Broken: Error, CustomStringConvertible { var description: String { "out of memory" } }

    @Test func aFailedRefinementKeepsTheEstimateStopsRefiningAndSaysWhy() {
        let model = DashboardModel(forecast: { _, _ in throw Broken() },
                                   estimate: { _ in Fixtures.forecast },
                                   bestBalance: { _, _ in nil })
        let runner = ModelRunner(model: model)
        var state = DashboardState(scenario: Fixtures.scenario)
        Reducer.apply(.step(direction: 1, size: .small), to: &state)
        runner.update(for: state)
        #expect(runner.results.isRefining)
        runner.finishBackgroundWork()
        #expect(!runner.results.isRefining, "the run loop goes back to waiting for keys")
        #expect(runner.results.forecast == Fixtures.forecast, "the estimate stays on screen")
        #expect(runner.results.forecastError == "model: out of memory")

        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: 80, height: 24)), model: model)
        app.finishBackgroundWork()
        #expect(app.render().lines()[22].contains("model: out of memory (showing the last good forecast)"))
    }

    @Test func aFailedSearchShowsTheBestBalanceAsUnavailableAndSaysWhy() {
        let model = DashboardModel(forecast: { _, _ in Fixtures.forecast }, bestBalance: { _, _ in throw Broken() })
        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: 80, height: 24)), model: model)
        app.finishBackgroundWork()
        let screen = app.render().lines()
        #expect(screen[2].contains("best n/a"))
        #expect(screen[22].contains("best balance: out of memory"))
    }
}
