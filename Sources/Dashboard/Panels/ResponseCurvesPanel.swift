import PushPullModel
import TerminalUI
import Theming

/// Response curves (`v`): push, content and partners, each channel's effect (share of its full
/// effect) against steady monthly spend, today's spend as the cursor; under each, where it
/// saturates and what the next 10% of the budget spent there adds to horizon ARR. The last row
/// says whether seller capacity binds.
struct ResponseCurvesPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let dot = view.symbols.dot
        let response = view.results.responseCurves
        let summary = response.map { [Span("Effect against spend a month \(dot) cursor: today \(dot) next \(Int(($0.slice * 100).rounded()))% of budget "
                                             + "over \($0.paths) paths", style: view.theme[.text])] } ?? []
        guard let body = AnalysisFrame(view: view).render(title: "Response curves \(dot) v closes", summary: summary,
                                                          hasAnswer: response != nil, into: &buffer, area: area),
              let response else { return }
        let (curvesArea, capacityRow) = body.splitBottom(1)
        let columns = curvesArea.columns(Array(repeating: 1, count: response.curves.count))
        for (curve, column) in zip(response.curves, columns) {
            draw(curve, into: &buffer, area: column.splitLeft(column.width - 1).0)
        }
        let capacity = response.capacityBindsFromMonth.map {
            TextLine("Seller capacity binds from month \($0): up to \(Int(response.mostWaitingForSeller.rounded())) deals wait for a seller",
                     style: view.theme[.warn])
        } ?? TextLine("Seller capacity does not bind: no deal waits long for a seller", style: view.theme[.muted])
        view.write(capacity, in: capacityRow, into: &buffer)
    }

    private func draw(_ curve: ResponseCurve, into buffer: inout Buffer, area: Rect) {
        let theme = view.theme, format = view.format
        let notes = [
            TextLine("today \(format.money(curve.todaySpend)): \(format.percent(curve.todayEffect))", style: theme[.text]),
            TextLine("90% at \(format.money(curve.saturationSpend))", style: theme[.muted]),
            TextLine([Span("+\(Int((curve.marginal.extraPerMonth / max(1, curve.todaySpend) * 100).rounded()))% here: ", style: theme[.muted]),
                      Span("ARR \(format.moneyChange(curve.marginal.arrGain))", style: theme[curve.marginal.arrGain >= 0 ? .good : .alert])]),
        ]
        let (title, rest) = area.splitTop(1)
        let (chartArea, notesArea) = rest.splitBottom(min(notes.count, max(0, rest.height - 3)))
        view.write(TextLine(curve.channel.label, style: theme[.title]), in: title, into: &buffer)
        let step = curve.spends.count > 1 ? curve.spends[1] - curve.spends[0] : 1
        let today = Int((curve.todaySpend / max(step, 1e-9)).rounded())
        LineChart(median: curve.effects, cursor: min(today, curve.effects.count - 1), yRange: 0...1,
                  formatY: { format.percent($0) },
                  styles: .init(median: theme[.headline], cursor: theme[.cursor], axis: theme[.muted]), glyphs: view.glyphs)
            .render(into: &buffer, area: chartArea)
        for (index, line) in notes.prefix(notesArea.height).enumerated() { view.write(line, in: notesArea.row(index), into: &buffer) }
    }
}
