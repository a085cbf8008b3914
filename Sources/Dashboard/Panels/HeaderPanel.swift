import Foundation
import PushPullModel
import TerminalUI
import Theming

/// Two rows: the scenario and theme, then the headline figures against the baseline.
struct HeaderPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let theme = view.theme
        let top = area.row(0)
        // The theme's name is right-aligned; the scenario's name (from a file, so sanitised
        // by the buffer) takes what is left and is cut with the ellipsis.
        let themeLabel = TextLine("theme \(theme.name) ", style: theme[.muted])
        let (left, right) = top.splitLeft(max(0, top.width - themeLabel.width - 1))
        var spans = [Span(" pushpull ", style: theme[.title].adding(.reverse)), Span(" "),
                     Span(view.state.scenario.name, style: theme[.title])]
        // The file being explored, by name: which plan is on screen is never a guess.
        if let path = view.state.filePath {
            spans.append(Span(" \(view.symbols.dot) \(URL(fileURLWithPath: path).lastPathComponent)", style: theme[.muted]))
        }
        if view.state.hasUnsavedChanges { spans.append(Span(" \(view.symbols.unsaved) unsaved", style: theme[.warn])) }
        view.write(TextLine(spans), in: left, into: &buffer)
        view.write(TextLine(themeLabel.spans, alignment: .right), in: right, into: &buffer)

        guard let forecast = view.forecast, area.height > 1 else { return }
        view.write(headline(forecast, width: area.width), in: area.row(1), into: &buffer)
    }

    /// `ARR m36 €7.4M (P10–P90 …) ▲ +3%  Next-qtr bookings €287k same`; the P10–P90
    /// range is the first thing to give up on a narrow screen.
    private func headline(_ forecast: Forecast, width: Int) -> TextLine {
        let theme = view.theme, format = view.format, dash = view.symbols.rangeDash
        let baseline = view.baselineForecast ?? forecast
        let arr = forecast.arrAtHorizon, quarter = forecast.nextQuarterBookings
        let wide = width >= 100
        let arrPart = [Span(wide ? " ARR month \(forecast.horizonMonths) " : " ARR m\(forecast.horizonMonths) ", style: theme[.muted]),
                       Span(format.money(arr.p50), style: theme[.headline])]
        let band = Span(" (P10\(dash)P90 \(format.money(arr.p10))\(dash)\(format.money(arr.p90)))", style: theme[.muted])
        let rest = [Span(" "), change(from: baseline.arrAtHorizon.p50, to: arr.p50),
                    Span(wide ? "   Next quarter bookings " : "  Next-qtr bookings ", style: theme[.muted]),
                    Span(format.money(quarter.p50), style: theme[.headline]), Span(" "),
                    change(from: baseline.nextQuarterBookings.p50, to: quarter.p50)]
        let withBand = TextLine(arrPart + [band] + rest)
        return withBand.width <= width ? withBand : TextLine(arrPart + rest)
    }

    private func change(from baseline: Double, to value: Double) -> Span {
        Span(view.format.change(from: baseline, to: value), style: view.theme[view.changeRole(from: baseline, to: value)])
    }
}
