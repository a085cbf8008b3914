import Testing
@testable import CRMImport

@Suite struct RowRejectionTests {
    /// One row per reason; a quoted two-line description on line 2 moves every later row down one line.
    private let csv = """
        Opportunity ID,Stage,Created Date,Close Date,Amount,Opportunity Owner,Description
        A1,Closed Won,2024-01-01,2024-01-31,100,Ann,"two
        lines"
        ,Closed Won,2024-01-01,2024-01-31,100,Ann,x
        A3,,2024-01-01,2024-01-31,100,Ann,x
        A4,Closed Won,2024-01-01,2024-01-31,100,,x
        A5,Closed Lost,,2024-01-31,0,Ann,x
        A6,Closed Won,2024-13-01,2024-01-31,100,Ann,x
        A7,Closed Won,2024-01-01,,100,Ann,x
        A8,Closed Won,2024-01-01,31 Jan 2024,100,Ann,x
        A9,Closed Won,2024-02-01,2024-01-31,100,Ann,x
        A10,Closed Won,2024-01-01,2024-01-31,,Ann,x
        A11,Closed Won,2024-01-01,2024-01-31,abc,Ann,x
        A12,Closed Lost,2024-01-01,2024-01-31,-5,Ann,x
        A13,Prospecting,,,,Bob,x
        A14,Negotiation/Review,2024-01-05,,,Bob,x
        A15,Closed Won,2024-02-30,2024-03-01,100,Ann,x
        """

    @Test func eachReasonWithItsLineNumber() throws {
        let calibration = try importCSV(csv)
        let expected: [RowRejection: [Int]] = [
            .missingID: [4], .missingStage: [5], .missingOwner: [6], .missingEngageDate: [7],
            .unparsableEngageDate: [8, 17], .missingCloseDate: [9], .unparsableCloseDate: [10],
            .closeBeforeEngage: [11], .missingAmount: [12], .unparsableAmount: [13], .negativeAmount: [14],
        ]
        #expect(calibration.rows.rejected.lines == expected)
        #expect(calibration.rows.rejected.counts == expected.mapValues(\.count))
        #expect(calibration.rows.read == 15)
        #expect(calibration.rows.used == 3)  // A1, and the open A13 (not engaged) and A14 (no close date or amount)
        #expect(calibration.rows.rejected.total == 12)
        #expect((calibration.won, calibration.lost, calibration.open) == (1, 0, 2))
    }

    @Test func linesListedPerReasonAreCappedButCountsAreNot() throws {
        let rows = (1...5).map { "\($0),Won,2024-01-01,,100,Ann\n" }.joined()
        let calibration = try importCSV("id,stage,created date,close date,amount,owner\n" + rows,
                                        options: ImportOptions(listedLinesPerReason: 2))
        #expect(calibration.rows.rejected.counts == [.missingCloseDate: 5])
        #expect(calibration.rows.rejected.lines == [.missingCloseDate: [2, 3]])
        #expect(calibration.summary.contains("closed deal without a close date: 5 (lines 2, 3, …)"))
    }
}
