/// A calendar month, e.g. 2017-03: the unit in which history is counted and replayed.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Months since year 0: consecutive calendar months differ by one.
    public let index: Int

    public init(index: Int) { self.index = index }

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        index = year * 12 + month - 1
    }

    /// `2017-03` or `2017-3`.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    init(_ day: CalendarDay) { index = day.monthIndex }

    public var year: Int { index / 12 }
    /// 1 (January) … 12 (December).
    public var month: Int { index % 12 + 1 }

    public func adding(months: Int) -> YearMonth { YearMonth(index: index + months) }

    /// The last day of the month, for cut-offs.
    var lastDay: CalendarDay {
        let next = adding(months: 1)
        return CalendarDay(dayNumber: CalendarDay(year: next.year, month: next.month, day: 1)!.dayNumber - 1)
    }

    /// `yyyy-MM`.
    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }
}
