import Presentation
import PushPullModel
import TerminalUI
import Theming

/// The tornado (`z`): each lever and main parameter moved down (`▒`) and up (`█`) by a stated
/// step, its change of the chosen metric (`x`) drawn from a centre line, largest swing first.
/// Every bar runs over the same paths as the base, so a bar is an effect, never noise.
struct SensitivityPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let metric = view.state.analysisChoices.sensitivityMetric, dot = view.symbols.dot
        let tornado = view.results.sensitivity
        let title = "Sensitivity \(dot) \(metric.label) \(dot) x: metric \(dot) z closes"
        guard let body = AnalysisFrame(view: view).render(title: title, summary: summary(tornado, metric: metric),
                                                          hasAnswer: tornado != nil, into: &buffer, area: area),
              let tornado, let base = tornado.base[metric] else { return }
        let rows = tornado.sorted(by: metric)
        let labelWidth = body.width >= 110 ? 36 : body.width >= 90 ? 26 : 20
        let valueWidth = 6, swingWidth = body.width >= 90 ? 9 : 0
        let barsWidth = max(4, body.width - labelWidth - 2 * (valueWidth + 1) - swingWidth)
        let half = barsWidth / 2
        let scale = rows.flatMap { [abs($0.low[metric] - base), abs($0.high[metric] - base)] }.max() ?? 0
        let theme = view.theme, g = view.glyphs
        let barsX = body.x + labelWidth + valueWidth + 1, centre = barsX + half
        let (header, list) = body.splitTop(1)
        view.write(TextLine([Span("\(g.barSecondary.full) down   ", style: theme[.band]), Span("\(g.barPrimary.full) up", style: theme[.headline]),
                             Span("   change from \(value(base, metric)) \(dot) swing", style: theme[.muted])]),
                   in: header, into: &buffer)
        for (index, row) in rows.prefix(list.height).enumerated() {
            let y = list.y + index
            view.write(TextLine(row.factor.label, style: theme[.text]), in: Rect(x: body.x, y: y, width: labelWidth - 1, height: 1), into: &buffer)
            view.write(TextLine(factorValue(row.factor, row.low.value), style: theme[.muted], alignment: .right),
                       in: Rect(x: body.x + labelWidth, y: y, width: valueWidth, height: 1), into: &buffer)
            buffer[centre, y] = Cell(g.axis, style: theme[.muted])
            // The longer side first, so the shorter stays visible when both go the same way.
            let sides = [(row.low[metric] - base, g.barSecondary.full, Role.band), (row.high[metric] - base, g.barPrimary.full, Role.headline)]
                .sorted { abs($0.0) > abs($1.0) }
            for (change, symbol, role) in sides where scale > 0 && change != 0 {
                let room = change < 0 ? half : barsWidth - half - 1
                let cells = min(room, max(1, Int((abs(change) / scale * Double(room)).rounded())))
                buffer.write(String(repeating: symbol, count: cells), x: change < 0 ? centre - cells : centre + 1, y: y, style: theme[role])
            }
            view.write(TextLine(factorValue(row.factor, row.high.value), style: theme[.muted]),
                       in: Rect(x: barsX + barsWidth + 1, y: y, width: valueWidth, height: 1), into: &buffer)
            if swingWidth > 0 {
                view.write(TextLine(value(row.swing(metric), metric), style: theme[.text], alignment: .right),
                           in: Rect(x: body.right - swingWidth, y: y, width: swingWidth, height: 1), into: &buffer)
            }
        }
    }

    private func summary(_ tornado: Sensitivity?, metric: SensitivityMetric) -> [Span] {
        guard let tornado else { return [] }
        let steps = tornado.steps
        return [Span("Shares \(view.symbols.plusMinus)\(Int((steps.share * 100).rounded()))pt, budget and parameters "
                     + "\(view.symbols.plusMinus)\(Int((steps.relative * 100).rounded()))% \(view.symbols.dot) \(tornado.paths) paths, the same for every bar",
                     style: view.theme[.text])]
    }

    private func value(_ value: Double, _ metric: SensitivityMetric) -> String {
        metric.isMoney ? view.format.money(value) : view.format.percent(value)
    }

    /// A lever's value in its unit; a parameter as its multiplier (`×0.80`).
    private func factorValue(_ factor: SensitivityFactor, _ value: Double) -> String {
        guard case .lever(let lever) = factor else { return view.symbols.times + NumberFormat.fixed(value, digits: 2) }
        return lever.isShare ? view.format.percent(value) : view.format.money(value)
    }
}
