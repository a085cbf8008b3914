import Presentation
import PushPullModel
import TextSafety

/// `--format markdown`: a summary to paste into an e-mail or a wiki page, with the
/// change against a baseline scenario when one is given.
public enum MarkdownReport {
    public static func render(_ document: ReportDocument, baseline: ReportDocument? = nil) -> String {
        // A currency is text from the file: a `|` in it must not split a table cell.
        let currency = escape(document.currency), baselineCurrency = baseline.map { escape($0.currency) } ?? ""
        let money = { (value: Double) in NumberFormat.money(value, currency: currency) }
        var out: [String] = []
        out.append("# \(escape(document.scenario))")
        out.append("")
        out.append("_\(document.horizonMonths)-month forecast, \(document.paths) Monte Carlo paths, seed \(document.seed)._")
        out.append("")
        out.append("## Levers")
        out.append("")
        out.append(baseline == nil ? "| Lever | Value |" : "| Lever | Value | Baseline |")
        out.append(baseline == nil ? "|---|---|" : "|---|---|---|")
        for lever in Lever.allCases {
            var row = "| \(lever.label) | \(LeverText.value(lever, document.levers[lever], currency: currency)) |"
            if let baseline { row += " \(LeverText.value(lever, baseline.levers[lever], currency: baselineCurrency)) |" }
            out.append(row)
        }
        out.append("")
        out.append("## Headline figures")
        out.append("")
        out.append(baseline == nil ? "| Figure | P50 | P10 – P90 |" : "| Figure | P50 | P10 – P90 | vs baseline |")
        out.append(baseline == nil ? "|---|---|---|" : "|---|---|---|---|")
        let s = document.summary, b = baseline?.summary
        let headline: [(String, Band, Band?)] = [
            ("ARR at month \(document.horizonMonths)", s.arrAtHorizon, b?.arrAtHorizon),
            ("Next-quarter bookings", s.nextQuarterBookings, b?.nextQuarterBookings),
            ("Bookings, months 1–\(s.periodMonths) (target \(money(s.periodTarget)))", s.periodBookings, b?.periodBookings),
        ]
        for (label, band, before) in headline {
            var row = "| \(label) | \(money(band.p50)) | \(money(band.p10)) – \(money(band.p90)) |"
            if let before { row += " \(NumberFormat.change(from: before.p50, to: band.p50)) |" }
            out.append(row)
        }
        if let best = s.bestBalance {
            out.append("")
            let note = best.note
            out.append("Best balance: **Push \(NumberFormat.percent(best.pushShare))**, ARR \(money(best.arrP50)) at the horizon (\(note)).")
        }
        out.append("")
        out.append("## Risk gauges")
        out.append("")
        out.append(baseline == nil ? "| Gauge | Value | Status |" : "| Gauge | Value | Status | Baseline |")
        out.append(baseline == nil ? "|---|---|---|" : "|---|---|---|---|")
        for gauge in document.gauges {
            let value = GaugeText.value(id: gauge.id, value: gauge.value, horizon: document.horizonMonths)
            var row = "| \(gauge.label) | \(value) | \(GaugeText.status(gauge.status)) |"
            if let before = baseline?.gauges.first(where: { $0.id == gauge.id }) {
                row += " \(GaugeText.value(id: before.id, value: before.value, horizon: baseline!.horizonMonths)) \(GaugeText.status(before.status)) |"
            }
            out.append(row)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown control characters in names from files are escaped, not interpreted; line
    /// breaks become spaces and other control characters are written as `\u001B`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]<>()#+-.!|".contains(character) { out.append("\\") }
            out.append(character.isNewline ? " " : UntrustedText.escaped(String(character)))
        }
        return out
    }
}
