import PushPullModel
import TerminalUI
import Theming

/// For the projector: the two headline figures in big digits, the balance, and the
/// risks summed up. Details stay on the normal screen.
struct PresentationScreen: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        guard let forecast = view.forecast else { return }
        let baseline = view.baselineForecast ?? forecast
        let format = view.format
        let (figures, below) = area.splitTop(BigText.height + 5)
        let halves = figures.columns([1, 1])
        drawFigure("ARR at month \(forecast.horizonMonths) (P50)", value: forecast.arrAtHorizon.p50,
                   baseline: baseline.arrAtHorizon.p50,
                   detail: "P10 \(format.money(forecast.arrAtHorizon.p10)) to P90 \(format.money(forecast.arrAtHorizon.p90))",
                   into: &buffer, in: halves[0].inset(1))
        drawFigure("Next quarter bookings (P50)", value: forecast.nextQuarterBookings.p50,
                   baseline: baseline.nextQuarterBookings.p50,
                   detail: "target \(format.money(view.state.scenario.targets.quarterlyBookings)) a quarter",
                   into: &buffer, in: halves[1].inset(1))

        let (balance, risks) = below.splitTop(3)
        let levers = LeversPanel(view: view)
        let panel = view.panel("Push / pull balance \(view.symbols.dot) \(levers.bestBalanceText)", focused: false)
        panel.render(into: &buffer, area: balance)
        levers.drawBalance(into: &buffer, in: panel.inner(balance))
        let chartArea = drawRiskSummary(forecast.gauges, into: &buffer, in: risks)
        // What room is left (a tall screen) shows the ARR chart, so the room sees the range too.
        if chartArea.height >= 8 { ForecastPanel(view: view).render(into: &buffer, area: chartArea) }
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
        view.write(TextLine([change, Span(" vs baseline", style: theme[.muted])]), in: area.row(BigText.height + 1), into: &buffer)
        view.write(TextLine(detail, style: theme[.muted]), in: area.row(BigText.height + 2), into: &buffer)
    }

    /// A count per state in the title, then every gauge that is not ok, two to a row; returns the area left below.
    private func drawRiskSummary(_ gauges: [Gauge], into buffer: inout Buffer, in area: Rect) -> Rect {
        let gaugesPanel = GaugesPanel(view: view)
        let counts = [GaugeStatus.ok, .warn, .alert].map { status in
            "\(gaugesPanel.statusText(status)): \(gauges.filter { $0.status == status }.count)"
        }
        let notOk = gauges.filter { $0.status != .ok }
        let panel = view.panel("Risk \(view.symbols.dot) \(counts.joined(separator: "  "))", focused: false)
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
