import TerminalUI
import Theming

/// Shown instead of the dashboard below the minimum size, until the terminal grows.
struct TooSmallScreen: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let need = DashboardScreen.minimumSize
        let times = view.symbols.times
        Label(lines: [
            TextLine("terminal too small: \(area.width)\(times)\(area.height), need \(need.width)\(times)\(need.height)",
                     style: view.theme[.warn], alignment: .center),
            TextLine("enlarge the window, or q to quit", style: view.theme[.muted], alignment: .center),
        ], glyphs: view.glyphs).render(into: &buffer, area: area.splitTop(area.height / 2).1)
    }
}
