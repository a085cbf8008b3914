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

    /// Sets, when the data has them:
    /// - the last stage's conversion to the win rate;
    /// - the months in the sales-owned stages (from `outboundEntryStage` to the last) so that they
    ///   add up to the mean sales cycle, keeping the scenario's proportions between them;
    /// - `openAtStart`: an open CRM stage adds to the scenario stage of the same name; the others are
    ///   spread in order over the sales-owned stages (first to first, last to last). Sales-owned stages
    ///   the export does not fill are set to 0, since the export is the whole sales pipeline;
    ///   `market.accounts` is raised if it could no longer hold the pipeline and customers;
    /// - deal size median and sigma, and deals per seller per month;
    /// - the budget and push share so that the active sellers are paid at `sellerMonthlyCost`
    ///   (push spend = sellers × cost ÷ sellerShareOfPush) while the pull spend stays as it was:
    ///   the export tells the sales force, not the marketing budget.
    public func calibrate(_ scenario: Scenario) -> CalibratedScenario {
        var result = scenario
        var provenance: [String: String] = [:]
        let salesStages = salesOwnedStageIndices(of: scenario)

        if let winRate, let last = scenario.stages.indices.last {
            result.stages[last].conversion = winRate
            provenance["stages[\(last)].conversion"] = "win rate \(percent(winRate)): \(won) won of \(won + lost) closed deals \(inSource)"
        }
        if let salesCycle, !salesStages.isEmpty {
            let currentMonths = salesStages.reduce(0) { $0 + scenario.stages[$1].monthsInStage }
            let stageNames = salesStages.map { scenario.stages[$0].name }.joined(separator: ", ")
            for index in salesStages {
                let share = currentMonths > 0 ? scenario.stages[index].monthsInStage / currentMonths : 1 / Double(salesStages.count)
                result.stages[index].monthsInStage = min(60, max(0.1, salesCycle.meanMonths * share))
                provenance["stages[\(index)].monthsInStage"] = "mean sales cycle \(decimal(salesCycle.meanMonths)) months "
                    + "(engage to close, \(salesCycle.wonDeals) won deals \(inSource)) spread over \(stageNames) in the scenario's proportions"
            }
        }
        applyOpenPipeline(to: &result, salesStages: salesStages, provenance: &provenance)
        if let dealSize {
            result.sales.dealSizeMedian = min(ModelLimits.money, max(1, dealSize.median))
            result.sales.dealSizeSigma = min(3, dealSize.sigma)
            let fit = "lognormal fitted to \(dealSize.wonDeals) won amounts \(inSource)"
            provenance["sales.dealSizeMedian"] = "\(fit): exp(mean log amount), amounts read as first-year ARR"
                + (dealSize.median > ModelLimits.money ? ", capped at the model's limit" : "")
            provenance["sales.dealSizeSigma"] = "\(fit): standard deviation of log amounts" + (dealSize.sigma > 3 ? ", capped at 3" : "")
        }
        if let throughput {
            result.sales.dealsPerSellerPerMonth = min(1000, throughput.dealsPerSellerPerMonth)
            provenance["sales.dealsPerSellerPerMonth"] = "\(throughput.closedDeals) closed deals over \(throughput.sellerMonths) "
                + "seller-months (each owner from first to last active month) \(inSource)"
        }
        applySalesForce(to: &result, provenance: &provenance)
        return CalibratedScenario(scenario: result, provenance: provenance)
    }

    private var inSource: String { "in \(sourceName)" }

    /// Stages owned by sales: from the outbound entry stage to the last (just the last if the
    /// entry stage is unknown). CRM opportunities live there.
    private func salesOwnedStageIndices(of scenario: Scenario) -> [Int] {
        guard !scenario.stages.isEmpty else { return [] }
        let entry = scenario.stages.firstIndex { $0.name == scenario.outboundEntryStage } ?? scenario.stages.count - 1
        return Array(entry..<scenario.stages.count)
    }

    private func applyOpenPipeline(to scenario: inout Scenario, salesStages: [Int], provenance: inout [String: String]) {
        guard won + lost + open > 0, !salesStages.isEmpty else { return }
        var sources = [Int: [OpenStageCount]]()
        var unmatched: [OpenStageCount] = []
        for stage in openPipeline {
            if let index = scenario.stages.firstIndex(where: { nameKey($0.name) == nameKey(stage.stage) }) {
                sources[index, default: []].append(stage)
            } else {
                unmatched.append(stage)
            }
        }
        for (position, stage) in unmatched.enumerated() {
            let target = unmatched.count == 1
                ? salesStages.count - 1
                : Int((Double(position) * Double(salesStages.count - 1) / Double(unmatched.count - 1)).rounded())
            sources[salesStages[target], default: []].append(stage)
        }
        for index in Set(salesStages).union(sources.keys).sorted() {
            let stages = sources[index] ?? []
            scenario.stages[index].openAtStart = stages.reduce(0) { $0 + $1.count }
            provenance["stages[\(index)].openAtStart"] = stages.isEmpty
                ? "no open deal maps to this sales stage \(inSource)"
                : "open deals " + stages.map { "\($0.stage) (\($0.count))" }.joined(separator: " + ") + " \(inSource)"
        }
        let needed = scenario.stages.reduce(0) { $0 + $1.openAtStart }
            + scenario.market.pushSourcedCustomers + scenario.market.pullSourcedCustomers
        if needed > scenario.market.accounts {
            scenario.market.accounts = needed
            provenance["market.accounts"] = "raised to hold the customers and the open pipeline \(inSource)"
        }
    }

    private func applySalesForce(to scenario: inout Scenario, provenance: inout [String: String]) {
        let sellerCount = sellers.active > 0 ? sellers.active : sellers.all
        guard sellerCount > 0, scenario.sales.sellerShareOfPush > 0 else { return }
        let which = sellers.active > 0
            ? "\(sellers.active) sellers active in the last \(sellers.windowDays) days to \(sellers.dataEnd ?? "the end")"
            : "\(sellers.all) owners (no dated activity)"
        let pushSpend = Double(sellerCount) * scenario.sales.sellerMonthlyCost / scenario.sales.sellerShareOfPush
        let pullSpend = scenario.levers.budget * (1 - scenario.levers.pushShare)
        let budget = min(Lever.budget.range.upperBound, pushSpend + pullSpend)
        scenario.levers.budget = budget
        scenario.levers.pushShare = budget > 0 ? min(1, pushSpend / budget) : 0
        provenance["levers.budget"] = "pull spend kept, push spend paying \(which) \(inSource) "
            + "at sales.sellerMonthlyCost ÷ sales.sellerShareOfPush"
        provenance["levers.pushShare"] = "push spend for \(which) \(inSource) over the budget"
    }
}


func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
