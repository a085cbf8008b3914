import Testing
@testable import PushPullModel

/// Bugs found by review, kept from coming back.
@Suite("Regressions")
struct RegressionTests {
    @Test("Seeds that once drew a uniform of exactly 1 give finite figures")
    func uniformNeverOne() throws {
        for seed: UInt64 in [6_405_409_478_552_593_209, 18_353_248_396_151_281_993] {
            let result = try forecast(example(paths: 1) { $0.simulation.seed = seed })
            #expect(result.months.allSatisfy { $0.arr.p50.isFinite && $0.cash.p50.isFinite && $0.bookings.p50.isFinite })
            #expect(result.months[0].meanJourneys > 10, "seed \(seed): a uniform of 1 once gave almost no journeys")
        }
    }

    @Test("Counts near Int.max are reported, not an overflow trap")
    func hugeCountsAreIssues() {
        var scenario = Scenario.example
        scenario.stages[0].openAtStart = Int.max
        scenario.market.pushSourcedCustomers = Int.max
        let fields = scenario.validationIssues().map(\.field)
        #expect(fields.contains("market.accounts"))
        #expect(fields.contains("stages[0].openAtStart"))
    }
}
