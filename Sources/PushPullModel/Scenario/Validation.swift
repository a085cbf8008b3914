/// A value outside what the model accepts, named by its dotted path (e.g. `levers.pushShare`).
public struct ValidationIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Hard limits: past them the model refuses the scenario rather than run for ever or draw nonsense.
public enum ModelLimits {
    public static let horizonMonths = 1...120
    public static let paths = 1...100_000
    public static let stageCount = 2...12
    public static let accounts = 1...10_000_000
    public static let stageNameLength = 1...40
    public static let scenarioNameLength = 0...200
    public static let notesLength = 0...10_000
    /// Money values (budget, costs, cash, deal sizes) stay below this.
    public static let money = 1e12
}

extension Scenario {
    /// Every value outside its range, in a stable order; empty when the scenario can run.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func check(_ field: String, _ value: Double, _ range: ClosedRange<Double>, _ what: String = "") {
            if !value.isFinite {
                issues.append(ValidationIssue(field: field, message: "must be a finite number, not \(value)"))
            } else if !range.contains(value) {
                issues.append(ValidationIssue(
                    field: field, message: "\(format(value)) is out of range \(format(range.lowerBound))…\(format(range.upperBound))\(what)"))
            }
        }
        func check(_ field: String, _ value: Int, _ range: ClosedRange<Int>) {
            if !range.contains(value) {
                issues.append(ValidationIssue(field: field, message: "\(value) is out of range \(range.lowerBound)…\(range.upperBound)"))
            }
        }
        let share = 0.0...1.0
        let money = 0.0...ModelLimits.money

        check("name", name.count, ModelLimits.scenarioNameLength)
        check("notes", notes.count, ModelLimits.notesLength)
        for lever in Lever.allCases { check("levers.\(lever.rawValue)", levers[lever], lever.range) }

        check("market.accounts", market.accounts, ModelLimits.accounts)
        check("market.pushSourcedCustomers", market.pushSourcedCustomers, 0...ModelLimits.accounts.upperBound)
        check("market.pullSourcedCustomers", market.pullSourcedCustomers, 0...ModelLimits.accounts.upperBound)
        check("market.startingARR", market.startingARR, money)
        check("market.cooldownMonths", market.cooldownMonths, 0...120)

        check("stages", stages.count, ModelLimits.stageCount)
        for (index, stage) in stages.enumerated() {
            let path = "stages[\(index)]"
            check("\(path).name", stage.name.count, ModelLimits.stageNameLength)
            check("\(path).conversion", stage.conversion, share)
            check("\(path).monthsInStage", stage.monthsInStage, 0.1...60)
            check("\(path).openAtStart", stage.openAtStart, 0...ModelLimits.accounts.upperBound)
        }
        if !stages.contains(where: { $0.name == outboundEntryStage }) {
            let names = stages.map(\.name).joined(separator: ", ")
            issues.append(ValidationIssue(field: "outboundEntryStage", message: "\"\(outboundEntryStage)\" is not one of the stages (\(names))"))
        }
        // Summed as doubles: counts near Int.max must give an issue, not an overflow trap.
        let committed = stages.reduce(0.0) { $0 + Double($1.openAtStart) }
            + Double(market.pushSourcedCustomers) + Double(market.pullSourcedCustomers)
        if committed > Double(market.accounts) {
            issues.append(ValidationIssue(field: "market.accounts", message: "\(market.accounts) is fewer than the customers and open pipeline at start (\(format(committed)))"))
        }

        check("sales.sellerMonthlyCost", sales.sellerMonthlyCost, 1...ModelLimits.money)
        check("sales.sellerShareOfPush", sales.sellerShareOfPush, share)
        check("sales.dealsPerSellerPerMonth", sales.dealsPerSellerPerMonth, 0...1000)
        check("sales.dealSizeMedian", sales.dealSizeMedian, 1...ModelLimits.money)
        check("sales.dealSizeSigma", sales.dealSizeSigma, 0...3)
        check("sales.buyingGroupSize", sales.buyingGroupSize, 1...50)
        check("sales.rampMonths", sales.rampMonths, 0...36)
        check("sales.stalledLeak", sales.stalledLeak, 0...0.5)
        if sales.seasonality.count != 12 {
            issues.append(ValidationIssue(field: "sales.seasonality", message: "expected 12 multipliers (January to December), found \(sales.seasonality.count)"))
        }
        for (index, factor) in sales.seasonality.enumerated() { check("sales.seasonality[\(index)]", factor, 0...3) }

        check("response.pushCarryover", response.pushCarryover, 0...0.99)
        check("response.pullCarryover", response.pullCarryover, 0...0.99)
        check("response.pushHalfSaturation", response.pushHalfSaturation, 1...ModelLimits.money)
        check("response.pullHalfSaturation", response.pullHalfSaturation, 1...ModelLimits.money)
        check("response.partnerHalfSaturation", response.partnerHalfSaturation, 1...ModelLimits.money)
        check("response.saturationShape", response.saturationShape, 0.2...5)
        check("response.outboundReach", response.outboundReach, share)
        check("response.wordOfMouth", response.wordOfMouth, 0...5)
        check("response.inboundReach", response.inboundReach, share)
        check("response.partnerReach", response.partnerReach, share)
        check("response.bestHandoff", response.bestHandoff, 0.05...0.95)
        check("response.earlyHandoffPenalty", response.earlyHandoffPenalty, share)
        check("response.lateHandoffPenalty", response.lateHandoffPenalty, share)
        check("response.synergy", response.synergy, 0...2)
        check("response.quotaWinUplift", response.quotaWinUplift, 0...2)
        check("response.quotaTrustErosion", response.quotaTrustErosion, share)
        check("response.executiveDealSizeUplift", response.executiveDealSizeUplift, 0...5)
        check("response.executiveSellerTime", response.executiveSellerTime, 0...5)

        check("customers.pushSourcedChurn", customers.pushSourcedChurn, 0...0.5)
        check("customers.pullSourcedChurn", customers.pullSourcedChurn, 0...0.5)
        check("customers.pullSourcedExpansion", customers.pullSourcedExpansion, 0...0.2)
        check("customers.referralsPerCustomer", customers.referralsPerCustomer, 0...1)
        check("customers.partnerForgetting", customers.partnerForgetting, share)

        check("finance.startingCash", finance.startingCash, -ModelLimits.money...ModelLimits.money)
        check("finance.fixedMonthlyCosts", finance.fixedMonthlyCosts, money)
        check("finance.currency", finance.currency.count, 0...8)
        check("finance.partnerMargin", finance.partnerMargin, share)
        check("finance.grossMargin", finance.grossMargin, 0.01...1)

        check("targets.periodMonths", targets.periodMonths, 1...ModelLimits.horizonMonths.upperBound)
        check("targets.periodBookings", targets.periodBookings, money)
        check("riskLimits.maxCashShortfall", riskLimits.maxCashShortfall, share)
        check("riskLimits.maxTargetMiss", riskLimits.maxTargetMiss, share)

        check("history.budget", history.budget, Lever.budget.range)
        check("history.pushShare", history.pushShare, share)
        check("history.partnerShare", history.partnerShare, share)
        check("uncertainty.winRate", uncertainty.winRate, 0...2)
        check("uncertainty.reach", uncertainty.reach, 0...2)
        check("uncertainty.wordOfMouth", uncertainty.wordOfMouth, 0...2)
        check("uncertainty.churn", uncertainty.churn, 0...2)
        check("uncertainty.dealSize", uncertainty.dealSize, 0...2)

        check("simulation.horizonMonths", simulation.horizonMonths, ModelLimits.horizonMonths)
        check("simulation.paths", simulation.paths, ModelLimits.paths)
        check("simulation.startMonth", simulation.startMonth, 1...12)
        return issues
    }

    /// Throws the first issue, for callers that stop at one.
    public func validated() throws -> Scenario {
        if let first = validationIssues().first { throw first }
        return self
    }
}

private func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}
