/// Why a row cannot be used. A row with several problems is counted once, under the first
/// reason in this order, so that the counts add up to the rejected rows.
public enum RowRejection: String, CaseIterable, Sendable, Comparable, Error {
    case missingID, missingStage, missingOwner
    case missingEngageDate, unparsableEngageDate
    case missingCloseDate, unparsableCloseDate, closeBeforeEngage
    case missingAmount, unparsableAmount, negativeAmount

    public var label: String {
        switch self {
        case .missingID: "no opportunity id"
        case .missingStage: "no stage"
        case .missingOwner: "no owner"
        case .missingEngageDate: "closed deal without a created/engage date"
        case .unparsableEngageDate: "unreadable created/engage date"
        case .missingCloseDate: "closed deal without a close date"
        case .unparsableCloseDate: "unreadable close date"
        case .closeBeforeEngage: "close date before the created/engage date"
        case .missingAmount: "won deal without an amount"
        case .unparsableAmount: "unreadable amount"
        case .negativeAmount: "negative amount"
        }
    }

    public static func < (lhs: RowRejection, rhs: RowRejection) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The rejected rows: a count per reason and the first line numbers of each, for the user to fix.
public struct RejectedRows: Sendable, Equatable {
    public private(set) var counts: [RowRejection: Int] = [:]
    /// The first `listedLinesPerReason` line numbers (where each row starts) per reason.
    public private(set) var lines: [RowRejection: [Int]] = [:]
    public let listedLinesPerReason: Int

    init(listedLinesPerReason: Int) {
        self.listedLinesPerReason = listedLinesPerReason
    }

    public var total: Int { counts.values.reduce(0, +) }

    mutating func add(_ reason: RowRejection, line: Int) {
        counts[reason, default: 0] += 1
        if lines[reason, default: []].count < listedLinesPerReason { lines[reason, default: []].append(line) }
    }
}
