/// Three numbers of a date as written, before the day-month order is known.
/// Hand-rolled over bytes because a DateFormatter per row is far too slow for a million rows.
struct DateText {
    /// `2017-03-01` → (2017, 3, 1); `03/01/2017` → (3, 1, 2017).
    let numbers: (Int, Int, Int)
    let yearFirst: Bool

    /// Reads `yyyy-MM-dd`, `M/d/yyyy` or `d.M.yyyy`, each optionally followed by a time after
    /// a space or `T` (ignored). Nil for anything else.
    init?(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        func readNumber() -> (value: Int, digits: Int) {
            var value = 0, digits = 0
            while index < bytes.endIndex, digits < 5, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            return (value, digits)
        }
        func readSeparator() -> UInt8? {
            guard index < bytes.endIndex else { return nil }
            let byte = bytes[index]
            guard byte == 0x2D || byte == 0x2F || byte == 0x2E else { return nil }  // - / .
            index += 1
            return byte
        }
        let first = readNumber()
        guard first.digits > 0, let separator = readSeparator() else { return nil }
        let second = readNumber()
        guard second.digits > 0, readSeparator() == separator else { return nil }
        let third = readNumber()
        guard third.digits > 0 else { return nil }
        if index < bytes.endIndex {
            guard bytes[index] == 0x20 || bytes[index] == 0x54 else { return nil }
        }
        let shortDigits = 1...2
        if first.digits == 4, shortDigits.contains(second.digits), shortDigits.contains(third.digits) {
            yearFirst = true
        } else if third.digits == 4, shortDigits.contains(first.digits), shortDigits.contains(second.digits) {
            yearFirst = false
        } else {
            return nil
        }
        numbers = (first.value, second.value, third.value)
    }

    /// The day under `format`, nil when the layout does not match it or the day does not exist.
    func day(in format: DateFormat) -> CalendarDay? {
        switch (format, yearFirst) {
        case (.iso, true): CalendarDay(year: numbers.0, month: numbers.1, day: numbers.2)
        case (.monthFirst, false): CalendarDay(year: numbers.2, month: numbers.0, day: numbers.1)
        case (.dayFirst, false): CalendarDay(year: numbers.2, month: numbers.1, day: numbers.0)
        default: nil
        }
    }

    /// What this one date says about the file's format: nil when it cannot tell (3/4/2017).
    var settledFormat: DateFormat? {
        if yearFirst { return .iso }
        if numbers.0 > 12, numbers.1 <= 12 { return .dayFirst }
        if numbers.1 > 12, numbers.0 <= 12 { return .monthFirst }
        return nil
    }
}
