import Presentation
import TextSafety
import PushPullModel
import TerminalUI
import Theming

/// The back-test over the dashboard: the export's won deals a month as the solid line, over the
/// model's P10–P90 band and its P50 as points, with the months named below.
struct PastReplayOverlay: Widget {
    let view: DashboardView
    let replay: PastReplay

    func render(into buffer: inout Buffer, area screen: Rect) {
        let width = min(screen.width - 2, 100)
        let height = min(screen.height - 2, 22)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2,
                       width: width, height: height)
        buffer.fill(box.inset(-1).intersection(screen), with: Cell(" ", style: view.theme[.text]))
        let title = "Back-test \(view.symbols.dot) \(UntrustedText.escaped(replay.source)) \(view.symbols.dot) B or Esc closes"
        let panel = view.panel(title, focused: true)
        panel.render(into: &buffer, area: box)
        let inner = panel.inner(box)
        let (top, rest) = inner.splitTop(1)
        let (chartArea, axis) = rest.splitBottom(1)
        let inside = NumberFormat.percent(replay.coverage)
        let dot = view.symbols.dot
        // The coverage first: on a narrow screen the legend is what gets cut.
        Label(lines: [TextLine("Won deals a month \(dot) \(inside) of months inside P10–P90 \(dot) solid: the export "
                                + "\(dot) \(view.glyphs.chartGhostPoint) model P50 \(dot) area: P10–P90", style: view.theme[.muted])], glyphs: view.glyphs)
            .render(into: &buffer, area: top)
        let chart = LineChart(
            median: replay.actualWon, bandLow: replay.modelWon.map(\.p10), bandHigh: replay.modelWon.map(\.p90),
            baseline: replay.modelWon.map(\.p50),
            styles: .init(median: view.theme[.headline], band: view.theme[.band], baseline: view.theme[.baseline],
                          cursor: view.theme[.cursor], axis: view.theme[.muted]),
            glyphs: view.glyphs)
        chart.render(into: &buffer, area: chartArea)
        let plot = chart.plotArea(in: chartArea)
        guard let first = replay.months.first, let last = replay.months.last else { return }
        buffer.write(first, x: plot.x, y: axis.y, style: view.theme[.muted], maxWidth: plot.width)
        if last.count + 1 < plot.width - first.count {
            buffer.write(last, x: plot.x + plot.width - last.count, y: axis.y, style: view.theme[.muted])
        }
    }
}
