import Foundation
import PushPullModel

/// A scenario with the values the data supports, and for each changed field path
/// (e.g. `sales.dealSizeMedian`, `stages[4].conversion`) what data produced it.
public struct CalibratedScenario: Sendable, Equatable {
    public var scenario: Scenario
    public var provenance: [String: String]
}

extension Calibration {
    /// The scenario with what the data supports, other values kept as they were.
    public func apply(to scenario: Scenario) -> Scenario { calibrate(scenario).scenario }

    /// What `apply(to:)` changes in `scenario` and from which data, by field path.
    public func provenance(for scenario: Scenario) -> [String: String] { calibrate(scenario).provenance }

    /// The values read straight from the data, before any fit through the model. Sets, when the data has them:
    /// - the last stage, where a CRM opportunity lives from creation to close: its conversion to the
    ///   win rate and its months to the mean sales cycle;
    /// - the deal-size lognormal with the won amounts' mean and 90th percentile;
    /// - deals per seller per month from the closed deals per seller-month;
    /// - the budget and push share so that the active sellers are paid at `sellerMonthlyCost`
    ///   (push spend = sellers × cost ÷ sellerShareOfPush) while the pull spend stays as it was, or
    ///   inside `budget` when one is given: the export tells the sales force, not the marketing budget.
    public func calibrate(_ scenario: Scenario, budget: Double? = nil) -> CalibratedScenario {
        var result = scenario
        var provenance: [String: String] = [:]
        guard let last = scenario.stages.indices.last else { return CalibratedScenario(scenario: scenario, provenance: [:]) }

        if let winRate {
            result.stages[last].conversion = winRate
            provenance[Stage.path(\.conversion, stage: last)] = "win rate \(percent(winRate)): \(won) won of \(won + lost) closed deals \(inSource)"
        }
        if let salesCycle {
            result.stages[last].monthsInStage = min(60, max(0.1, salesCycle.meanMonths))
            provenance[Stage.path(\.monthsInStage, stage: last)] = "mean sales cycle \(decimal(salesCycle.meanMonths)) months "
                + "(created to won, \(salesCycle.wonDeals) won deals \(inSource)): an opportunity lives in the last stage"
        }
        if let dealAmounts {
            let fit = dealAmounts.lognormal
            result.sales.dealSizeMedian = min(ModelLimits.money, max(1, fit.median))
            result.sales.dealSizeSigma = fit.sigma
            let source = "lognormal with the mean \(decimal(dealAmounts.mean)) and P90 \(decimal(dealAmounts.p90)) "
                + "of \(dealAmounts.wonDeals) won amounts \(inSource), read as first-year ARR"
            provenance[Scenario.path(\.sales.dealSizeMedian)] = source + (fit.median > ModelLimits.money ? ", capped at the model's limit" : "")
            provenance[Scenario.path(\.sales.dealSizeSigma)] = source + (fit.sigma >= 1.28 ? "; the tail is heavier than a lognormal allows" : "")
        }
        if let throughput {
            result.sales.dealsPerSellerPerMonth = min(1000, throughput.dealsPerSellerPerMonth)
            provenance[Scenario.path(\.sales.dealsPerSellerPerMonth)] = "\(throughput.closedDeals) closed deals over \(throughput.sellerMonths) "
                + "seller-months (each owner from first to last active month) \(inSource)"
        }
        applySalesForce(to: &result, budget: budget, provenance: &provenance)
        return CalibratedScenario(scenario: result, provenance: provenance)
    }

    var inSource: String { "in \(sourceName)" }

    /// The sellers the data shows today: active in the last window, or every owner when nothing is dated.
    var sellerCount: Int { sellers.active > 0 ? sellers.active : sellers.all }

    private func applySalesForce(to scenario: inout Scenario, budget given: Double?, provenance: inout [String: String]) {
        guard sellerCount > 0, scenario.sales.sellerShareOfPush > 0 else { return }
        let which = sellers.active > 0
            ? "\(sellers.active) sellers active in the last \(sellers.windowDays) days to \(sellers.dataEnd ?? "the end")"
            : "\(sellers.all) owners (no dated activity)"
        let pushSpend = Double(sellerCount) * scenario.sales.sellerMonthlyCost / scenario.sales.sellerShareOfPush
        let pullSpend = scenario.levers.budget * (1 - scenario.levers.pushShare)
        let budget = min(Lever.budget.range.upperBound, given ?? pushSpend + pullSpend)
        scenario.levers.budget = budget
        scenario.levers.pushShare = budget > 0 ? min(1, pushSpend / budget) : 0
        provenance[Scenario.path(\.levers.budget)] = given != nil
            ? "given with --budget"
            : "assumption: pull spend kept from the base scenario, push spend paying \(which) \(inSource) "
                + "at sales.sellerMonthlyCost ÷ sales.sellerShareOfPush"
        provenance[Scenario.path(\.levers.pushShare)] = "push spend for \(which) \(inSource) over the budget"
            + (pushSpend > budget ? " (the budget cannot pay them all)" : "")
    }
}


func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
