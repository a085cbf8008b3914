@testable import Dashboard
import TerminalUI
import Testing
import Theming

/// The themes `t` cycles through beyond the first are read once the first frame is drawn.
@Suite("Themes read after the first frame")
struct LaterThemesTests {
    static func theme(_ name: String) -> Theme {
        var theme = Theme.builtInDefault
        theme.name = name
        return theme
    }

    @Test func theyAreReadAfterTheFirstFrameAndCycledThrough() {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        var drawsWhenRead: Int?
        let app = DashboardApp(scenario: Fixtures.scenario, themes: [Self.theme("First")],
                               laterThemes: { drawsWhenRead = backend.drawCount; return ([Self.theme("Second"), Self.theme("Third")], nil) },
                               backend: backend)
        #expect(app.state.themeNames == ["First"])
        backend.queue([.character("t"), .character("q")])
        app.run()
        #expect(drawsWhenRead == 1, "read once, right after the first frame")
        #expect(app.state.themeNames == ["First", "Second", "Third"])
        #expect(app.state.themeCount == 3)
        #expect(app.state.themeIndex == 1, "t went on to the second theme")
    }

    @Test func aBrokenOneIsSaidBesideTheStartsMessage() {
        let backend = MemoryBackend(size: Size(width: 80, height: 24), keys: [.character("q")])
        let app = DashboardApp(scenario: Fixtures.scenario, themes: [Self.theme("First")],
                               laterThemes: { ([], "bad.toml:3:8: colors.push: not a colour") },
                               backend: backend, status: "journal not writable")
        app.run()
        #expect(app.state.lastMessage?.detail == "journal not writable; bad.toml:3:8: colors.push: not a colour")
        #expect(app.state.themeNames == ["First"])
    }
}
