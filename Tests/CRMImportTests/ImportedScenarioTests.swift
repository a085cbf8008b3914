import Foundation
import PushPullModel
import Testing
import TestSupport
@testable import CRMImport

/// The scenario `pushpull import` writes from a generated export: where it starts, what it aims at,
/// and what it says it assumed.
@Suite struct ImportedScenarioTests {
    static let process: SyntheticCRMExport = {
        var process = SyntheticCRMExport()
        (process.months, process.opportunitiesPerMonth, process.winRate, process.sellers) = (16, 300, 0.35, 9)
        return process
    }()
    let deals = ImportedScenarioTests.process.deals
    let calibration: Calibration

    init() throws { calibration = try importCSV(Self.process.csv(of: deals)) }

    /// The export ends with April 2024 (16 months from January 2023): the plan starts in May.
    let planStart = SyntheticCRMExport.dayNumber(year: 2024, month: 5, day: 1)

    @Test func theStartIsTheExportsEnd() {
        let scenario = calibration.importedScenario(base: .example).scenario
        let yearBefore = SyntheticCRMExport.dayNumber(year: 2023, month: 5, day: 1)
        let wonLastYear = deals.filter { $0.won && $0.closedDay! >= yearBefore && $0.closedDay! < planStart }
        let open = deals.filter { $0.closedDay == nil }
        #expect(scenario.stages.last?.openAtStart == open.count)
        #expect(scenario.market.pushSourcedCustomers + scenario.market.pullSourcedCustomers == wonLastYear.count)
        let arr = wonLastYear.reduce(0.0) { $0 + ($1.amount * 100).rounded() / 100 }
        #expect(isClose(scenario.market.startingARR, arr, tolerance: 1e-9))
        #expect(scenario.targets.periodMonths == 12 && isClose(scenario.targets.periodBookings, arr, tolerance: 1e-9))
        #expect(scenario.validationIssues().isEmpty)
    }

    @Test func withoutFlagsTheMoneyIsAssumedAndSaidSo() {
        let imported = calibration.importedScenario(base: .example)
        let fields = Set(imported.assumptions.map(\.field))
        #expect(fields == ["finance.currency", "finance.startingCash", "levers.budget", "finance.fixedMonthlyCosts"])
        #expect(imported.scenario.finance.currency == Scenario.example.finance.currency)
        #expect(imported.provenance["finance.startingCash"]?.hasPrefix("assumption:") == true)
        #expect(imported.summary.contains("finance.currency = EUR: the export's amounts carry no currency"))
        #expect(imported.scenario.notes.hasPrefix("Calibrated by pushpull import from test.csv"))
    }

    @Test func flagsSetTheMoneyAndTheMarket() {
        let options = FitOptions(marketAccounts: 50_000, currency: "USD", budget: 400_000, cash: 2_000_000)
        let imported = calibration.importedScenario(base: .example, options: options)
        let scenario = imported.scenario
        #expect(scenario.finance.currency == "USD" && scenario.finance.startingCash == 2_000_000)
        #expect(scenario.levers.budget == 400_000)
        // Nine sellers at 15,000 ÷ 0.75 are 180,000 of push spend.
        #expect(isClose(scenario.levers.pushShare, 180_000.0 / 400_000))
        #expect(scenario.market.accounts == 50_000)
        #expect(Set(imported.assumptions.map(\.field)) == ["market.accounts", "finance.fixedMonthlyCosts"])
        // With the market given, the reach is what fits the flow.
        let fit = imported.fit!
        #expect(abs(fit.model.decidedPerMonth / fit.actual.closedPerMonth - 1) < 0.05)
        #expect(imported.provenance["response.outboundReach"] != nil && imported.provenance["market.accounts"]?.hasPrefix("assumption") == true)
    }

    @Test func anExportWithoutClosedDealsKeepsTheBaseFlows() throws {
        let calibration = try importCSV("id,stage,created date,close date,amount,owner\n1,Demo,2024-01-05,,,Ann\n")
        let imported = calibration.importedScenario(base: .example)
        #expect(imported.fit == nil)
        #expect(imported.summary.contains("no month with a closed deal"))
        #expect(imported.scenario.validationIssues().isEmpty)
    }

    @Test func aMarketTooSmallForTheFlowIsSaid() {
        let imported = calibration.importedScenario(base: .example, options: FitOptions(marketAccounts: 400))
        let fit = imported.fit!
        #expect(fit.model.decidedPerMonth < 0.95 * fit.actual.closedPerMonth)
        #expect(imported.summary.contains("the reach is at its limit; a larger --market-accounts lets it fit"))
        #expect(imported.scenario.market.accounts >= imported.scenario.committedAccounts)
    }
}
