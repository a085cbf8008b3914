import Testing
@testable import CRMImport

/// The hand-made export (EstimateTests) counted by hand, month by month:
/// deal 7 created 2023-12, lost 2024-01; deals 1, 2 created 2024-01, won 2024-02 (1000) and 2024-03 (4000);
/// deal 3 created and lost 2024-02; deal 4 created 2024-03, won 2024-04 (2000); deal 5 created 2024-03, open;
/// deal 6 a prospect without dates.
@Suite struct MonthlyHistoryTests {
    let history: MonthlyHistory

    init() throws { history = try importCSV(handMadeExport).history }

    func month(_ text: String) -> YearMonth { YearMonth(text: text)! }

    @Test func everyMonthFromTheFirstEventToTheLast() {
        #expect(history.months.map(\.month.description) == ["2023-12", "2024-01", "2024-02", "2024-03", "2024-04"])
        #expect(history.months.map(\.newOpportunities) == [1, 2, 1, 2, 0])
        #expect(history.months.map(\.won) == [0, 0, 1, 1, 1])
        #expect(history.months.map(\.lost) == [0, 1, 1, 0, 0])
        #expect(history.months.map(\.bookings) == [0, 0, 1000, 4000, 2000])
        #expect(history.firstClosingMonth == month("2024-01"))
    }

    @Test func openOpportunitiesAtAMonthsStart() {
        #expect(history.openOpportunities(atStartOf: month("2023-12")) == 0)
        #expect(history.openOpportunities(atStartOf: month("2024-01")) == 1)  // deal 7
        #expect(history.openOpportunities(atStartOf: month("2024-03")) == 1)  // deal 2
        #expect(history.openOpportunities(atStartOf: month("2024-04")) == 2)  // deals 4 and 5
        #expect(history.openOpportunities(atStartOf: month("2024-05")) == 1)  // deal 5
    }

    @Test func wonInTheTwelveMonthsBefore() {
        #expect(history.won(inMonths: 12, before: month("2024-05")) == (3, 7000))
        #expect(history.won(inMonths: 1, before: month("2024-04")) == (1, 4000))
        #expect(history.won(inMonths: 12, before: month("2024-02")) == (0, 0))
    }

    @Test func aMonthOutsideTheHistoryIsEmpty() {
        #expect(history.activity(in: month("2030-01")) == MonthActivity(month: month("2030-01")))
        #expect(history.months(from: month("2024-04"), through: month("2024-05")).map(\.won) == [1, 0])
    }

    @Test func wonAmountsMeanAndP90() throws {
        let amounts = try #require(try importCSV(handMadeExport).dealAmounts)
        #expect(amounts.wonDeals == 3)
        #expect(isClose(amounts.mean, 7000.0 / 3))
        #expect(isClose(amounts.p90, 4000, tolerance: 1e-3))
    }

    @Test func accountsSeenAreDistinctNonEmptyNames() throws {
        #expect(try importCSV(handMadeExport).accountsSeen == 6)
        #expect(try importCSV("id,stage,created date,close date,amount,owner\n1,Won,2024-01-01,2024-01-02,5,A\n").accountsSeen == nil)
    }

    @Test func aCutOffSeesTheExportAsItStoodThen() throws {
        let calibration = try importCSV(handMadeExport, options: ImportOptions(lastMonth: month("2024-02")))
        // Deals 4 and 5 did not exist yet; deal 2, won in March, was still open.
        #expect(calibration.rows.createdAfterLastMonth == 2)
        #expect(calibration.rows.used == 5)
        #expect((calibration.won, calibration.lost, calibration.open) == (1, 2, 2))
        #expect(calibration.openOpportunities == 1)
        #expect(calibration.history.last == month("2024-02"))
        #expect(calibration.history.months.map(\.won) == [0, 0, 1])
    }

    @Test func yearMonthText() {
        #expect(YearMonth(text: "2017-3")?.description == "2017-03")
        #expect(YearMonth(text: "2017-13") == nil && YearMonth(text: "17-03") == nil)
        #expect(month("2017-12").adding(months: 1) == month("2018-01"))
        #expect(month("2024-02").lastDay.iso == "2024-02-29")
    }
}
