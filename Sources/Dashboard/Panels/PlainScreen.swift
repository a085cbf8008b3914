import Presentation
import PushPullModel
import TerminalUI
import Theming

/// The dashboard for a screen reader (`--plain`, `--screen-reader`): no charts, bars or
/// braille, one fact a line, in reading order, the same keys. A chart read cell by cell is noise.
struct PlainScreen: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        for (index, line) in lines().prefix(area.height).enumerated() {
            view.write(TextLine(line, style: view.theme[.text]), in: area.row(index), into: &buffer)
        }
    }

    /// Every fact, one a line.
    func lines() -> [String] {
        let state = view.state, format = view.format
        var lines = ["pushpull: \(state.scenario.name)\(state.hasUnsavedChanges ? ", unsaved changes" : "")"]
        if let status = state.status?.text { lines.append("Status: \(status)") }
        let selected = state.selectedLever
        lines += Lever.allCases.map { lever in
            "\(lever == selected ? "Selected lever" : "Lever"): \(lever.label) \(leverValue(lever))"
        }
        guard let forecast = view.forecast else { return lines + ["Forecast: computing"] }
        let baseline = view.baselineForecast ?? forecast
        let arr = forecast.arrAtHorizon, quarter = forecast.nextQuarterBookings
        lines.append("ARR at month \(forecast.horizonMonths): \(format.money(arr.p50)), P10 \(format.money(arr.p10)), P90 \(format.money(arr.p90)), "
                     + "change \(format.change(from: baseline.arrAtHorizon.p50, to: arr.p50))")
        lines.append("Next quarter bookings: \(format.money(quarter.p50)), change \(format.change(from: baseline.nextQuarterBookings.p50, to: quarter.p50))")
        if let month = view.cursorMonth {
            lines.append("Month \(month.month): ARR \(format.money(month.arr.p50)), P10 \(format.money(month.arr.p10)), P90 \(format.money(month.arr.p90))")
            lines.append("Month \(month.month): bookings \(format.money(month.bookings.p50)), cash \(format.money(month.cash.p50))")
            for (stage, (load, flow)) in zip(state.scenario.stages, zip(month.meanPipeline, month.meanFlows)) {
                lines.append("Stage \(stage.name): \(Int(load.push.rounded())) push, \(Int(load.pull.rounded())) pull; "
                             + "this month \(Int(flow.entered.rounded())) entered, \(Int(flow.advanced.rounded())) advanced, \(Int(flow.lost.rounded())) lost")
            }
        }
        let gauges = GaugesPanel(view: view)
        for gauge in forecast.gauges {
            let change = baseline.gauge(gauge.id).map { format.gaugeChange(from: $0, to: gauge, horizon: forecast.horizonMonths) } ?? ""
            lines.append("Gauge \(gauge.label): \(format.gaugeValue(gauge, horizon: forecast.horizonMonths)), "
                         + "\(gauges.statusText(gauge.status)), change \(change)")
        }
        return lines
    }

    private func leverValue(_ lever: Lever) -> String {
        lever == .pushShare
            ? "push \(NumberFormat.balance(pushShare: view.state.levers.pushShare).push), pull \(NumberFormat.balance(pushShare: view.state.levers.pushShare).pull)"
            : LeversPanel(view: view).valueText(lever)
    }
}
