import Foundation
import Testing
import TestSupport
@testable import CRMImport

/// Expected figures were computed independently with Python's csv module on the file.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: mavenSamplePath), "the Maven sample is not at \(mavenSamplePath)"))
struct MavenSampleTests {
    @Test func countsAndEstimates() throws {
        let calibration = try Calibration(csvFileAt: mavenSamplePath)
        #expect(calibration.dateFormat == .iso)
        #expect((calibration.rows.read, calibration.rows.used, calibration.rows.rejected.total) == (8800, 8800, 0))
        #expect((calibration.won, calibration.lost, calibration.open) == (4238, 2473, 2089))
        #expect(calibration.openPipeline == [OpenStageCount(stage: "Prospecting", count: 500), OpenStageCount(stage: "Engaging", count: 1589)])
        #expect(calibration.rowsWithoutAccount == 1425)
        #expect(calibration.sources == nil)
        #expect(isClose(calibration.winRate, 4238.0 / 6711))
        #expect(isClose(calibration.salesCycle?.meanMonths, 51.781972628598396 / (365.25 / 12)))
        #expect(isClose(calibration.salesCycle?.medianMonths, 57 / (365.25 / 12)))
        #expect(isClose(calibration.dealSize?.median, 996.8704832835629, tolerance: 1e-9))
        #expect(isClose(calibration.dealSize?.sigma, 1.6374103244154117, tolerance: 1e-9))
        #expect(calibration.throughput?.sellerMonths == 424)
        #expect(calibration.sellers.active == 30 && calibration.sellers.all == 30 && calibration.sellers.dataEnd == "2017-12-31")
        #expect(calibration.newOpportunities?.engaged == 8300 && calibration.newOpportunities?.months == 15)
    }

    @Test func monthByMonth() throws {
        let calibration = try Calibration(csvFileAt: mavenSamplePath)
        let history = calibration.history
        #expect(history.first?.description == "2016-10" && history.last?.description == "2017-12")
        #expect(history.months.map(\.newOpportunities) == [7, 115, 236, 312, 515, 792, 874, 722, 792, 1198, 793, 779, 761, 283, 121])
        #expect(history.months.map(\.won) == [0, 0, 0, 0, 0, 531, 285, 438, 531, 308, 446, 503, 279, 406, 511])
        #expect(history.months.map(\.lost) == [0, 0, 0, 0, 0, 116, 301, 367, 110, 319, 339, 132, 287, 362, 140])
        #expect(history.months.map(\.bookings) == [0, 0, 0, 0, 0, 1_134_672, 721_932, 1_025_713, 1_338_466, 696_932, 1_050_059,
                                                    1_235_264, 731_980, 938_943, 1_131_573])
        #expect(history.firstClosingMonth?.description == "2017-03")
        // Engaged October to February, none closed before March.
        #expect(history.openOpportunities(atStartOf: YearMonth(text: "2017-03")!) == 7 + 115 + 236 + 312 + 515)
        #expect(calibration.openOpportunities == 1589)
        #expect(calibration.accountsSeen == 85)
        let amounts = try #require(calibration.dealAmounts)
        #expect(amounts.wonDeals == 4238 && isClose(amounts.mean, 2360.9093912222747))
        #expect(isClose(amounts.p90, 5285, tolerance: 1e-3))
    }
}
