import Foundation
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
        #expect(sales.dealsPerSellerPerMonth == 5.0 / 9)
        #expect(sales.sellerMonthlyCost == base.sales.sellerMonthlyCost)
        #expect(calibrated.scenario.validationIssues().isEmpty)
    }

    @Test func dealSizesKeepTheWonAmountsMeanAndP90() {
        // Won amounts 1000, 4000, 2000: mean 2333.33; the 90th percentile is the third of three, 4000.
        let sales = calibrated.scenario.sales
        let mean = exp(log(sales.dealSizeMedian) + sales.dealSizeSigma * sales.dealSizeSigma / 2)
        let p90 = exp(log(sales.dealSizeMedian) + 1.2815515655446004 * sales.dealSizeSigma)
        #expect(isClose(mean, 7000.0 / 3, tolerance: 1e-9))
        #expect(isClose(p90, 4000, tolerance: 2e-3))
    }

    @Test func theSalesCycleIsTheLastStagesTime() {
        // An opportunity lives in the last stage from creation to close: the mean won cycle is 50 days.
        let months = calibrated.scenario.stages.map(\.monthsInStage)
        #expect(Array(months[0...3]) == Array(base.stages.map(\.monthsInStage)[0...3]))
        #expect(isClose(months[4], 50 / daysPerMonth))
    }

    @Test func theStartingStateIsLeftToTheFit() {
        #expect(calibrated.scenario.stages.map(\.openAtStart) == base.stages.map(\.openAtStart))
        #expect(calibrated.scenario.market == base.market)
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
            "stages[4].conversion", "stages[4].monthsInStage",
            "sales.dealSizeMedian", "sales.dealSizeSigma", "sales.dealsPerSellerPerMonth",
            "levers.budget", "levers.pushShare",
        ])
        #expect(calibrated.provenance["stages[4].conversion"] == "win rate 60.0%: 3 won of 5 closed deals in test.csv")
    }

    @Test func aGivenBudgetPaysTheSellersFirst() {
        // Two active sellers cost 40,000 of push spend; a 100,000 budget leaves 60,000 for pull.
        let levers = calibration.calibrate(base, budget: 100_000).scenario.levers
        #expect(levers.budget == 100_000)
        #expect(isClose(levers.pushShare, 0.4))
    }

    @Test func noRowsChangesNothing() throws {
        let empty = try importCSV(mavenHeader + "\n")
        #expect(empty.apply(to: base) == base)
        #expect(empty.provenance(for: base).isEmpty)
    }
}
