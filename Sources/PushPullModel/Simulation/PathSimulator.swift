import Foundation

/// Simulates one Monte Carlo path month by month: journeys start, move through the
/// stages within seller capacity, close or leak, customers churn and expand, cash moves.
struct PathSimulator {
    let scenario: Scenario
    let drivers: MonthlyDrivers
    let stageCount: Int
    let horizon: Int
    let periodMonths: Int
    let quarterEnd: Int
    let stages: StageTable
    let dealSums: DealSums

    /// Slots: each random flow of a month has a fixed slot, so the same flow reads
    /// the same uniform in the baseline and the what-if (common random numbers).
    private enum Slot {
        static let outbound = 0, inbound = 1, partner = 2, churnPush = 3, churnPull = 4
        static func stage(_ stage: Int, _ source: Int, _ step: Int) -> Int { 8 + (stage * 2 + source) * 4 + step }
        static let dealsPush = 5, dealsPull = 6
    }

    /// Monthly chance that a buyer left waiting by a fully booked sales team walks away.
    static let stalledGiveUp = 0.3
    /// Share of inbound opportunities led by a senior buyer: lead scores favour
    /// researchers without budget, so inbound rarely starts at the top.
    static let inboundExecutiveShare = 0.15

    init(scenario: Scenario, drivers: MonthlyDrivers) {
        self.scenario = scenario
        self.drivers = drivers
        stages = StageTable(scenario: scenario, drivers: drivers)
        dealSums = DealSums(mu: drivers.dealSizeMu, sigma: drivers.dealSizeSigma)
        stageCount = scenario.stages.count
        horizon = scenario.simulation.horizonMonths
        periodMonths = min(scenario.targets.periodMonths, horizon)
        quarterEnd = min(3, horizon)
    }

    /// Runs path `path`, writing its monthly bookings, ARR and cash through the
    /// pointers and adding its monthly figures to `sums`; `monthEnd` lets tests
    /// inspect the state after every month.
    func run(path: Int, bookings: UnsafeMutablePointer<Double>, arr: UnsafeMutablePointer<Double>,
             cash: UnsafeMutablePointer<Double>, sums: inout MonthlySums,
             monthEnd: ((Int, PathState) -> Void)? = nil) -> PathOutcome {
        let random = CounterRandom(seed: scenario.simulation.seed, path: path)
        var state = PathState(scenario: scenario, outboundEntryIndex: drivers.outboundEntryIndex)
        var outcome = PathOutcome()
        let accounts = Double(scenario.market.accounts)
        let lastStage = stageCount - 1
        let entry = drivers.outboundEntryIndex
        // The hot loop works on local copies and raw buffers: no copy-on-write or
        // bounds checks per draw. `state` is refreshed only for an observer.
        var untouched = state.untouched
        var customers = (push: state.customers[0], pull: state.customers[1])
        var arrBySource = (push: state.arr[0], pull: state.arr[1])
        var money = state.cash
        var journeys = (outbound: 0.0, inbound: 0.0, partner: 0.0)
        let pipeline = UnsafeMutableBufferPointer<Int>.allocate(capacity: stageCount * 2)
        defer { pipeline.deallocate() }
        _ = pipeline.initialize(from: state.pipeline)

        for t in 0..<horizon {
            let month = drivers.months[t]

            // 1. Journeys start (Bass-style hazards, drawn one after the other as a multinomial).
            let installedShare = Double(customers.push + customers.pull) / accounts
            let inboundHazard = month.wordOfMouthHazard * installedShare + month.inboundBaseHazard
            let outbound = Distributions.binomial(untouched, month.outboundHazard, random.uniform(month: t, slot: Slot.outbound))
            let inbound = Distributions.binomial(untouched - outbound, conditional(inboundHazard, given: month.outboundHazard),
                                                 random.uniform(month: t, slot: Slot.inbound))
            let partner = Distributions.binomial(untouched - outbound - inbound,
                                                 conditional(month.partnerHazard, given: month.outboundHazard + inboundHazard),
                                                 random.uniform(month: t, slot: Slot.partner))
            untouched -= outbound + inbound + partner
            journeys.outbound += Double(outbound)
            journeys.inbound += Double(inbound)
            journeys.partner += Double(partner)
            sums.journeys[t] += Double(outbound + inbound + partner)

            // New journeys join their first stage at once: a meeting booked early in the
            // month can move on within it.
            pipeline[entry * 2 + Source.push.rawValue] += outbound
            pipeline[Source.pull.rawValue] += inbound
            pipeline[entry * 2 + Source.pull.rawValue] += partner

            // 2. Sellers' attention: when the deals sales owns would need more moves this
            //    month than the sellers can make, every sales-owned deal moves slower,
            //    and some stalled buyers give up (a leak).
            var salesDemand = 0.0
            for stage in 0..<stageCount where stages.salesOwned[stage] {
                salesDemand += Double(pipeline[stage * 2] + pipeline[stage * 2 + 1]) * stages.leave[stage]
            }
            let attention = salesDemand > month.capacity ? month.capacity / salesDemand : 1

            // 3. Moves, from the last stage back, so an account advances at most one stage a month.
            var won = (push: 0, pull: 0)
            for stage in stride(from: lastStage, through: 0, by: -1) {
                let isSales = stages.salesOwned[stage]
                let leaveProbability = stages.leave[stage] * (isSales ? attention : 1)
                let isLast = stage == lastStage
                for source in 0..<2 {
                    let index = stage * 2 + source
                    let n = pipeline[index]
                    guard n > 0 else { continue }
                    let leaving = Distributions.binomial(n, leaveProbability, random.uniform(month: t, slot: Slot.stage(stage, source, 0)))
                    let givingUp = isSales && attention < 1
                        ? Distributions.binomial(n - leaving, Self.stalledGiveUp * (1 - attention), random.uniform(month: t, slot: Slot.stage(stage, source, 1)))
                        : 0
                    let p = isLast ? (source == 0 ? month.winRate.push : month.winRate.pull) : stages.conversion[stage]
                    let advancing = Distributions.binomial(leaving, p, random.uniform(month: t, slot: Slot.stage(stage, source, 2)))
                    pipeline[index] -= leaving + givingUp
                    untouched += leaving - advancing + givingUp
                    if isLast {
                        if source == 0 { won.push = advancing } else { won.pull = advancing }
                    } else {
                        pipeline[index + 2] += advancing
                        if stage + 1 == lastStage {
                            outcome.opportunities += Double(advancing)
                            outcome.executiveOpportunities += Double(advancing) * (source == 0 ? scenario.levers.executiveFocus : Self.inboundExecutiveShare)
                        }
                    }
                }
            }

            // 4. Customers: churn (push-sourced switch more easily), pull expansion, new deals.
            let churned = (push: Distributions.binomial(customers.push, drivers.churn.push, random.uniform(month: t, slot: Slot.churnPush)),
                           pull: Distributions.binomial(customers.pull, drivers.churn.pull, random.uniform(month: t, slot: Slot.churnPull)))
            // The ARR that churned customers took goes with them, in proportion.
            if customers.push > 0 { arrBySource.push *= Double(customers.push - churned.push) / Double(customers.push) }
            if customers.pull > 0 { arrBySource.pull *= Double(customers.pull - churned.pull) / Double(customers.pull) }
            untouched += churned.push + churned.pull
            arrBySource.pull *= 1 + drivers.expansion * month.trust
            let booked = (push: dealValue(count: won.push, source: 0, month: t, random: random),
                          pull: dealValue(count: won.pull, source: 1, month: t, random: random))
            customers.push += won.push - churned.push
            customers.pull += won.pull - churned.pull
            arrBySource.push += booked.push
            arrBySource.pull += booked.pull

            // 5. Money: revenue is a twelfth of ARR; cash moves only by revenue and spend.
            let totalARR = arrBySource.push + arrBySource.pull
            let revenue = totalARR / 12
            money += revenue - drivers.monthlySpend
            if money < 0 && outcome.firstNegativeCashMonth == nil { outcome.firstNegativeCashMonth = t + 1 }

            let monthBookings = booked.push + booked.pull
            bookings[t] = monthBookings
            arr[t] = totalARR
            cash[t] = money
            outcome.newARR += monthBookings
            if t < periodMonths { outcome.periodBookings += monthBookings }
            if t < 3 { outcome.nextQuarterBookings += monthBookings }
            if t + 1 == quarterEnd { outcome.openPipelineValueAtQuarterEnd = openOpportunityValue(pipeline) }
            sums.wonDeals[t] += Double(won.push + won.pull)
            sums.bookings[t] += monthBookings
            sums.revenue[t] += revenue
            sums.customers[t] += Double(customers.push + customers.pull)
            sums.addPipeline(pipeline, month: t)
            if let monthEnd {
                state = PathState(untouched: untouched, pipeline: Array(pipeline), customers: [customers.push, customers.pull],
                                  arr: [arrBySource.push, arrBySource.pull], cash: money)
                monthEnd(t + 1, state)
            }
        }
        outcome.journeysByChannel = [journeys.outbound, journeys.inbound, journeys.partner]
        return outcome
    }

    /// The probability of a later flow given that earlier flows did not happen.
    @inline(__always)
    private func conditional(_ hazard: Double, given earlier: Double) -> Double {
        earlier < 1 ? min(1, hazard / (1 - earlier)) : 0
    }

    /// First-year ARR of `count` deals: their sum drawn as one lognormal (see `DealSums`).
    @inline(__always)
    private func dealValue(count: Int, source: Int, month: Int, random: CounterRandom) -> Double {
        guard count > 0 else { return 0 }
        let z = QuantileTable.normal(random.uniform(month: month, slot: source == 0 ? Slot.dealsPush : Slot.dealsPull))
        return dealSums.value(count: count, source: source, z: z)
    }

    /// Open opportunities (accounts in the last stage) at mean deal size, for coverage.
    private func openOpportunityValue(_ pipeline: UnsafeMutableBufferPointer<Int>) -> Double {
        let sigma = drivers.dealSizeSigma
        let last = (stageCount - 1) * 2
        return Double(pipeline[last]) * exp(drivers.dealSizeMu.push + sigma * sigma / 2)
            + Double(pipeline[last + 1]) * exp(drivers.dealSizeMu.pull + sigma * sigma / 2)
    }
}
