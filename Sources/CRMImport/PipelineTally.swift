import Foundation

/// The running aggregates of an import: memory grows with the distinct owners, stages, sources,
/// months and cycle lengths, never with the rows.
struct PipelineTally {
    static let activeSellerWindowDays = 90

    /// An owner's dated events; empty for an owner whose deals are all undated (e.g. Prospecting).
    private struct OwnerActivity {
        var months: ClosedRange<Int>?
        var lastDay: Int?

        mutating func record(engaged: CalendarDay?, closed: CalendarDay?) {
            if let engaged { record(engaged) }
            if let closed { record(closed) }
        }

        private mutating func record(_ event: CalendarDay) {
            let month = event.monthIndex
            months = months.map { min($0.lowerBound, month)...max($0.upperBound, month) } ?? month...month
            lastDay = max(lastDay ?? event.dayNumber, event.dayNumber)
        }
    }

    private(set) var won = 0, lost = 0
    private var openStages: [String] = []
    private var openCounts: [String: Int] = [:]
    private var wonCycleDays = IntegerHistogram()
    private var logWonAmounts = RunningMoments()
    private var owners: [String: OwnerActivity] = [:]
    private var engaged = 0
    private var engageMonths: ClosedRange<Int>?
    private var sourceCounts: [String: Int] = [:]
    private var rowsWithoutAccount = 0
    private var accounts: Set<UInt64> = []
    private var wonAmounts = LogHistogram()
    private(set) var monthly = MonthlyTally()
    /// Open deals with a created (engage) date: opportunities. Without one they are still prospects.
    private(set) var openOpportunities = 0

    mutating func add(_ row: OpportunityRow) {
        switch row.outcome {
        case .won: won += 1
        case .lost: lost += 1
        case .open:
            if openCounts[row.stage] == nil { openStages.append(row.stage) }
            openCounts[row.stage, default: 0] += 1
            if row.engaged != nil { openOpportunities += 1 }
        }
        monthly.add(row)
        if let account = row.accountKey { accounts.insert(account) }
        if row.outcome == .won, let amount = row.amount { wonAmounts.add(amount) }
        if row.outcome == .won, let engaged = row.engaged, let closed = row.closed {
            wonCycleDays.add(closed.dayNumber - engaged.dayNumber)
        }
        if row.outcome == .won, let amount = row.amount, amount > 0 { logWonAmounts.add(log(amount)) }
        if let engagedDay = row.engaged {
            engaged += 1
            engageMonths = engageMonths.map { min($0.lowerBound, engagedDay.monthIndex)...max($0.upperBound, engagedDay.monthIndex) }
                ?? engagedDay.monthIndex...engagedDay.monthIndex
        }
        owners[row.owner, default: OwnerActivity()].record(engaged: row.engaged, closed: row.closed)
        if let source = row.source { sourceCounts[source, default: 0] += 1 }
        if row.hasAccount == false { rowsWithoutAccount += 1 }
    }

    var open: Int { openCounts.values.reduce(0, +) }

    var dealAmounts: DealAmounts? { wonAmounts.amounts }

    /// Nil when the export has no account column.
    func accountsSeen(columnExists: Bool) -> Int? { columnExists ? accounts.count : nil }

    var winRate: Double? { won + lost == 0 ? nil : Double(won) / Double(won + lost) }

    var salesCycle: SalesCycle? {
        guard wonCycleDays.count > 0 else { return nil }
        return SalesCycle(meanMonths: wonCycleDays.mean / daysPerMonth, medianMonths: wonCycleDays.median / daysPerMonth,
                          wonDeals: wonCycleDays.count)
    }

    var dealSize: DealSizeFit? {
        guard logWonAmounts.count > 0 else { return nil }
        return DealSizeFit(median: exp(logWonAmounts.mean), sigma: logWonAmounts.standardDeviation,
                           wonDeals: logWonAmounts.count)
    }

    var throughput: SellerThroughput? {
        let sellerMonths = owners.values.reduce(0) { $0 + ($1.months?.count ?? 0) }
        guard sellerMonths > 0 else { return nil }
        return SellerThroughput(dealsPerSellerPerMonth: Double(won + lost) / Double(sellerMonths),
                                closedDeals: won + lost, sellerMonths: sellerMonths)
    }

    var newOpportunities: OpportunityFlow? {
        guard let engageMonths else { return nil }
        let months = engageMonths.count
        func name(_ monthIndex: Int) -> String { String(CalendarDay(year: monthIndex / 12, month: monthIndex % 12 + 1, day: 1)!.iso.prefix(7)) }
        return OpportunityFlow(perMonth: Double(engaged) / Double(months), engaged: engaged, months: months,
                               firstMonth: name(engageMonths.lowerBound), lastMonth: name(engageMonths.upperBound))
    }

    var openPipeline: [OpenStageCount] {
        orderedOpenStages(openStages).map { OpenStageCount(stage: $0, count: openCounts[$0]!) }
    }

    var sellers: SellerCount {
        let lastEventDay = owners.values.compactMap(\.lastDay).max()
        let windowStart = (lastEventDay ?? 0) - PipelineTally.activeSellerWindowDays + 1
        let active = owners.values.filter { ($0.lastDay ?? Int.min) >= windowStart }.count
        return SellerCount(active: active, all: owners.count, windowDays: PipelineTally.activeSellerWindowDays,
                           dataEnd: lastEventDay.map { CalendarDay(dayNumber: $0).iso })
    }

    /// Nil when the export has no source column.
    func sources(columnExists: Bool) -> [SourceShare]? {
        guard columnExists else { return nil }
        let total = sourceCounts.values.reduce(0, +)
        return sourceCounts
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { SourceShare(source: $0.key, channel: SourceChannel(source: $0.key), opportunities: $0.value,
                               share: Double($0.value) / Double(total)) }
    }

    func rowsWithoutAccount(columnExists: Bool) -> Int? { columnExists ? rowsWithoutAccount : nil }
}
