import Foundation
import Testing
@testable import CRMImport

/// A small export whose figures are worked out by hand in the comments.
let handMadeExport = """
    Opportunity ID,Stage,Created Date,Close Date,Amount,Opportunity Owner,Account Name,Lead Source
    1,Closed Won,2024-01-10,2024-02-09,1000,Ann,Acme,Web
    2,Closed Won,2024-01-15,2024-03-15,4000,Bob,Beta,Outbound
    3,Closed Lost,2024-02-01,2024-02-20,0,Ann,,Web
    4,Closed Won,2024-03-01,2024-04-30,2000,Ann,Gamma,Partner Referral
    5,Negotiation/Review,2024-03-05,,,Bob,Delta,
    6,Prospecting,,,,Cid,Eps,Web
    7,Closed Lost,2023-12-01,2024-01-20,0,Dan,Zeta,Cold Call
    """

@Suite struct EstimateTests {
    let calibration: Calibration

    init() throws { calibration = try importCSV(handMadeExport) }

    @Test func outcomesAndWinRate() {
        #expect((calibration.won, calibration.lost, calibration.open) == (3, 2, 2))
        #expect(calibration.winRate == 0.6)  // 3 won of 5 closed
    }

    @Test func salesCycleOfWonDeals() throws {
        // Won cycles: Jan 10 → Feb 9 = 30 days, Jan 15 → Mar 15 (2024 is leap) = 60, Mar 1 → Apr 30 = 60.
        let cycle = try #require(calibration.salesCycle)
        #expect(cycle.wonDeals == 3)
        #expect(isClose(cycle.meanMonths, 50 / daysPerMonth))
        #expect(isClose(cycle.medianMonths, 60 / daysPerMonth))
    }

    @Test func lognormalDealSize() throws {
        // Won amounts 1000, 4000, 2000: geometric mean 2000; log deviations −ln 2, +ln 2, 0.
        let size = try #require(calibration.dealSize)
        #expect(isClose(size.median, 2000))
        #expect(isClose(size.sigma, log(2) * (2.0 / 3).squareRoot()))
    }

    @Test func dealsPerSellerMonth() {
        // Ann active Jan–Apr (4 months), Bob Jan–Mar (3), Dan Dec–Jan (2), Cid has no dated deal: 5 closed / 9.
        #expect(calibration.throughput == SellerThroughput(dealsPerSellerPerMonth: 5.0 / 9, closedDeals: 5, sellerMonths: 9))
    }

    @Test func newOpportunitiesPerMonth() {
        // Six engaged deals from December 2023 to March 2024: four months.
        #expect(calibration.newOpportunities == OpportunityFlow(perMonth: 1.5, engaged: 6, months: 4, firstMonth: "2023-12", lastMonth: "2024-03"))
    }

    @Test func openPipelineInSalesforceOrder() {
        #expect(calibration.openPipeline == [OpenStageCount(stage: "Prospecting", count: 1), OpenStageCount(stage: "Negotiation/Review", count: 1)])
    }

    @Test func openStagesOfNoKnownPipelineKeepTheirFileOrder() throws {
        let csv = "id,stage,created date,close date,amount,owner\n1,Demo,,,,A\n2,Intro,,,,A\n3,Demo,,,,A\n"
        #expect(try importCSV(csv).openPipeline == [OpenStageCount(stage: "Demo", count: 2), OpenStageCount(stage: "Intro", count: 1)])
    }

    @Test func sellersActiveInTheLast90Days() {
        // The data ends 2024-04-30; 90 days back is 2024-02-01. Ann (Apr 30) and Bob (Mar 15) are in,
        // Dan (Jan 20) is out, Cid has no dated deal.
        #expect(calibration.sellers == SellerCount(active: 2, all: 4, windowDays: 90, dataEnd: "2024-04-30"))
    }

    @Test func sourcesAndAccounts() {
        #expect(calibration.sources == [
            SourceShare(source: "Web", channel: .pull, opportunities: 3, share: 0.5),
            SourceShare(source: "Cold Call", channel: .push, opportunities: 1, share: 1.0 / 6),
            SourceShare(source: "Outbound", channel: .push, opportunities: 1, share: 1.0 / 6),
            SourceShare(source: "Partner Referral", channel: .pull, opportunities: 1, share: 1.0 / 6),
        ])
        #expect(calibration.rowsWithoutAccount == 1)
    }

    @Test func crlfAndBOMGiveTheSameFigures() throws {
        let windows = "\u{FEFF}" + handMadeExport.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        var same = try importCSV(windows)
        same.sourceName = calibration.sourceName
        #expect(same == calibration)
    }

    @Test func summaryNamesTheFigures() {
        let summary = calibration.summary
        #expect(summary.contains("Rows: 7 read, 7 used, 0 rejected"))
        #expect(summary.contains("Win rate: 60.0% (3 of 5 closed)"))
        #expect(summary.contains("median 2,000"))
        #expect(summary.contains("Sellers: 2 active in the last 90 days to 2024-04-30, 4 in all"))
    }
}
