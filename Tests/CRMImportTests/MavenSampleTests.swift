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
}
