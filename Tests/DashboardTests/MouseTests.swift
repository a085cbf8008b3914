@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

/// Mouse events become the commands keys give, from where things are drawn.
@Suite("Mouse")
struct MouseTests {
    static func app(width: Int = 120, height: Int = 40) -> DashboardApp {
        DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: width, height: height)), model: Fixtures.cheapModel)
    }

    /// The cell where `text` starts on the rendered screen.
    static func find(_ text: String, in app: DashboardApp) -> (x: Int, y: Int)? {
        for (y, line) in app.render().lines().enumerated() {
            if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), y) }
        }
        return nil
    }

    @Test("A click on a lever's label selects it; on its track sets it, on the lever's steps", arguments: [(80, 24), (120, 40)])
    func clickSelectsAndSets(width: Int, height: Int) throws {
        let app = Self.app(width: width, height: height)
        let label = try #require(Self.find("Quota pressure", in: app))
        app.handle(Key.mouse(MouseEvent(.press, x: label.x + 2, y: label.y)))
        #expect(app.state.selectedLever == .quotaPressure)
        #expect(app.state.levers == Fixtures.scenario.levers, "a click on the label changes nothing")
        // The track's first cell is 0, its last 100%.
        app.handle(Key.mouse(MouseEvent(.press, x: 3, y: label.y + 1)))
        #expect(app.state.levers.quotaPressure == 0)
        let track = app.render().lines()[label.y + 1]
        // The levers panel ends at its right frame; the chart beside it draws with the same glyphs.
        let panel = track[..<(track.dropFirst().firstIndex { "┃│".contains($0) } ?? track.endIndex)]
        let end = track.distance(from: track.startIndex, to: try #require(panel.lastIndex { "─━●".contains($0) }))
        app.handle(Key.mouse(MouseEvent(.drag, x: end, y: label.y + 5)))
        #expect(app.state.levers.quotaPressure == 1, "a drag moves the selected lever whatever the row")
        app.handle(Key.mouse(MouseEvent(.wheelDown, x: 10, y: label.y)))
        #expect(app.state.levers.quotaPressure == 0.99)
        #expect(app.state.levers.pushShare == Fixtures.scenario.levers.pushShare)
    }

    @Test func aPressAndTheDragAfterItAreOneUndoStep() {
        let moved = Fixtures.applying([.dragLever(.quotaPressure, 0.1, starting: true), .dragLever(.quotaPressure, 0.5, starting: false),
                                       .dragLever(.quotaPressure, 0.9, starting: false)])
        #expect(moved.levers.quotaPressure == 0.9)
        let undone = Fixtures.applying([.undo], to: moved)
        #expect(undone.levers.quotaPressure == Fixtures.scenario.levers.quotaPressure)
        #expect(undone.status?.text == "undo: Quota pressure 90% → 30%")
        let twice = Fixtures.applying([.dragLever(.quotaPressure, 0.2, starting: true)], to: moved)
        #expect(Fixtures.applying([.undo], to: twice).levers.quotaPressure == 0.9, "a new press is a new step")
        let afterKey = Fixtures.applying([.choose(.budget), .dragLever(.budget, 100_000, starting: false)])
        #expect(Fixtures.applying([.undo], to: afterKey).levers.budget == 250_000, "a drag with no press first is a step too")
    }

    @Test func aClickOnTheBalanceBarSetsTheShareOnWholePoints() throws {
        let app = Self.app()
        let push = try #require(Self.find("Push 70% ", in: app))
        app.handle(Key.mouse(MouseEvent(.press, x: push.x + 9 + 5, y: push.y)))
        let share = app.state.levers.pushShare
        #expect(share < 0.7 && share > 0)
        #expect((share * 100).rounded() == share * 100, "on the lever's small steps: \(share)")
    }

    @Test func clicksFocusPanelsAndPickAMonthWheelMovesIt() throws {
        let app = Self.app()
        let pipeline = try #require(Self.find("Pipeline", in: app))
        app.handle(Key.mouse(MouseEvent(.press, x: pipeline.x + 3, y: pipeline.y + 3)))
        #expect(app.state.focus == .pipeline)
        app.handle(Key.mouse(MouseEvent(.wheelUp, x: pipeline.x + 3, y: pipeline.y + 3)))
        #expect(app.state.monthCursor == 13)
        let chart = try #require(Self.find("ARR forecast", in: app))
        app.handle(Key.mouse(MouseEvent(.press, x: 118, y: chart.y + 5)))
        #expect(app.state.focus == .forecast)
        #expect(app.state.monthCursor == 36)
        let risk = try #require(Self.find("P(miss target)", in: app))
        app.handle(Key.mouse(MouseEvent(.press, x: risk.x, y: risk.y)))
        #expect(app.state.focus == .gauges)
        app.handle(Key.mouse(MouseEvent(.wheelUp, x: risk.x, y: risk.y)))
        #expect(app.state.levers == Fixtures.scenario.levers && app.state.monthCursor == 36, "the wheel does nothing on Risk")
    }

    @Test func anOpenFieldOrOverlayTakesNoClicks() throws {
        let app = Self.app()
        app.handle(.toggleHelp)
        app.handle(Key.mouse(MouseEvent(.press, x: 3, y: 5)))
        #expect(app.state.levers == Fixtures.scenario.levers && app.state.focus == .levers)
        app.handle(.closeHelp)
        app.handle(.beginExactValue)
        app.handle(Key.mouse(MouseEvent(.press, x: 10, y: 30)))
        #expect(app.state.focus == .levers && app.state.input != nil)
    }
}
