import PushPullModel
import TerminalUI
import Theming

/// For the projector: the two headline figures in large type, the selected lever (so ←/→
/// move only what is on screen), the risks summed up, and the ARR chart filling what is left
/// at every size. Details stay on the normal screen.
struct PresentationScreen: Widget {
    let view: DashboardView

    /// Below this height the risks shrink to one line so the chart keeps its room.
    private static let roomyHeight = 30

    func render(into buffer: inout Buffer, area: Rect) {
        guard let forecast = view.forecast else { return }
        let baseline = view.baselineForecast ?? forecast
        let format = view.format, dash = view.symbols.rangeDash
        let (figures, below) = area.splitTop(BigText.height + 4)
        let halves = figures.columns([1, 1])
        drawFigure("ARR at month \(forecast.horizonMonths) (P50)", value: forecast.arrAtHorizon.p50,
                   baseline: baseline.arrAtHorizon.p50,
                   detail: "P10\(dash)P90 \(format.money(forecast.arrAtHorizon.p10))\(dash)\(format.money(forecast.arrAtHorizon.p90))",
                   into: &buffer, in: halves[0].inset(1))
        drawFigure("Next quarter bookings (P50)", value: forecast.nextQuarterBookings.p50,
                   baseline: baseline.nextQuarterBookings.p50,
                   detail: "target \(format.money(view.state.scenario.targets.quarterlyBookings))",
                   into: &buffer, in: halves[1].inset(1))

        let (leverBox, rest) = below.splitTop(4)
        drawSelectedLever(into: &buffer, in: leverBox)
        let chartArea = area.height >= Self.roomyHeight
            ? drawRiskSummary(forecast.gauges, into: &buffer, in: rest)
            : drawRiskLine(forecast.gauges, into: &buffer, in: rest)
        if chartArea.height >= 5 { ForecastPanel(view: view).render(into: &buffer, area: chartArea) }
    }

    /// The lever ←/→ move, in a frame that says how to choose another.
    private func drawSelectedLever(into buffer: inout Buffer, in box: Rect) {
        let levers = LeversPanel(view: view)
        let keys = "\(view.symbols.dot) \(view.glyphs.arrowUp)/\(view.glyphs.arrowDown) choose a lever"
        let selected = view.state.selectedLever
        let title = selected == .pushShare ? "Push / pull balance \(view.symbols.dot) \(levers.bestBalanceText) \(keys)" : "\(selected.label) \(keys)"
        let panel = view.panel(title, focused: true)
        panel.render(into: &buffer, area: box)
        let inner = panel.inner(box)
        if selected == .pushShare {
            levers.drawBalance(into: &buffer, in: inner.row(0))
        } else {
            levers.drawLever(selected, into: &buffer, label: inner.row(0), track: inner.row(1))
        }
    }

    private func drawFigure(_ title: String, value: Double, baseline: Double, detail: String,
                            into buffer: inout Buffer, in area: Rect) {
        let format = view.format, theme = view.theme
        view.write(TextLine(title, style: theme[.title]), in: area.row(0), into: &buffer)
        let figure = format.money(value)
        if BigText.width(of: figure) <= area.width {
            BigText.draw(figure, into: &buffer, x: area.x, y: area.y + 1, style: theme[.headline], ink: view.glyphs.barPrimary.full)
        } else {
            view.write(TextLine(figure, style: theme[.headline]), in: area.row(3), into: &buffer)
        }
        let change = Span(format.change(from: baseline, to: value), style: theme[view.changeRole(from: baseline, to: value)])
        view.write(TextLine([change, Span(" vs baseline \(view.symbols.dot) \(detail)", style: theme[.muted])]),
                   in: area.row(BigText.height + 1), into: &buffer)
    }

    /// `Risk · ✓ ok: 4  ! warn: 5  ✖ alert: 0` on one line; returns the area left below.
    private func drawRiskLine(_ gauges: [Gauge], into buffer: inout Buffer, in area: Rect) -> Rect {
        let (line, rest) = area.splitTop(1)
        view.write(TextLine(" Risk \(view.symbols.dot) \(riskCounts(gauges))", style: view.theme[.title]), in: line, into: &buffer)
        return rest
    }

    private func riskCounts(_ gauges: [Gauge]) -> String {
        let gaugesPanel = GaugesPanel(view: view)
        return [GaugeStatus.ok, .warn, .alert].map { status in
            "\(gaugesPanel.statusText(status)): \(gauges.filter { $0.status == status }.count)"
        }.joined(separator: "  ")
    }

    /// A count per state in the title, then every gauge that is not ok, two to a row; returns the area left below.
    private func drawRiskSummary(_ gauges: [Gauge], into buffer: inout Buffer, in area: Rect) -> Rect {
        let gaugesPanel = GaugesPanel(view: view)
        let notOk = gauges.filter { $0.status != .ok }
        let panel = view.panel("Risk \(view.symbols.dot) \(riskCounts(gauges))", focused: false)
        let (box, rest) = area.splitTop(2 + max(1, (notOk.count + 1) / 2))
        panel.render(into: &buffer, area: box)
        let inner = panel.inner(box)
        let horizon = view.forecast?.horizonMonths ?? 0
        let halves = inner.columns([1, 1])
        for (index, gauge) in notOk.enumerated() {
            let text = "\(gaugesPanel.statusText(gauge.status))  \(gauge.label) \(view.format.gaugeValue(gauge, horizon: horizon))"
            let cell = halves[index % 2].row(index / 2).splitLeft(1).1
            view.write(TextLine(text, style: view.theme[gaugesPanel.role(of: gauge.status)]), in: cell, into: &buffer)
        }
        if notOk.isEmpty {
            view.write(TextLine("every gauge ok", style: view.theme[.good]), in: inner.row(0).splitLeft(1).1, into: &buffer)
        }
        return rest
    }
}
