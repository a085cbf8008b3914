import Presentation
import TextSafety
import Foundation
import PushPullModel
import Reports

/// `pushpull backtest` output: a table for a terminal, JSON for scripts, Markdown for a wiki page.
public enum BacktestReport {
    public static func json(_ document: BacktestDocument) throws -> String {
        try JSONReport.encode(document)
    }

    public static func table(_ document: BacktestDocument) -> String {
        let rows = monthRows(document)
        let widths = rows.header.indices.map { column in ([rows.header] + rows.body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        var out = [headline(document), ""]
        out.append(line(rows.header))
        out += rows.body.map(line)
        out.append("")
        out += summaryLines(document).map { "  " + $0.label.padding(toLength: 26, withPad: " ", startingAt: 0) + $0.value }
        return out.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ document: BacktestDocument) -> String {
        let rows = monthRows(document)
        var out = ["## Back-test: \(UntrustedText.escaped(document.source).replacingOccurrences(of: "|", with: "\\|"))", "",
                   headline(document), ""]
        out.append("| " + rows.header.joined(separator: " | ") + " |")
        out.append("|" + rows.header.indices.map { $0 == 0 ? "---" : "---:" }.joined(separator: "|") + "|")
        out += rows.body.map { "| " + $0.joined(separator: " | ") + " |" }
        out += ["", "| figure | value |", "|---|---|"]
        out += summaryLines(document).map { "| \($0.label) | \($0.value) |" }
        return out.joined(separator: "\n") + "\n"
    }

    private static func headline(_ document: BacktestDocument) -> String {
        let holdout = document.months.filter(\.holdout).count
        return "Back-test of \(UntrustedText.escaped(document.source)), \(document.window.from) to \(document.window.to): "
            + "actual beside the model's P50 (P10–P90), \(document.paths) paths, seed \(document.seed)"
            + (holdout > 0 ? "; the last \(holdout) month\(holdout == 1 ? "" : "s") (*) forecast out of sample" : "")
    }

    private static func monthRows(_ document: BacktestDocument) -> (header: [String], body: [[String]]) {
        let money = { (value: Double) in NumberFormat.money(value, currency: document.currency) }
        let count = { (value: Double) in String(Int(value.rounded())) }
        func band(_ band: Band, _ format: (Double) -> String) -> String {
            "\(format(band.p50)) (\(format(band.p10))–\(format(band.p90)))"
        }
        func mark(_ value: Double, _ band: Band) -> String { band.p10 <= value && value <= band.p90 ? "" : " !" }
        let header = ["Month", "Opps", "model", "Won", "model", "Bookings", "model"]
        let body = document.months.map { month -> [String] in
            let won = Double(month.actual.won)
            return [month.month + (month.holdout ? "*" : ""),
                    String(month.actual.opportunities), band(month.model.opportunities, count),
                    String(month.actual.won) + mark(won, month.model.won), band(month.model.won, count),
                    money(month.actual.bookings) + mark(month.actual.bookings, month.model.bookings), band(month.model.bookings, money)]
        }
        return (header, body)
    }

    private static func summaryLines(_ document: BacktestDocument) -> [(label: String, value: String)] {
        let s = document.summary
        let money = { (value: Double) in NumberFormat.money(value, currency: document.currency) }
        func pair(_ comparison: BacktestDocument.Comparison, _ format: (Double) -> String) -> String {
            "\(format(comparison.actual)) actual, \(format(comparison.model)) model"
        }
        func share(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        var lines: [(String, String)] = [
            ("Win rate", pair(s.winRate, share)),
            ("Won deals per month", pair(s.wonPerMonth) { String(format: "%.1f", $0) }),
            ("Mean won deal", pair(s.meanWonDeal, money)),
            ("Sales cycle (months)", pair(s.cycleMonths) { String(format: "%.2f", $0) }),
            ("Months inside P10–P90", "won \(share(s.coverage.won)), bookings \(share(s.coverage.bookings))"),
        ]
        if let error = s.holdoutError {
            lines.append(("Holdout error (MAPE)", "won \(share(error.won)), bookings \(share(error.bookings))"))
        }
        if let coverage = s.holdoutCoverage {
            lines.append(("Holdout inside P10–P90", "won \(share(coverage.won)), bookings \(share(coverage.bookings))"))
        }
        return lines
    }
}
