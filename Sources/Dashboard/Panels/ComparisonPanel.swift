import PushPullModel
import TerminalUI
import Theming

/// Compare (`c`): two scenarios side by side over the same paths: levers, headline figures with
/// their P10–P90 range, gauges, and B − A, figures that differ marked `●`. A is the pinned
/// baseline and B the levers on screen; with `--compare FILE`, A is on screen and B the file.
/// Wide screens draw both ARR forecasts on one chart beside the table.
struct ComparisonPanel: Widget {
    let view: DashboardView

    private static let chartMinimumWidth = 110

    func render(into buffer: inout Buffer, area: Rect) {
        let dot = view.symbols.dot
        let sides = view.state.comparisonScenario == nil ? "A: baseline, B: on screen" : "A: on screen, B: --compare file"
        let comparison = view.results.comparison
        guard let body = AnalysisFrame(view: view).render(title: "Compare \(dot) \(sides) \(dot) c closes", summary: summary(comparison),
                                                          hasAnswer: comparison != nil, into: &buffer, area: area),
              let comparison else { return }
        let wide = body.width >= Self.chartMinimumWidth
        let (tableArea, chartArea) = wide ? body.splitLeft(body.width - 44) : (body, Rect(x: 0, y: 0, width: 0, height: 0))
        drawTable(comparison, ranges: wide || body.width >= 100, into: &buffer, area: tableArea)
        if wide { drawChart(comparison, into: &buffer, area: chartArea.splitLeft(2).1) }
    }

    private func summary(_ comparison: ScenarioComparison?) -> [Span] {
        guard let comparison else { return [] }
        let differing = comparison.rows.filter(\.differs).count
        let text = differing == 0 ? "No difference: both give the same figures"
            : "\(differing) of \(comparison.rows.count) figures differ (\(view.glyphs.sliderKnob))"
        return [Span(text + " \(view.symbols.dot) same \(comparison.forecastA.paths) paths and seed for both", style: view.theme[.text])]
    }

    private func drawTable(_ comparison: ScenarioComparison, ranges: Bool, into buffer: inout Buffer, area: Rect) {
        let horizon = comparison.forecastA.horizonMonths
        let valueWidth = ranges ? 20 : 10, changeWidth = 9
        let labelWidth = max(8, area.width - 2 * valueWidth - changeWidth - 2)
        let theme = view.theme
        let columns: [(x: Int, width: Int, text: String)] = [(0, labelWidth, "Figure"), (labelWidth, valueWidth, "A"), (labelWidth + valueWidth, valueWidth, "B"),
                       (labelWidth + 2 * valueWidth, changeWidth, "B " + view.symbols.minus + " A")]
        for column in columns {
            view.write(TextLine(column.text, style: theme[.muted], alignment: column.x == 0 ? .left : .right),
                       in: Rect(x: area.x + column.x, y: area.y, width: column.width, height: 1), into: &buffer)
        }
        for (index, row) in comparison.rows.prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + index
            let mark = row.differs ? view.glyphs.sliderKnob + " " : "  "
            let cells = [mark + row.figure.label, text(row, row.a, row.bandA, horizon, ranges), text(row, row.b, row.bandB, horizon, ranges),
                         change(row, horizon)]
            for (column, cell) in zip(columns, cells) {
                let role: Role = column.x == 0 ? (row.differs ? .title : .text) : column.text.hasPrefix("B ") ? (row.differs ? .warn : .muted) : .text
                view.write(TextLine(cell, style: theme[role], alignment: column.x == 0 ? .left : .right),
                           in: Rect(x: area.x + column.x, y: y, width: column.width, height: 1), into: &buffer)
            }
        }
    }

    private func text(_ row: ComparisonRow, _ value: Double, _ band: Band?, _ horizon: Int, _ ranges: Bool) -> String {
        let format = view.format
        switch row.figure {
        case .lever(let lever): return lever.isShare ? format.percent(value) : format.money(value)
        case .gauge(let id): return format.gaugeValue(id.gauge(value), horizon: horizon)
        default:
            guard ranges, let band else { return format.money(value) }
            return "\(format.money(band.p50)) (\(format.money(band.p10))\(view.symbols.rangeDash)\(format.money(band.p90)))"
        }
    }

    private func change(_ row: ComparisonRow, _ horizon: Int) -> String {
        let format = view.format
        switch row.figure {
        case .lever(let lever): return lever.isShare ? format.pointChange(from: row.a, to: row.b) : format.moneyChange(row.difference)
        case .gauge(let id): return format.gaugeChange(from: id.gauge(row.a), to: id.gauge(row.b), horizon: horizon)
        default: return format.moneyChange(row.difference)
        }
    }

    /// B's ARR P50 as the line with its band, A's as the dotted ghost.
    private func drawChart(_ comparison: ScenarioComparison, into buffer: inout Buffer, area: Rect) {
        let theme = view.theme, format = view.format
        let (legend, chartArea) = area.splitTop(1)
        view.write(TextLine("ARR P50: B line, A dotted \(view.symbols.dot) month 1\(view.symbols.rangeDash)\(comparison.forecastB.horizonMonths)",
                            style: theme[.muted]), in: legend, into: &buffer)
        let b = comparison.forecastB.months, a = comparison.forecastA.months
        LineChart(median: b.map(\.arr.p50), bandLow: b.map(\.arr.p10), bandHigh: b.map(\.arr.p90), baseline: a.map(\.arr.p50),
                  formatY: { format.money($0) },
                  styles: .init(median: theme[.headline], band: theme[.band], baseline: theme[.baseline], cursor: theme[.cursor], axis: theme[.muted]),
                  glyphs: view.glyphs)
            .render(into: &buffer, area: chartArea)
    }
}
