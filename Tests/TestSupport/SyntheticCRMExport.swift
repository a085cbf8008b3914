import Foundation

/// A CRM opportunity export drawn from a known process, so that a calibration can be checked
/// against the parameters that made the data rather than against figures it computed itself.
///
/// Each month starts `opportunitiesPerMonth × growth^month` opportunities (±10% noise) on uniform
/// days; each lives an exponential time of mean `cycleMonths` and is then won with probability
/// `winRate × seasonality[calendar month of the close]`, else lost; a deal whose close falls after the
/// export's end is still open. Won (and lost) amounts are lognormal. Sellers own deals in turn.
public struct SyntheticCRMExport: Sendable {
    public enum Dialect: String, Sendable, CaseIterable {
        case maven, salesforce, hubspot
    }

    public var dialect: Dialect = .salesforce
    /// First month of opportunities: (year, month).
    public var start = (year: 2023, month: 1)
    public var months = 18
    public var opportunitiesPerMonth = 400.0
    /// Monthly growth factor of new opportunities.
    public var growth = 1.0
    public var winRate = 0.3
    public var cycleMonths = 2.0
    /// Win-rate multipliers by calendar month (January first).
    public var seasonality = [Double](repeating: 1, count: 12)
    public var sellers = 12
    public var dealMedian = 20_000.0
    public var dealSigma = 0.8
    public var seed: UInt64 = 1

    public init() {}

    public static let daysPerMonth = 365.25 / 12

    /// One generated deal, kept so that tests can compute expected figures from the deals themselves.
    public struct Deal: Sendable {
        public var id: Int
        public var owner: String
        public var createdDay: Int
        /// Nil while open at the export's end.
        public var closedDay: Int?
        public var won: Bool
        public var amount: Double
    }

    /// Day numbers count from 1970-01-01.
    public var deals: [Deal] {
        var random = SeededGenerator(seed: seed)
        func uniform() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        func normal() -> Double { (-2 * log(max(1e-300, uniform()))).squareRoot() * cos(2 * .pi * uniform()) }
        let endDay = Self.dayNumber(year: start.year, month: start.month + months, day: 1) - 1
        var deals: [Deal] = []
        for month in 0..<months {
            let first = Self.dayNumber(year: start.year, month: start.month + month, day: 1)
            let days = Self.dayNumber(year: start.year, month: start.month + month + 1, day: 1) - first
            let expected = opportunitiesPerMonth * pow(growth, Double(month))
            let count = Int((expected * (0.9 + 0.2 * uniform())).rounded())
            for _ in 0..<count {
                let created = first + Int(uniform() * Double(days))
                let life = Int((-log(max(1e-12, uniform())) * cycleMonths * Self.daysPerMonth).rounded())
                let closed = created + life
                let amount = dealMedian * exp(dealSigma * normal())
                let id = deals.count + 1
                let owner = "Seller \(id % sellers + 1)"
                if closed > endDay {
                    deals.append(Deal(id: id, owner: owner, createdDay: created, closedDay: nil, won: false, amount: amount))
                } else {
                    let calendarMonth = Self.calendarMonth(ofDay: closed)
                    let won = uniform() < min(1, winRate * seasonality[calendarMonth - 1])
                    deals.append(Deal(id: id, owner: owner, createdDay: created, closedDay: closed, won: won, amount: amount))
                }
            }
        }
        return deals
    }

    /// The export as CSV text in the dialect's column names, stages and date layout.
    public var csv: String { csv(of: deals) }

    public func csv(of deals: [Deal]) -> String {
        var lines: [String]
        switch dialect {
        case .maven: lines = ["opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value"]
        case .salesforce: lines = ["Opportunity ID,Opportunity Owner,Account Name,Stage,Amount,Created Date,Close Date,Lead Source"]
        case .hubspot: lines = ["Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Deal owner,Associated Company"]
        }
        for deal in deals {
            let created = Self.text(day: deal.createdDay, dialect: dialect)
            let closed = deal.closedDay.map { Self.text(day: $0, dialect: dialect) } ?? ""
            let amount = String(format: "%.2f", deal.amount)
            let account = "Account \(deal.id % 997)"
            switch dialect {
            case .maven:
                let stage = deal.closedDay == nil ? "Engaging" : deal.won ? "Won" : "Lost"
                lines.append("M\(deal.id),\(deal.owner),GTX,\(account),\(stage),\(created),\(closed),\(deal.closedDay == nil ? "" : deal.won ? amount : "0")")
            case .salesforce:
                let stage = deal.closedDay == nil ? "Negotiation/Review" : deal.won ? "Closed Won" : "Closed Lost"
                lines.append("006\(deal.id),\(deal.owner),\(account),\(stage),\"\(amount)\",\(created),\(closed),\(deal.id % 3 == 0 ? "Web" : "Outbound")")
            case .hubspot:
                let stage = deal.closedDay == nil ? "Contract Sent" : deal.won ? "Closed Won" : "Closed Lost"
                lines.append("\(deal.id),Deal \(deal.id),\(stage),\(amount),\(created),\(closed),\(deal.owner),\(account)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `yyyy-MM-dd` for Maven and HubSpot, `MM/dd/yyyy` for Salesforce's US locale.
    static func text(day: Int, dialect: Dialect) -> String {
        let (year, month, dayOfMonth) = civil(day)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return dialect == .salesforce ? "\(two(month))/\(two(dayOfMonth))/\(year)" : "\(year)-\(two(month))-\(two(dayOfMonth))"
    }

    /// Days since 1970-01-01; a month past 12 rolls into the next years.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y0 = year + (month - 1) / 12, m0 = (month - 1) % 12 + 1
        let y = m0 <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m0 > 2 ? m0 - 3 : m0 + 9) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func calendarMonth(ofDay day: Int) -> Int { civil(day).month }

    /// `yyyy-MM` of a day, for grouping deals by month as an export's reader does.
    public static func monthKey(ofDay day: Int) -> String {
        let (year, month, _) = civil(day)
        return month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
    }
}
