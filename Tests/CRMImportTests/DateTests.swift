import Foundation
import Testing
@testable import CRMImport

@Suite struct DateTests {
    private func day(_ text: String, _ format: DateFormat) -> CalendarDay? { DateText(Array(text.utf8)[...])?.day(in: format) }

    @Test func layoutsAndTimes() {
        #expect(day("2017-03-01", .iso) == CalendarDay(year: 2017, month: 3, day: 1))
        #expect(day("2017-03-01T10:15:00Z", .iso) == CalendarDay(year: 2017, month: 3, day: 1))
        #expect(day("2017-3-1 10:15", .iso) == CalendarDay(year: 2017, month: 3, day: 1))
        #expect(day("03/01/2017", .monthFirst) == CalendarDay(year: 2017, month: 3, day: 1))
        #expect(day("3/1/2017 5:00 PM", .monthFirst) == CalendarDay(year: 2017, month: 3, day: 1))
        #expect(day("01.03.2017", .dayFirst) == CalendarDay(year: 2017, month: 3, day: 1))
    }

    @Test func impossibleOrForeignDatesDoNotParse() {
        #expect(day("2017-02-29", .iso) == nil)
        #expect(day("2016-02-29", .iso) != nil)
        #expect(day("2017-04-31", .iso) == nil)
        #expect(day("03/01/2017", .iso) == nil)
        #expect(day("2017-03-01", .dayFirst) == nil)
        #expect(day("03/01/17", .monthFirst) == nil)
        #expect(day("2017-03/01", .iso) == nil)
        #expect(day("1 March 2017", .iso) == nil)
        #expect(day("2017-03-01x", .iso) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDay(year: 2024, month: 3, day: 1)!.dayNumber - CalendarDay(year: 2024, month: 2, day: 1)!.dayNumber == 29)
        for number in [-1000, 0, 17_000, 19_782, 60_000] {
            #expect(CalendarDay(dayNumber: number).dayNumber == number)
        }
        #expect(CalendarDay(dayNumber: 17_532).iso == "2018-01-01")
    }

    @Test func dateFormatArguments() {
        #expect(DateFormat(argument: "yyyy-MM-dd") == .iso)
        #expect(DateFormat(argument: "MM/dd/yyyy") == .monthFirst)
        #expect(DateFormat(argument: "dd.MM.yyyy") == .dayFirst)
        #expect(DateFormat(argument: "us") == .monthFirst)
        #expect(DateFormat(argument: "dd/MM/yy") == nil)
    }

    private let header = "id,stage,created date,close date,amount,owner\n"

    @Test func usFormatSettledByADayAbove12() throws {
        // Line 2 cannot tell (03/04); line 3's 03/25 can only be March 25th.
        let calibration = try importCSV(header + "1,Won,03/04/2024,04/05/2024,100,Ann\n2,Won,03/04/2024,03/25/2024,100,Ann\n")
        #expect(calibration.dateFormat == .monthFirst)
        // Cycles: March 4 → April 5 = 32 days, March 4 → March 25 = 21 days.
        #expect(isClose(calibration.salesCycle?.meanMonths, 26.5 / daysPerMonth))
    }

    @Test func dayFirstFormatSettledByADayAbove12() throws {
        let calibration = try importCSV(header + "1,Won,03/04/2024,05/04/2024,100,Ann\n2,Won,03/04/2024,25/04/2024,100,Ann\n")
        #expect(calibration.dateFormat == .dayFirst)
        // 3 April → 5 April = 2 days; 3 April → 25 April = 22 days.
        #expect(isClose(calibration.salesCycle?.meanMonths, 12 / daysPerMonth))
    }

    @Test func isoDetectedAtOnce() throws {
        let calibration = try importCSV(header + "1,Won,2024-01-05,2024-01-06,100,Ann\n")
        #expect(calibration.dateFormat == .iso)
    }

    @Test func ambiguousThroughoutIsRefusedWithAHint() throws {
        let csv = header + "1,Won,03/04/2024,05/06/2024,100,Ann\n2,Lost,01/02/2024,02/03/2024,0,Ann\n"
        let expected = CRMImportError.ambiguousDates(example: "03/04/2024", line: 2)
        #expect(throws: expected) { try importCSV(csv) }
        #expect(expected.description.contains("--date-format"))
        // The user settles it.
        let calibration = try importCSV(csv, options: ImportOptions(dateFormat: .dayFirst))
        #expect(calibration.sellers.dataEnd == "2024-06-05")
    }

    @Test func datesContradictingTheSettledFormatAreBadRows() throws {
        let csv = header + "1,Won,03/04/2024,03/25/2024,100,Ann\n2,Won,03/04/2024,25/03/2024,100,Ann\n"
        let calibration = try importCSV(csv)
        #expect(calibration.dateFormat == .monthFirst)
        #expect(calibration.rows.rejected.counts == [.unparsableCloseDate: 1])
        #expect(calibration.rows.rejected.lines[.unparsableCloseDate] == [3])
    }
}
