@testable import Dashboard
import PushPullModel
import Synchronization
import Testing

@Suite("The first estimate, started ahead")
struct EstimateAheadTests {
    struct Refused: Error {}

    /// The balance of every scenario an estimate was asked for, from whatever thread.
    final class Asked: Sendable {
        let balances = Mutex<[Double]>([])
    }

    /// A model whose estimate records what it is asked for.
    static func recordingModel(_ asked: Asked, failing: Bool = false) -> DashboardModel {
        DashboardModel(
            forecast: { _, _ in Fixtures.forecast },
            estimate: { scenario in
                asked.balances.withLock { $0.append(scenario.levers.pushShare) }
                if failing { throw Refused() }
                var forecast = Fixtures.forecast
                forecast.levers = scenario.levers
                return forecast
            },
            bestBalance: { _, _ in nil })
    }

    @Test func theScenarioStartedAheadIsEstimatedOnceAndOthersWhenAsked() throws {
        let asked = Asked()
        let first = Fixtures.scenario
        var other = first
        other.levers.pushShare += 0.05
        let estimate = try #require(Self.recordingModel(asked).estimating(ahead: first).estimate)

        #expect(try estimate(first).levers == first.levers)
        #expect(try estimate(first).levers == first.levers, "asked again, the same estimate is given")
        #expect(try estimate(other).levers == other.levers)
        #expect(asked.balances.withLock { $0 } == [first.levers.pushShare, other.levers.pushShare])
    }

    @Test func aFailureOfTheEstimateStartedAheadIsThrownWhenItIsAskedFor() throws {
        let asked = Asked()
        let estimate = try #require(Self.recordingModel(asked, failing: true).estimating(ahead: Fixtures.scenario).estimate)
        #expect(throws: Refused.self) { try estimate(Fixtures.scenario) }
    }

    @Test func aModelWithoutAnEstimateIsLeftAsItIs() {
        #expect(Fixtures.cheapModel.estimating(ahead: Fixtures.scenario).estimate == nil)
    }
}
