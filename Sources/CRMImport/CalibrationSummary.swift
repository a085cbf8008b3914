import TextSafety
import Foundation
import PushPullModel

extension Calibration {
    /// A few lines for the command line: what was read, what was left out and why, and the estimates.
    public var summary: String {
        var lines = ["Imported \(sourceName) (dates \(dateFormat.pattern))"]
        lines.append("Rows: \(rows.read) read, \(rows.used) used, \(rows.rejected.total) rejected")
        for reason in rows.rejected.counts.keys.sorted() {
            let count = rows.rejected.counts[reason]!
            let listed = rows.rejected.lines[reason, default: []].map(String.init).joined(separator: ", ")
            let more = count > rows.rejected.lines[reason, default: []].count ? ", …" : ""
            lines.append("  \(reason.label): \(count) (line\(count == 1 ? "" : "s") \(listed)\(more))")
        }
        let stages = openPipeline.map { "\($0.stage) \($0.count)" }.joined(separator: ", ")
        lines.append("Deals: \(won) won, \(lost) lost, \(open) open" + (stages.isEmpty ? "" : " (\(stages))"))
        lines.append("Win rate: " + (winRate.map { "\(percent($0)) (\(won) of \(won + lost) closed)" } ?? "no closed deal"))
        lines.append("Sales cycle: " + (salesCycle.map {
            "mean \(decimal($0.meanMonths)) months, median \(decimal($0.medianMonths)) (engage to close, \($0.wonDeals) won deals)"
        } ?? "no won deal with both dates"))
        lines.append("Deal size: " + (dealSize.map {
            "median \(money($0.median)), sigma \(decimal($0.sigma)) (lognormal, \($0.wonDeals) won deals)"
        } ?? "no won deal with a positive amount"))
        lines.append("Sellers: " + (sellers.dataEnd.map {
            "\(sellers.active) active in the last \(sellers.windowDays) days to \($0), \(sellers.all) in all"
        } ?? "\(sellers.all) owners, none with a dated deal"))
        if let throughput {
            lines.append("Throughput: \(decimal(throughput.dealsPerSellerPerMonth)) closed deals per seller per month "
                + "(\(throughput.closedDeals) over \(throughput.sellerMonths) seller-months)")
        }
        if let flow = newOpportunities {
            lines.append("New opportunities: \(decimal(flow.perMonth)) per month "
                + "(\(flow.engaged) over \(flow.months) months, \(flow.firstMonth) to \(flow.lastMonth))")
        }
        if let sources {
            let shares = sources.prefix(6).map { "\($0.source) \(percent($0.share)) (\($0.channel.rawValue))" }
            lines.append("Sources: " + (shares.isEmpty ? "all empty" : shares.joined(separator: ", ") + (sources.count > 6 ? ", …" : "")))
        } else {
            lines.append("Sources: no lead-source column")
        }
        if let rowsWithoutAccount, rowsWithoutAccount > 0 {
            lines.append("Accounts: \(rowsWithoutAccount) used rows have no account")
        }
        // Names come from the file: each line is escaped, the line breaks between them kept.
        return lines.map { UntrustedText.escaped($0) }.joined(separator: "\n")
    }
}

private func money(_ value: Double) -> String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.maximumFractionDigits = 0
    return formatter.string(from: NSNumber(value: value)) ?? String(Int(value.rounded()))
}
