import Presentation
import PushPullModel
import TextSafety

/// `--format table`: the report for people reading a terminal.
public enum TableReport {
    public static func render(_ document: ReportDocument) -> String {
        let money = { (value: Double) in NumberFormat.money(value, currency: document.currency) }
        var out: [String] = []
        out.append("pushpull report — \(UntrustedText.escaped(document.scenario))")
        out.append("\(document.horizonMonths) months, \(document.paths) paths, seed \(document.seed)")
        out.append("")
        out.append("Levers")
        for lever in Lever.allCases {
            out.append("  " + pad(lever.label, 24) + LeverText.value(lever, document.levers[lever], currency: document.currency))
        }
        out.append("")
        let s = document.summary
        out.append("Headline (P50, with P10–P90)")
        out.append("  " + pad("ARR at month \(document.horizonMonths)", 24) + range(s.arrAtHorizon, money))
        out.append("  " + pad("Next-quarter bookings", 24) + range(s.nextQuarterBookings, money))
        out.append("  " + pad("Bookings, months 1–\(s.periodMonths)", 24) + range(s.periodBookings, money) + "   target " + money(s.periodTarget))
        out.append("  " + pad("Sellers", 24) + String(format: "%.1f", s.sellers))
        if let best = s.bestBalance {
            let note = best.note
            out.append("  " + pad("Best balance", 24) + "Push \(NumberFormat.percent(best.pushShare)) → ARR \(money(best.arrP50)) (\(note))")
        }
        out.append("")
        out.append("Risk gauges")
        for gauge in document.gauges {
            let value = GaugeText.value(id: gauge.id, value: gauge.value, horizon: document.horizonMonths)
            out.append("  " + pad(gauge.label, 24) + pad(value, 10) + GaugeText.status(gauge.status))
        }
        out.append("")
        out.append("Month  " + ["Bookings P50", "ARR P10", "ARR P50", "ARR P90", "Cash P50", "Won deals"].map { lpad($0, 12) }.joined())
        for month in document.months {
            let cells = [money(month.bookings.p50), money(month.arr.p10), money(month.arr.p50), money(month.arr.p90),
                         money(month.cash.p50), String(format: "%.1f", month.wonDeals.mean)]
            out.append(lpad(String(month.month), 5) + "  " + cells.map { lpad($0, 12) }.joined())
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func range(_ band: Band, _ money: (Double) -> String) -> String {
        "\(money(band.p50))  (\(money(band.p10)) – \(money(band.p90)))"
    }
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

func lpad(_ text: String, _ width: Int) -> String {
    text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
}
