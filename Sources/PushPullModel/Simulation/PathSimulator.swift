import Foundation

/// Simulates one Monte Carlo path month by month: cooled-off accounts return, journeys
/// start, deals move through the stages within seller capacity (closing stages first),
/// close or leak, customers churn, expand and refer, cash moves.
///
/// The reference: forecasts run on `LaneSimulator`, eight paths at once, which must give these
/// figures bit for bit (the tests hold it to that); this one stays for the tests and observers.
struct PathSimulator {
    let scenario: Scenario
    let drivers: MonthlyDrivers
    let stageCount: Int
    let horizon: Int
    let periodMonths: Int
    let quarterEnd: Int
    let stages: StageTable
    let bySource: SourceTable
    /// Where every path starts: the same accounts, customers and cash.
    let start: PathState
    let dealSums: DealSums
    /// The draws' lookup tables, held here so the hot loop never checks a global's initialisation.
    let draws = DrawTables.shared

    /// Slots: each random flow of a month has a fixed slot, so the same flow reads
    /// the same uniform in the baseline and the what-if (common random numbers).
    enum Slot {
        static let outbound = 0, inbound = 1, referral = 2, partner = 3, cooldown = 4
        static func churn(_ source: Int) -> Int { 5 + source }
        static func deals(_ source: Int) -> Int { 8 + source }
        static func stage(_ stage: Int, _ source: Int, _ step: Int) -> Int { 16 + (stage * Source.count + source) * 4 + step }
    }

    /// Share of inbound opportunities led by a senior buyer: lead scores favour
    /// researchers without budget, so inbound rarely starts at the top.
    static let inboundExecutiveShare = 0.15

    init(scenario: Scenario, drivers: MonthlyDrivers) {
        self.scenario = scenario
        self.drivers = drivers
        stages = StageTable(scenario: scenario, drivers: drivers)
        bySource = SourceTable(drivers: drivers)
        start = PathState(scenario: scenario, outboundEntryIndex: drivers.outboundEntryIndex)
        dealSums = DealSums(mu: drivers.dealSizeMu, sigma: drivers.dealSizeSigma)
        stageCount = scenario.stages.count
        horizon = scenario.simulation.horizonMonths
        periodMonths = min(scenario.targets.periodMonths, horizon)
        quarterEnd = min(3, horizon)
    }

    /// Runs path `path`, writing its monthly series through `series` and adding its
    /// monthly figures to `sums`; `monthEnd` lets tests inspect the state after every month.
    func run(path: Int, series: PathSeries, sums: MonthlySums,
             monthEnd: ((Int, PathState) -> Void)? = nil) -> PathOutcome {
        let random = CounterRandom(seed: scenario.simulation.seed, path: path)
        let drawn = PathParameters(scenario.uncertainty, random: random)
        var outcome = PathOutcome()
        let accounts = Double(scenario.market.accounts)
        let sources = Source.count
        let lastStage = stageCount - 1
        let entry = drivers.outboundEntryIndex * sources
        // The hot loop works on local copies and raw buffers: no copy-on-write or
        // bounds checks per draw. A `PathState` is built only for an observer.
        var untouched = start.untouched, cooling = start.cooling
        let customers = UnsafeMutableBufferPointer<Int>.allocate(capacity: Source.count)
        defer { customers.deallocate() }
        _ = customers.initialize(from: start.customers)
        let arr = UnsafeMutableBufferPointer<Double>.allocate(capacity: Source.count)
        defer { arr.deallocate() }
        _ = arr.initialize(from: start.arr)
        var money = start.cash
        outcome.lowestCash = money
        var journeys = (outbound: 0.0, inbound: 0.0, partner: 0.0)
        let pipeline = UnsafeMutableBufferPointer<Int>.allocate(capacity: stageCount * sources)
        defer { pipeline.deallocate() }
        _ = pipeline.initialize(from: start.pipeline)
        // Per stage: the seller work asked for, then the share of it served.
        let demand = UnsafeMutableBufferPointer<Double>.allocate(capacity: stageCount)
        defer { demand.deallocate() }
        let served = UnsafeMutableBufferPointer<Double>.allocate(capacity: stageCount)
        defer { served.deallocate() }
        let won = UnsafeMutableBufferPointer<Int>.allocate(capacity: sources)
        defer { won.deallocate() }

        for t in 0..<horizon {
            let month = drivers.months[t]

            // 0. Accounts lost or churned a while ago can be reached again.
            let back = binomial(cooling, drivers.cooldownExit, random, month: t, slot: Slot.cooldown)
            cooling -= back
            untouched += back

            // 1. Journeys start, drawn one channel after the other as a multinomial. Word of
            //    mouth comes two ways: Bass imitation of the installed base share, and
            //    referrals, a number per customer per month (what makes pull compound).
            let installedShare = Double(customers[0] + customers[1] + customers[2]) / accounts
            var referring = 0.0
            for source in 0..<sources { referring += Double(customers[source]) * bySource.referrals[source] }
            let referralHazard = min(1, referring * month.trust * drawn.wordOfMouth / accounts)
            let outboundHazard = month.outboundHazard * drawn.reach
            let inboundHazard = month.wordOfMouthHazard * installedShare * drawn.wordOfMouth + month.inboundBaseHazard * drawn.reach
            let partnerHazard = month.partnerHazard * drawn.reach
            let outbound = binomial(untouched, outboundHazard, random, month: t, slot: Slot.outbound)
            var earlier = outboundHazard
            let inbound = binomial(untouched - outbound, conditional(inboundHazard, given: earlier),
                                   random, month: t, slot: Slot.inbound)
            earlier += inboundHazard
            let referred = binomial(untouched - outbound - inbound, conditional(referralHazard, given: earlier),
                                    random, month: t, slot: Slot.referral)
            earlier += referralHazard
            let partner = binomial(untouched - outbound - inbound - referred, conditional(partnerHazard, given: earlier),
                                   random, month: t, slot: Slot.partner)
            untouched -= outbound + inbound + referred + partner
            journeys.outbound += Double(outbound)
            journeys.inbound += Double(inbound + referred)
            journeys.partner += Double(partner)
            let started = Double(outbound + inbound + referred + partner)
            sums.add(.journeys, month: t, started)
            series.record(.journeys, month: t, started)

            // New journeys join their first stage at once and can move within the month.
            // Outbound, referrals and partners start where a first meeting is accepted.
            pipeline[entry + Source.push.rawValue] += outbound
            pipeline[Source.inbound.rawValue] += inbound
            pipeline[entry + Source.inbound.rawValue] += referred
            pipeline[entry + Source.partner.rawValue] += partner
            sums.add(.entered, month: t, stage: 0, inbound)
            sums.add(.entered, month: t, stage: entry / sources, outbound + referred + partner)

            // 2. Sellers' time goes to the closing stages first: the expected seller work of
            //    every stage, deals arriving from earlier stages included, is served from the
            //    last stage back until the capacity is used. What is not served waits.
            allocate(capacity: month.capacity, pipeline: pipeline, demand: demand, served: served)

            // 3. Moves, first stage to last, so a deal can cross several stages in a month.
            //    A deal waiting for a seller stays, and gives up at a bounded rate.
            won.update(repeating: 0)
            var waitingDeals = 0.0, decided = 0
            // Journeys that start in the last stage are opportunities from their first day.
            var newOpportunities = entry == lastStage * sources ? outbound + referred + partner : 0
            outcome.executiveOpportunities += entry == lastStage * sources
                ? Double(outbound) * scenario.levers.executiveFocus + Double(referred + partner) * Self.inboundExecutiveShare : 0
            for stage in 0...lastStage {
                let isLast = stage == lastStage
                for source in 0..<sources {
                    let index = stage * sources + source
                    let n = pipeline[index]
                    guard n > 0 else { continue }
                    let unserved = stages.sellerShare[index] * (1 - served[stage])
                    waitingDeals += Double(n) * stages.leave[index] * unserved
                    let leaving = binomial(n, stages.leave[index] * (1 - unserved), random, month: t, slot: Slot.stage(stage, source, 0))
                    let givingUp = unserved > 0
                        ? binomial(n - leaving, drivers.stalledLeak * unserved, random, month: t, slot: Slot.stage(stage, source, 1))
                        : 0
                    let p = isLast ? min(0.95, month.winRate(source) * drawn.winRate) : stages.conversion[stage]
                    let advancing = binomial(leaving, p, random, month: t, slot: Slot.stage(stage, source, 2))
                    pipeline[index] -= leaving + givingUp
                    cooling += leaving - advancing + givingUp
                    sums.add(.advanced, month: t, stage: stage, advancing)
                    sums.add(.lost, month: t, stage: stage, leaving - advancing + givingUp)
                    if isLast {
                        won[source] = advancing
                        decided += leaving
                    } else {
                        pipeline[index + sources] += advancing
                        if stage + 1 == lastStage {
                            newOpportunities += advancing
                            outcome.executiveOpportunities += Double(advancing)
                                * (source == Source.push.rawValue ? scenario.levers.executiveFocus : Self.inboundExecutiveShare)
                        }
                    }
                }
            }
            sums.add(.waiting, month: t, waitingDeals)
            sums.add(.decided, month: t, Double(decided))
            outcome.opportunities += Double(newOpportunities)
            sums.add(.opportunities, month: t, Double(newOpportunities))

            // 4. Customers: churn (push-sourced and partner-sourced switch more easily),
            //    expansion (pull-sourced), new deals.
            var monthBookings = 0.0, revenue = 0.0, wonDeals = 0
            for source in 0..<sources {
                let churned = binomial(customers[source], min(1, bySource.churn[source] * drawn.churn),
                                       random, month: t, slot: Slot.churn(source))
                // The ARR that churned customers took goes with them, in proportion.
                if customers[source] > 0 { arr[source] *= Double(customers[source] - churned) / Double(customers[source]) }
                let expansion = arr[source] * bySource.expansion[source] * month.trust
                arr[source] += expansion
                sums.add(.expansion, month: t, expansion)
                let booked = dealValue(count: won[source], source: source, month: t, random: random) * drawn.dealSize
                customers[source] += won[source] - churned
                cooling += churned
                arr[source] += booked
                monthBookings += booked
                wonDeals += won[source]
                revenue += arr[source] / 12 * bySource.revenueKept[source]
            }

            // 5. Money: revenue is a twelfth of ARR (less partner margins); cash moves only by revenue and spend.
            money += revenue - drivers.monthlySpend
            outcome.lowestCash = min(outcome.lowestCash, money)

            let totalARR = arr[0] + arr[1] + arr[2]
            series.record(.bookings, month: t, monthBookings)
            series.record(.arr, month: t, totalARR)
            series.record(.cash, month: t, money)
            series.record(.wonDeals, month: t, Double(wonDeals))
            series.record(.opportunities, month: t, Double(newOpportunities))
            if t < periodMonths { outcome.periodBookings += monthBookings }
            if t < 3 { outcome.nextQuarterBookings += monthBookings }
            if t + 1 == quarterEnd { outcome.openPipelineValueAtQuarterEnd = openOpportunityValue(pipeline) }
            sums.add(.wonDeals, month: t, Double(wonDeals))
            sums.add(.bookings, month: t, monthBookings)
            sums.add(.revenue, month: t, revenue)
            sums.add(.customers, month: t, Double(customers[0] + customers[1] + customers[2]))
            sums.addPipeline(pipeline, month: t)
            if let monthEnd {
                monthEnd(t + 1, PathState(untouched: untouched, cooling: cooling, pipeline: Array(pipeline),
                                          customers: Array(customers), arr: Array(arr), cash: money))
            }
        }
        outcome.netNewARR = arr[0] + arr[1] + arr[2] - start.totalARR
        outcome.journeysByChannel = SIMD3(journeys.outbound, journeys.inbound, journeys.partner)
        return outcome
    }

    /// Shares seller capacity among the stages, closing stages first: `served[stage]` is the
    /// share of that stage's seller work done this month. A stage's work includes the deals
    /// expected to arrive from earlier stages within the month, which depends on how well
    /// those are served: a few rounds of flows forward and allocation backward settle it.
    private func allocate(capacity: Double, pipeline: UnsafeMutableBufferPointer<Int>,
                          demand: UnsafeMutableBufferPointer<Double>, served: UnsafeMutableBufferPointer<Double>) {
        let sources = Source.count
        served.update(repeating: 1)
        for round in 0..<Self.allocationRounds {
            var arriving = (0.0, 0.0, 0.0)
            for stage in 0..<stageCount {
                demand[stage] = 0
                var next = (0.0, 0.0, 0.0)
                for source in 0..<sources {
                    let index = stage * sources + source
                    let here = Double(pipeline[index]) + (source == 0 ? arriving.0 : source == 1 ? arriving.1 : arriving.2)
                    let ready = here * stages.leave[index]
                    demand[stage] += ready * stages.sellerWork[index]
                    let moving = ready * (1 - stages.sellerShare[index] * (1 - served[stage])) * stages.conversion[stage]
                    if source == 0 { next.0 = moving } else if source == 1 { next.1 = moving } else { next.2 = moving }
                }
                arriving = next
            }
            if round == 0 {
                // Everything can be served: nothing waits, nothing to settle.
                var total = 0.0
                for stage in 0..<stageCount { total += demand[stage] }
                if total <= capacity { return }
            }
            var remaining = capacity
            for stage in stride(from: stageCount - 1, through: 0, by: -1) {
                let done = min(demand[stage], remaining)
                remaining -= done
                served[stage] = demand[stage] > 0 ? done / demand[stage] : 1
            }
        }
    }

    /// Rounds of the capacity allocation: enough for the flows to settle within a few percent.
    static let allocationRounds = 3

    /// Binomial(n, p) of `slot`'s uniform, which is drawn only when the outcome is in doubt:
    /// an empty stage or a sure flow needs no uniform (the same figures, fewer mixes).
    @inline(__always)
    private func binomial(_ n: Int, _ p: Double, _ random: CounterRandom, month: Int, slot: Int) -> Int {
        if n <= 0 || p <= 0 { return 0 }
        if p >= 1 { return n }
        return draws.binomial(n, p, random.uniform(month: month, slot: slot))
    }

    /// The probability of a later flow given that earlier flows did not happen.
    @inline(__always)
    func conditional(_ hazard: Double, given earlier: Double) -> Double {
        earlier < 1 ? min(1, hazard / (1 - earlier)) : 0
    }

    /// First-year ARR of `count` deals: their sum drawn as one lognormal (see `DealSums`).
    @inline(__always)
    private func dealValue(count: Int, source: Int, month: Int, random: CounterRandom) -> Double {
        guard count > 0 else { return 0 }
        let z = draws.normal(random.uniform(month: month, slot: Slot.deals(source)))
        return dealSums.value(count: count, source: source, z: z)
    }

    /// Open opportunities (accounts in the last stage) at mean deal size, for coverage.
    private func openOpportunityValue(_ pipeline: UnsafeMutableBufferPointer<Int>) -> Double {
        let sigma = drivers.dealSizeSigma
        let last = (stageCount - 1) * Source.count
        var value = 0.0
        for source in 0..<Source.count {
            value += Double(pipeline[last + source]) * exp(drivers.dealSizeMu[source] + sigma * sigma / 2)
        }
        return value
    }
}
