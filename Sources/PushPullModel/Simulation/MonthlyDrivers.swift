import Foundation

/// What the levers fix for every month before any dice are thrown: spend,
/// carried-over effects, seller capacity, hazards and win rates. The same for every
/// path, so it is computed once per run, not once per path.
struct MonthlyDrivers {
    struct Month {
        var pushEffect: Double
        var contentEffect: Double
        var partnerEffect: Double
        /// Trust left after quota pressure inside pull accounts (multiplies pull and word of mouth).
        var trust: Double
        var sellers: Double
        var capacity: Double
        var outboundHazard: Double
        /// Inbound hazard = (wordOfMouth × installed-base share + inboundBase) × content effect × trust.
        var wordOfMouthHazard: Double
        var inboundBaseHazard: Double
        var partnerHazard: Double
        /// Win probability in the last stage for push- and pull-sourced deals.
        var winRate: (push: Double, pull: Double)
    }

    let months: [Month]
    /// Which stages sales owns (capacity-bound), from the handoff moment.
    let salesOwned: [Bool]
    /// Months in each stage after quota pressure speeds sales-owned stages.
    let monthsInStage: [Double]
    let outboundEntryIndex: Int
    let dealSizeMu: (push: Double, pull: Double)
    let dealSizeSigma: Double
    let churn: (push: Double, pull: Double)
    let expansion: Double
    let monthlySpend: Double

    init(scenario s: Scenario) {
        let levers = s.levers, r = s.response
        let pushSpend = levers.budget * levers.pushShare
        let pullSpend = levers.budget - pushSpend
        let contentSpend = pullSpend * (1 - levers.partnerShare)
        let partnerSpend = pullSpend * levers.partnerShare
        let sellers = pushSpend * s.sales.sellerShareOfPush / s.sales.sellerMonthlyCost
        let focus = levers.executiveFocus, quota = levers.quotaPressure

        salesOwned = Self.salesOwnedStages(s.stages, handoff: levers.handoff)
        monthsInStage = zip(s.stages, salesOwned).map { stage, sales in
            sales ? stage.monthsInStage * (1 - 0.3 * quota) : stage.monthsInStage
        }
        outboundEntryIndex = s.stages.firstIndex { $0.name == s.outboundEntryStage } ?? 0

        let lastConversion = s.stages.last?.conversion ?? 0
        let handoffFactor = ResponseCurves.handoffFactor(levers.handoff, best: r.bestHandoff,
                                                         earlyPenalty: r.earlyHandoffPenalty, latePenalty: r.lateHandoffPenalty)
        // Deals closing now were touched by the pull of a journey-length ago: the
        // synergy and the buying-group reach use that lagged pull, so money moved to
        // pull today cannot lift this quarter's win rate.
        let journeyMonths = Int(s.stages.reduce(0) { $0 + $1.monthsInStage }.rounded())
        var pushStock = 0.0, contentStock = 0.0, partnerStock = 0.0
        var pullHistory: [Double] = []
        var months: [Month] = []
        months.reserveCapacity(s.simulation.horizonMonths)
        for t in 0..<s.simulation.horizonMonths {
            pushStock = ResponseCurves.adstock(spend: pushSpend, previous: pushStock, carryover: r.pushCarryover)
            contentStock = ResponseCurves.adstock(spend: contentSpend, previous: contentStock, carryover: r.pullCarryover)
            partnerStock = ResponseCurves.adstock(spend: partnerSpend, previous: partnerStock, carryover: r.pullCarryover)
            let push = ResponseCurves.hill(pushStock, halfSaturation: r.pushHalfSaturation, shape: r.saturationShape)
            let content = ResponseCurves.hill(contentStock, halfSaturation: r.pullHalfSaturation, shape: r.saturationShape)
            let partner = ResponseCurves.hill(partnerStock, halfSaturation: r.partnerHalfSaturation, shape: r.saturationShape)
            let trust = 1 - r.quotaTrustErosion * quota * push
            pullHistory.append(max(content, partner))
            let laggedPull = t >= journeyMonths ? pullHistory[t - journeyMonths] : 0
            let reach = ResponseCurves.buyingGroupReach(executiveFocus: focus, pushEffect: push, pullEffect: laggedPull,
                                                        groupSize: s.sales.buyingGroupSize)
            let shared = lastConversion * handoffFactor * (1 + r.synergy * (push * laggedPull).squareRoot())
                * (0.6 + 0.4 * reach) * (1 + r.quotaWinUplift * quota)
            months.append(Month(
                pushEffect: push, contentEffect: content, partnerEffect: partner, trust: trust,
                sellers: sellers, capacity: sellers * s.sales.dealsPerSellerPerMonth,
                outboundHazard: ResponseCurves.monthly(yearly: r.outboundReach) * push * (1 - 0.4 * focus),
                wordOfMouthHazard: ResponseCurves.monthly(yearly: r.wordOfMouth) * content * trust,
                inboundBaseHazard: ResponseCurves.monthly(yearly: r.inboundReach) * content * trust,
                partnerHazard: ResponseCurves.monthly(yearly: r.partnerReach) * partner,
                winRate: (push: min(0.95, max(0, shared * (1 + 0.3 * focus))), pull: min(0.95, max(0, shared)))
            ))
        }
        self.months = months

        let discount = 1 - 0.15 * quota
        dealSizeMu = (push: log(s.sales.dealSizeMedian * (1 + 0.8 * focus) * discount), pull: log(s.sales.dealSizeMedian * discount))
        dealSizeSigma = s.sales.dealSizeSigma
        churn = (push: min(1, s.customers.pushSourcedChurn * (1 + quota)),
                 pull: min(1, s.customers.pullSourcedChurn * (1 + 0.5 * quota)))
        expansion = s.customers.pullSourcedExpansion
        monthlySpend = levers.budget + s.finance.fixedMonthlyCosts
    }

    /// A stage is sales-owned when its midpoint on the journey (weighted by time in
    /// stage) comes at or after the handoff moment; the last stage always is, since
    /// only a seller takes the order.
    static func salesOwnedStages(_ stages: [Stage], handoff: Double) -> [Bool] {
        let total = stages.reduce(0) { $0 + $1.monthsInStage }
        var start = 0.0
        return stages.enumerated().map { index, stage in
            let midpoint = (start + stage.monthsInStage / 2) / max(total, 1e-9)
            start += stage.monthsInStage
            return index == stages.count - 1 || midpoint >= handoff
        }
    }
}
