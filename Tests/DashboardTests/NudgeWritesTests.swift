@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

@Suite("What a nudge writes")
struct NudgeWritesTests {
    /// With a model whose figures do not depend on the levers, a nudge (after the first, which
    /// marks the levers unsaved in the header) changes the inputs of the levers panel only: every
    /// cell a backend keeping the last frame would write is there.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func aNudgeLeavesThePanelsWhoseInputsDidNotChangeUnwritten(size: Size) throws {
        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: size), model: Fixtures.cheapModel)
        app.handle(.step(direction: 1, size: .small))
        app.finishBackgroundWork()
        let before = app.render()
        app.handle(.step(direction: 1, size: .small))
        app.finishBackgroundWork()
        let after = app.render()

        let changes = FrameDiff(from: before, to: after, within: size).changes
        let levers = try #require(DashboardScreen.panelAreas(size: size)?[.levers])
        #expect(!changes.isEmpty, "the lever moved")
        let outside = changes.filter { !levers.contains(x: $0.x, y: $0.y) }
        #expect(outside.isEmpty, "written outside the levers panel: \(outside.map { after.lines()[$0.y] })")
    }
}
