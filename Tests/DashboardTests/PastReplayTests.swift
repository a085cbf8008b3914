import PushPullModel
import TerminalUI
import Testing
@testable import Dashboard

/// The back-test view (`B`): a key that opens and closes it, a clear word when there is none, and a
/// chart whose labels come from the replay.
@Suite struct PastReplayTests {
    static let replay = PastReplay(
        source: "deals\u{1B}[2J.csv", months: ["2024-01", "2024-02", "2024-03", "2024-04"],
        actualWon: [12, 30, 14, 16],
        modelWon: Array(repeating: Band(p10: 10, p50: 15, p90: 20), count: 4), coverage: 0.75)

    @Test func withoutABacktestTheKeySaysHowToGetOne() {
        let state = Fixtures.applying([.togglePastReplay])
        #expect(!state.isPastReplayShown)
        #expect(state.status == StatusMessage("no back-test: start with --backtest EXPORT.csv"))
    }

    @Test func bOpensItAndBOrEscCloseIt() {
        var state = Fixtures.state()
        state.pastReplay = Self.replay
        let interpreter = KeyInterpreter()
        #expect(interpreter.command(for: .character("B"), in: state) == .togglePastReplay)
        Reducer.apply(.togglePastReplay, to: &state)
        #expect(state.isPastReplayShown)
        // While it is shown, other keys do nothing: the levers stay where they were.
        #expect(interpreter.command(for: .right, in: state) == nil)
        #expect(interpreter.command(for: .escape, in: state) == .togglePastReplay)
        #expect(interpreter.command(for: .character("B"), in: state) == .togglePastReplay)
        Reducer.apply(.togglePastReplay, to: &state)
        #expect(!state.isPastReplayShown)
    }

    @Test func theViewNamesTheExportAndItsMonthsAndEscapesTheName() {
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", backend: MemoryBackend(size: Size(width: 120, height: 40)),
                               model: Fixtures.cheapModel, pastReplay: Self.replay)
        app.handle(.character("B"))
        let text = app.render().text
        #expect(text.contains("Back-test · deals\\u001B[2J.csv · B or Esc closes"))
        #expect(text.contains("2024-01") && text.contains("2024-04"))
        #expect(text.contains("Won deals a month · 75% of months inside P10–P90"))
        #expect(text.contains("Esc or B closes the back-test"))
        #expect(!text.contains("\u{1B}"))
        app.handle(.escape)
        #expect(!app.render().text.contains("Back-test"))
    }
}
