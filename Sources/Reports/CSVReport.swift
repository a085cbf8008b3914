import PushPullModel

/// `--format csv`: one row per month, for spreadsheets.
public enum CSVReport {
    public static let header = [
        "month", "bookings_p10", "bookings_p50", "bookings_p90", "arr_p10", "arr_p50", "arr_p90",
        "cash_p10", "cash_p50", "cash_p90", "won_deals_mean", "journeys_mean",
    ].joined(separator: ",")

    public static func render(_ document: ReportDocument) -> String {
        var lines = [header]
        for month in document.months {
            let values = [month.bookings, month.arr, month.cash].flatMap { [$0.p10, $0.p50, $0.p90] }
                + [month.wonDeals.mean, month.journeys.mean]
            lines.append(([String(month.month)] + values.map(number)).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Plain decimal, no exponent and no thousands separator, so every spreadsheet reads it.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
    }
}
