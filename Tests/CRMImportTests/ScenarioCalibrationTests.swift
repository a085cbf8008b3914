import Testing
@testable import CRMImport
import PushPullModel

@Suite struct ScenarioCalibrationTests {
    let calibration: Calibration
    let base = Scenario.example
    let calibrated: CalibratedScenario

    init() throws {
        calibration = try importCSV(handMadeExport)
        calibrated = calibration.calibrate(base)
    }

    @Test func dataSupportedValues() {
        let sales = calibrated.scenario.sales
        #expect(calibrated.scenario.stages[4].conversion == 0.6)
        #expect(isClose(sales.dealSizeMedian, 2000))
        #expect(sales.dealsPerSellerPerMonth == 5.0 / 9)
        #expect(sales.sellerMonthlyCost == base.sales.sellerMonthlyCost)
        #expect(calibrated.scenario.validationIssues().isEmpty)
    }

    @Test func salesCycleSpreadOverSalesOwnedStages() {
        // Example's sales stages SAL, SQL, Opportunity take 1, 1.5, 2.5 of 5 months; the mean cycle is 50 days.
        let cycle = 50 / daysPerMonth
        let months = calibrated.scenario.stages.map(\.monthsInStage)
        #expect(months[0...1] == base.stages.map(\.monthsInStage)[0...1])
        #expect(isClose(months[2], cycle * 0.2) && isClose(months[3], cycle * 0.3) && isClose(months[4], cycle * 0.5))
    }

    @Test func openPipelineSpreadInOrderOverSalesStages() {
        // Prospecting goes to the first sales stage (SAL), Negotiation/Review to the last (Opportunity);
        // SQL receives nothing; marketing stages keep their values.
        #expect(calibrated.scenario.stages.map(\.openAtStart) == [60, 30, 1, 0, 1])
        #expect(calibrated.provenance["stages[2].openAtStart"] == "open deals Prospecting (1) in test.csv")
    }

    @Test func openStageWithAScenarioNameGoesThere() throws {
        let csv = "id,stage,created date,close date,amount,owner\n1,sql,,,,A\n2,sql,,,,A\n3,Demo,,,,A\n"
        let scenario = try importCSV(csv).apply(to: base)
        #expect(scenario.stages.map(\.openAtStart) == [60, 30, 0, 2, 1])
    }

    @Test func budgetPaysTheActiveSellersAndKeepsPullSpend() {
        // Two active sellers × 15,000 ÷ 0.75 = 40,000 push; pull stays 250,000 × 0.3 = 75,000.
        let levers = calibrated.scenario.levers
        #expect(isClose(levers.budget, 115_000))
        #expect(isClose(levers.pushShare, 40_000.0 / 115_000))
        #expect(isClose(levers.budget * (1 - levers.pushShare), base.levers.budget * (1 - base.levers.pushShare)))
    }

    @Test func everythingElseKept() {
        var expected = calibrated.scenario
        expected.levers = base.levers
        expected.stages = base.stages
        expected.sales = base.sales
        #expect(expected == base)
        #expect(calibrated.scenario.sales.buyingGroupSize == base.sales.buyingGroupSize)
        #expect(calibrated.scenario.sales.sellerShareOfPush == base.sales.sellerShareOfPush)
    }

    @Test func provenanceCoversEveryChangedField() {
        #expect(Set(calibrated.provenance.keys) == [
            "stages[4].conversion", "stages[2].monthsInStage", "stages[3].monthsInStage", "stages[4].monthsInStage",
            "stages[2].openAtStart", "stages[3].openAtStart", "stages[4].openAtStart",
            "sales.dealSizeMedian", "sales.dealSizeSigma", "sales.dealsPerSellerPerMonth",
            "levers.budget", "levers.pushShare",
        ])
        #expect(calibrated.provenance["stages[4].conversion"] == "win rate 60.0%: 3 won of 5 closed deals in test.csv")
    }

    @Test func marketGrowsToHoldAHugeImportedPipeline() throws {
        let rows = (1...7000).map { "\($0),Engaging,2024-01-01,,,A\n" }.joined()
        let calibrated = try importCSV("id,stage,created date,close date,amount,owner\n" + rows).calibrate(base)
        #expect(calibrated.scenario.market.accounts == 60 + 30 + 7000 + 120)
        #expect(calibrated.scenario.validationIssues().isEmpty)
        #expect(calibrated.provenance["market.accounts"] != nil)
    }

    @Test func noRowsChangesNothing() throws {
        let empty = try importCSV(mavenHeader + "\n")
        #expect(empty.apply(to: base) == base)
        #expect(empty.provenance(for: base).isEmpty)
    }
}
