import PushPullModel

/// `pushpull curves`: each channel's response to spend and the return of the next slice of budget.
public enum ResponseReport {
    public struct Channel: Codable, Equatable, Sendable {
        public var channel: String
        public var spendPerMonth: Double
        public var effect: Double
        public var saturationSpend: Double
        public var marginalExtraPerMonth: Double
        public var marginalARRGain: Double
        public var marginalBookingsGain: Double
        public var arrPerMoney: Double
        public var curve: [[Double]]
    }

    public struct Document: Codable, Equatable, Sendable {
        public var slice: Double
        public var paths: Int
        public var mostWaitingForSeller: Double
        @NullWhenAbsent public var capacityBindsFromMonth: Int?
        public var channels: [Channel]
    }

    public static func document(_ response: SpendResponse) -> Document {
        Document(slice: response.slice, paths: response.paths, mostWaitingForSeller: response.mostWaitingForSeller,
                 capacityBindsFromMonth: response.capacityBindsFromMonth,
                 channels: response.curves.map { c in
                     Channel(channel: c.channel.rawValue, spendPerMonth: c.todaySpend, effect: c.todayEffect,
                             saturationSpend: c.saturationSpend, marginalExtraPerMonth: c.marginal.extraPerMonth,
                             marginalARRGain: c.marginal.arrGain, marginalBookingsGain: c.marginal.bookingsGain,
                             arrPerMoney: c.marginal.arrPerMoney, curve: zip(c.spends, c.effects).map { [$0, $1] })
                 })
    }

    public static func table(_ response: SpendResponse, currency: String) -> AnalysisTable {
        let rows: [[AnalysisTable.Cell]] = response.curves.map { c in
            [.text(c.channel.label), .money(c.todaySpend), .share(c.todayEffect), .money(c.saturationSpend),
             .moneyChange(c.marginal.arrGain), .moneyChange(c.marginal.bookingsGain), .number(c.marginal.arrPerMoney, digits: 2)]
        }
        let capacity = response.capacityBindsFromMonth.map {
            "Seller capacity binds from month \($0): up to \(Int(response.mostWaitingForSeller.rounded())) deals wait for a seller."
        } ?? "Seller capacity does not bind."
        let slice = Int((response.slice * 100).rounded())
        return AnalysisTable(
            title: "Response to spend, and the next \(slice)% of budget on each channel",
            notes: ["Effect: share of the channel's full effect at steady spend; saturation: spend at 90% of it.",
                    "Next \(slice)%: the gain in horizon ARR and period bookings P50, \(response.paths) paths, common random numbers. " + capacity],
            header: ["Channel", "Spend/mo", "Effect", "Saturation", "ARR gain", "Bookings gain", "ARR per money"],
            rows: rows, currency: currency)
    }
}
