import Testing
@testable import PushPullModel

/// Large runs keep the monthly series of their first `MonteCarlo.bandPaths` paths only.
@Suite("Band sample")
struct BandSampleTests {
    @Test("Beyond the kept paths, the bands are those of the first kept paths; means and gauges use every path")
    func bandsComeFromTheFirstPaths() throws {
        let kept = example(paths: MonteCarlo.bandPaths) { $0.simulation.horizonMonths = 4 }
        var more = kept
        more.simulation.paths = MonteCarlo.bandPaths + 3 * MonteCarlo.blockSize
        let sampled = try forecast(kept), all = try forecast(more)
        for (a, b) in zip(sampled.months, all.months) {
            #expect(a.arr == b.arr && a.bookings == b.bookings && a.cash == b.cash, "month \(a.month)")
            #expect(a.wonDeals == b.wonDeals && a.opportunities == b.opportunities && a.journeys == b.journeys)
        }
        // Means and gauges see the extra paths, so they differ (a little) from the sample's.
        #expect(sampled.months.map(\.meanBookings) != all.months.map(\.meanBookings))
        #expect(all.paths == more.simulation.paths)
    }
}
