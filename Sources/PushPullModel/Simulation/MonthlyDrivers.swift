import Foundation

/// What the levers fix for every month before any dice are thrown: spend,
/// carried-over effects, seller capacity, hazards and win rates. The same for every
/// path, so it is computed once per run, not once per path.
struct MonthlyDrivers {
    struct Month {
        var pushEffect: Double
        var contentEffect: Double
        var partnerEffect: Double
        /// Trust left after quota pressure inside pull accounts (multiplies pull, word of mouth and referrals).
        var trust: Double
        /// Sellers at work: cuts act at once, hires arrive through the ramp.
        var sellers: Double
        /// Deal moves the sellers can make this month (a senior-led deal costs more than one).
        var capacity: Double
        var outboundHazard: Double
        /// Bass imitation: multiplied by the installed-base share of the market.
        var wordOfMouthHazard: Double
        var inboundBaseHazard: Double
        var partnerHazard: Double
        /// Win probability in the last stage of a push-sourced deal, and of a pull-sourced one.
        var pushWinRate: Double
        var pullWinRate: Double

        func winRate(_ source: Int) -> Double { source == Source.push.rawValue ? pushWinRate : pullWinRate }
    }

    let months: [Month]
    /// Share of each stage's work that sellers do for pull-sourced journeys, from the handoff
    /// moment: a continuous function of it, so no stage flips ownership at a threshold.
    let salesShare: [Double]
    /// Monthly probability of leaving each stage, index `stage * Source.count + source`.
    let leave: [Double]
    /// Seller work one move of a deal takes, index `stage * Source.count + source`.
    let sellerWork: [Double]
    let outboundEntryIndex: Int
    let dealSizeMu: [Double]
    let dealSizeSigma: Double
    let churn: [Double]
    let expansion: [Double]
    /// Referrals one customer of each source starts per month, before trust and uncertainty.
    let referrals: [Double]
    /// Share of each source's revenue the company keeps (partners take a margin).
    let revenueKept: [Double]
    let monthlySpend: Double
    /// Monthly chance that a cooling-off account becomes reachable again.
    let cooldownExit: Double
    let stalledLeak: Double
    /// Sellers the plan pays for once hiring has caught up.
    let plannedSellers: Double

    /// Win-rate uplift of senior-led outbound at full focus and full pull beside it: top-down
    /// selling works when bottom-up inbound has built the case (a synergy, not a substitute).
    static let executiveWinUplift = 0.5
    /// Outbound journeys lost at full executive focus: there are fewer senior buyers to reach.
    static let executiveReachLoss = 0.5
    /// How much senior-led deals slow down per unit of extra seller time.
    static let executiveSlowdown = 0.5
    /// How much quota pressure speeds seller work (closing harder now).
    static let quotaSpeedUp = 0.3

    init(scenario s: Scenario) {
        let levers = s.levers, r = s.response
        let spend = Spend(budget: levers.budget, pushShare: levers.pushShare, partnerShare: levers.partnerShare)
        let past = Spend(budget: s.history.budget, pushShare: s.history.pushShare, partnerShare: s.history.partnerShare)
        let sellerCost = s.sales.sellerMonthlyCost, sellerShare = s.sales.sellerShareOfPush
        let targetSellers = spend.push * sellerShare / sellerCost
        let pastSellers = past.push * sellerShare / sellerCost
        let focus = levers.executiveFocus, quota = levers.quotaPressure

        salesShare = Self.salesShares(s.stages, handoff: levers.handoff)
        outboundEntryIndex = s.stages.firstIndex { $0.name == s.outboundEntryStage } ?? 0
        let seniorWork = 1 + r.executiveSellerTime * focus
        var leave: [Double] = [], sellerWork: [Double] = []
        for (stage, share) in zip(s.stages, salesShare) {
            for source in Source.allCases {
                let sellerShare = source == .push ? 1 : share
                var months = stage.monthsInStage * (1 - Self.quotaSpeedUp * quota * sellerShare)
                if source == .push { months *= 1 + Self.executiveSlowdown * r.executiveSellerTime * focus }
                // Moves run first stage to last within a month, so a deal can cross several
                // stages in one month: 1/(1+m) gives a mean of m months in the stage.
                leave.append(1 / (1 + months))
                sellerWork.append(source == .push ? seniorWork : share)
            }
        }
        self.leave = leave
        self.sellerWork = sellerWork

        let lastConversion = s.stages.last?.conversion ?? 0
        let handoffFactor = ResponseCurves.handoffFactor(levers.handoff, best: r.bestHandoff,
                                                         earlyPenalty: r.earlyHandoffPenalty, latePenalty: r.lateHandoffPenalty)
        let effects = { (stock: Stock) in
            (push: ResponseCurves.hill(stock.push, halfSaturation: r.pushHalfSaturation, shape: r.saturationShape),
             content: ResponseCurves.hill(stock.content, halfSaturation: r.pullHalfSaturation, shape: r.saturationShape),
             partner: ResponseCurves.hill(stock.partner, halfSaturation: r.partnerHalfSaturation, shape: r.saturationShape))
        }
        // The pull an account feels: its own content and community, plus what partners add,
        // discounted because a partner's client may not know the supplier behind it.
        let partnerPresence = 1 - s.customers.partnerForgetting
        let combinedPull = { (e: (push: Double, content: Double, partner: Double)) in
            e.content + (1 - e.content) * e.partner * partnerPresence
        }
        // The plan starts from the steady state of past spend, not from zero.
        var stock = Stock(steadyStateOf: past, pushCarryover: r.pushCarryover, pullCarryover: r.pullCarryover)
        let pastEffects = effects(stock)
        // Deals closing now were touched by the pull of a journey-length ago: the
        // synergy uses that lagged pull, so money moved to pull today cannot lift this
        // quarter's win rate.
        let journeyMonths = Int(s.stages.reduce(0) { $0 + $1.monthsInStage }.rounded())
        var pullHistory: [Double] = []
        var sellers = pastSellers
        let hiring = s.sales.rampMonths > 0 ? 1 - exp(-1 / s.sales.rampMonths) : 1
        var months: [Month] = []
        months.reserveCapacity(s.simulation.horizonMonths)
        for t in 0..<s.simulation.horizonMonths {
            stock.add(spend, pushCarryover: r.pushCarryover, pullCarryover: r.pullCarryover)
            let effect = effects(stock)
            sellers = targetSellers < sellers ? targetSellers : sellers + (targetSellers - sellers) * hiring
            let trust = 1 - r.quotaTrustErosion * quota * effect.push
            pullHistory.append(combinedPull(effect))
            let laggedPull = t >= journeyMonths ? pullHistory[t - journeyMonths] : combinedPull(pastEffects)
            let reach = ResponseCurves.buyingGroupReach(pushEffect: effect.push, pullEffect: laggedPull,
                                                        groupSize: s.sales.buyingGroupSize)
            let shared = lastConversion * handoffFactor * (1 + r.synergy * (effect.push * laggedPull).squareRoot())
                * (0.6 + 0.4 * reach) * (1 + r.quotaWinUplift * quota)
            let senior = 1 + Self.executiveWinUplift * focus * laggedPull
            let season = s.sales.seasonality[(s.simulation.startMonth - 1 + t) % 12]
            let win = { (rate: Double) in min(0.95, max(0, rate * season)) }
            months.append(Month(
                pushEffect: effect.push, contentEffect: effect.content, partnerEffect: effect.partner, trust: trust,
                sellers: sellers, capacity: sellers * s.sales.dealsPerSellerPerMonth,
                outboundHazard: ResponseCurves.monthly(yearly: r.outboundReach) * effect.push * (1 - Self.executiveReachLoss * focus),
                wordOfMouthHazard: ResponseCurves.monthly(yearly: r.wordOfMouth) * effect.content * trust,
                inboundBaseHazard: ResponseCurves.monthly(yearly: r.inboundReach) * effect.content * trust,
                partnerHazard: ResponseCurves.monthly(yearly: r.partnerReach) * effect.partner,
                pushWinRate: win(shared * senior), pullWinRate: win(shared)
            ))
        }
        self.months = months

        let discount = 1 - 0.15 * quota
        let median = s.sales.dealSizeMedian * discount
        dealSizeMu = [log(median * (1 + r.executiveDealSizeUplift * focus)), log(median), log(median)]
        dealSizeSigma = s.sales.dealSizeSigma
        let c = s.customers, forgetting = c.partnerForgetting
        churn = [min(1, c.pushSourcedChurn * (1 + quota)),
                 min(1, c.pullSourcedChurn * (1 + 0.5 * quota)),
                 min(1, c.pullSourcedChurn * (1 + forgetting) * (1 + 0.5 * quota))]
        expansion = [0, c.pullSourcedExpansion, c.pullSourcedExpansion * (1 - forgetting)]
        referrals = [c.referralsPerCustomer / 2, c.referralsPerCustomer, c.referralsPerCustomer * (1 - forgetting)]
        revenueKept = [1, 1, 1 - s.finance.partnerMargin]
        monthlySpend = levers.budget + s.finance.fixedMonthlyCosts
        cooldownExit = s.market.cooldownMonths > 0 ? 1 - exp(-1 / s.market.cooldownMonths) : 1
        stalledLeak = s.sales.stalledLeak
        plannedSellers = targetSellers
    }

    /// Share of each stage's work done by sellers: the part of the stage (on the journey,
    /// weighted by time in stage) that comes after the handoff moment. Continuous in the
    /// handoff; the last stage is always the sellers', since only a seller takes the order.
    static func salesShares(_ stages: [Stage], handoff: Double) -> [Double] {
        let total = max(stages.reduce(0) { $0 + $1.monthsInStage }, 1e-9)
        var start = 0.0
        return stages.enumerated().map { index, stage in
            let from = start / total, to = (start + stage.monthsInStage) / total
            start += stage.monthsInStage
            if index == stages.count - 1 { return 1 }
            return min(1, max(0, (to - handoff) / max(to - from, 1e-9)))
        }
    }
}

/// Monthly spend by channel.
private struct Spend {
    let push: Double
    let content: Double
    let partner: Double

    init(budget: Double, pushShare: Double, partnerShare: Double) {
        push = budget * pushShare
        let pull = budget - push
        content = pull * (1 - partnerShare)
        partner = pull * partnerShare
    }
}

/// Carried-over spend (adstock) by channel.
private struct Stock {
    var push: Double
    var content: Double
    var partner: Double

    /// The level constant spend settles at: spend / (1 − λ).
    init(steadyStateOf spend: Spend, pushCarryover: Double, pullCarryover: Double) {
        push = spend.push / (1 - pushCarryover)
        content = spend.content / (1 - pullCarryover)
        partner = spend.partner / (1 - pullCarryover)
    }

    mutating func add(_ spend: Spend, pushCarryover: Double, pullCarryover: Double) {
        push = ResponseCurves.adstock(spend: spend.push, previous: push, carryover: pushCarryover)
        content = ResponseCurves.adstock(spend: spend.content, previous: content, carryover: pullCarryover)
        partner = ResponseCurves.adstock(spend: spend.partner, previous: partner, carryover: pullCarryover)
    }
}
