import Testing
@testable import PushPullModel

/// The month's flow through each stage accounts for its stock: what was there, plus what
/// entered, less what moved on and what was lost, is what is there at the month's end.
@Suite("Stage flows")
struct StageFlowTests {
    @Test(arguments: [0.0, 0.7, 1.0])
    func flowsAccountForTheStock(pushShare: Double) throws {
        let scenario = example { $0.levers.pushShare = pushShare }
        let result = try forecast(scenario)
        for (t, month) in result.months.enumerated() where t > 0 {
            let before = result.months[t - 1].meanPipeline, after = month.meanPipeline
            for stage in scenario.stages.indices {
                let flow = month.meanFlows[stage]
                let expected = before[stage].total + flow.entered - flow.advanced - flow.lost
                #expect(abs(expected - after[stage].total) < 1e-6, "month \(t + 1) stage \(stage): \(expected) ≠ \(after[stage].total)")
                #expect(flow.entered >= 0 && flow.advanced >= 0 && flow.lost >= 0)
            }
            // What leaves one stage forward is what the next stage receives from it.
            for stage in scenario.stages.indices.dropLast() {
                #expect(month.meanFlows[stage + 1].entered >= month.meanFlows[stage].advanced - 1e-9)
            }
            #expect(abs(month.meanFlows[scenario.stages.count - 1].advanced - month.meanWonDeals) < 1e-6, "the last stage advances by winning")
        }
    }

    @Test func theFirstStageWorksEvenWhenItEndsTheMonthEmpty() throws {
        let result = try forecast(example())
        let busy = result.months.filter { $0.meanFlows[0].entered > 0 }
        #expect(!busy.isEmpty, "journeys enter the first stage")
    }
}
