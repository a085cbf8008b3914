import Testing
import PushPullModel
import TerminalUI
@testable import Dashboard

/// A scenario file changing under the dashboard (`--watch`), and levers recovered after a crash.
@Suite("Reload and recovery")
struct ReloadAndRecoveryTests {
    @Test("A reload takes the file's scenario and the merged levers, keeping unsaved moves visible")
    func reloadKeepsMovedLevers() {
        var moved = Fixtures.applying([.step(direction: 1, size: .large)])
        #expect(moved.hasUnsavedChanges)
        var fromFile = Fixtures.scenario
        fromFile.name = "Edited in another pane"
        fromFile.targets.periodBookings *= 2
        let merged = moved.levers
        moved = Fixtures.applying([.reloaded(fromFile, levers: merged)], to: moved)
        #expect(moved.scenario == fromFile)
        #expect(moved.levers == merged)
        #expect(moved.hasUnsavedChanges, "the moved balance is still not saved")
        #expect(moved.status?.text.contains("reloaded") == true)
    }

    @Test("Recovered levers start the dashboard as unsaved changes, with a status message")
    func recoveredLeversAreUnsaved() {
        var recovered = Fixtures.scenario.levers
        recovered.pushShare = 0.45
        let app = DashboardApp(scenario: Fixtures.scenario, levers: recovered, backend: MemoryBackend(size: Size(width: 80, height: 24)),
                               model: Fixtures.cheapModel, status: "a theme file was broken")
        #expect(app.state.levers.pushShare == 0.45)
        #expect(app.state.hasUnsavedChanges)
        #expect(app.state.status?.text == "a theme file was broken")
        #expect(app.render().text.contains("Push 45%"))
    }
}
