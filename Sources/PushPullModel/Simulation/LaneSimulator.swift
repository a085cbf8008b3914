import Foundation

/// Simulates eight consecutive paths together, one lane of a vector per path: the month loop of
/// `PathSimulator` with every quantity a vector of eight, so vector instructions serve eight paths.
/// Each lane computes the same floating-point operations in the same order as `PathSimulator`
/// (the reference, held to bit for bit by the tests); only draws in a rare, branchy regime run
/// lane by lane, through the same scalar routines.
struct LaneSimulator {
    let reference: PathSimulator
    /// Where the draws go when `DrawFloor` records them (nil in forecasts).
    var log: DrawLog? = nil

    /// The lanes' path parameters, drawn once per path as `PathParameters` does.
    private struct Parameters {
        var winRate = Lanes(), reach = Lanes(), wordOfMouth = Lanes(), churn = Lanes(), dealSize = Lanes()

        init(_ uncertainty: Uncertainty, seed: UInt64, firstPath: Int) {
            for lane in 0..<Lanes.scalarCount {
                let drawn = PathParameters(uncertainty, random: CounterRandom(seed: seed, path: firstPath + lane))
                winRate[lane] = drawn.winRate
                reach[lane] = drawn.reach
                wordOfMouth[lane] = drawn.wordOfMouth
                churn[lane] = drawn.churn
                dealSize[lane] = drawn.dealSize
            }
        }
    }

    /// Runs paths `firstPath` to `firstPath + 7`; only the first `active` reach `series`, `sums` and
    /// `outcome` (the others are simulated and dropped, so a short batch costs a full one).
    func run(firstPath: Int, active: Int, series: [PathSeries], sums: MonthlySums,
             outcome: (Int, PathOutcome) -> Void) {
        typealias Slot = PathSimulator.Slot
        let r = reference, scenario = r.scenario, drivers = r.drivers, stages = r.stages, bySource = r.bySource
        let seed = scenario.simulation.seed
        let random = LaneRandom(seed: seed, firstPath: firstPath)
        let drawn = Parameters(scenario.uncertainty, seed: seed, firstPath: firstPath)
        let accounts = Double(scenario.market.accounts)
        let sources = Source.count
        let lastStage = r.stageCount - 1
        let entry = drivers.outboundEntryIndex * sources
        let executiveFocus = scenario.levers.executiveFocus, inboundShare = PathSimulator.inboundExecutiveShare

        func binomial(_ n: LaneCounts, _ p: Lanes, month: Int, slot: Int) -> LaneCounts {
            log?.binomials.append(.init(n: n, p: p, month: month, slot: slot))
            return r.draws.binomial(n, p) { random.uniforms(month: month, slot: slot) }
        }
        func record(_ kind: Series, month: Int, _ values: Lanes) {
            for lane in 0..<active { series[lane].record(kind, month: month, values[lane]) }
        }

        var untouched = LaneCounts(repeating: Int64(r.start.untouched)), cooling = LaneCounts(repeating: Int64(r.start.cooling))
        let customers = UnsafeMutableBufferPointer<LaneCounts>.allocate(capacity: sources)
        defer { customers.deallocate() }
        _ = customers.initialize(from: r.start.customers.map { LaneCounts(repeating: Int64($0)) })
        let arr = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: sources)
        defer { arr.deallocate() }
        _ = arr.initialize(from: r.start.arr.map { Lanes(repeating: $0) })
        let pipeline = UnsafeMutableBufferPointer<LaneCounts>.allocate(capacity: r.stageCount * sources)
        defer { pipeline.deallocate() }
        _ = pipeline.initialize(from: r.start.pipeline.map { LaneCounts(repeating: Int64($0)) })
        let served = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: r.stageCount)
        defer { served.deallocate() }
        let demand = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: r.stageCount)
        defer { demand.deallocate() }
        let won = UnsafeMutableBufferPointer<LaneCounts>.allocate(capacity: sources)
        defer { won.deallocate() }
        let expansion = UnsafeMutableBufferPointer<Lanes>.allocate(capacity: sources)
        defer { expansion.deallocate() }

        var money = Lanes(repeating: r.start.cash), lowestCash = money
        var journeys = (outbound: Lanes(), inbound: Lanes(), partner: Lanes())
        var opportunities = Lanes(), executiveOpportunities = Lanes()
        var periodBookings = Lanes(), nextQuarterBookings = Lanes(), openPipelineValue = Lanes()

        for t in 0..<r.horizon {
            let month = drivers.months[t]

            // 0. Accounts back from cooling off.
            let back = binomial(cooling, Lanes(repeating: drivers.cooldownExit), month: t, slot: Slot.cooldown)
            cooling &-= back
            untouched &+= back

            // 1. Journeys, channel after channel (see `PathSimulator`).
            let installedShare = Lanes(counts: customers[0] &+ customers[1] &+ customers[2]) / accounts
            var referring = Lanes()
            for source in 0..<sources { referring += Lanes(counts: customers[source]) * bySource.referrals[source] }
            let referralHazard = laneMin(Lanes(repeating: 1), referring * month.trust * drawn.wordOfMouth / accounts)
            let outboundHazard = month.outboundHazard * drawn.reach
            let inboundHazard = month.wordOfMouthHazard * installedShare * drawn.wordOfMouth + month.inboundBaseHazard * drawn.reach
            let partnerHazard = month.partnerHazard * drawn.reach
            let outbound = binomial(untouched, outboundHazard, month: t, slot: Slot.outbound)
            var earlier = outboundHazard
            let inbound = binomial(untouched &- outbound, conditional(inboundHazard, given: earlier), month: t, slot: Slot.inbound)
            earlier += inboundHazard
            let referred = binomial(untouched &- outbound &- inbound, conditional(referralHazard, given: earlier),
                                    month: t, slot: Slot.referral)
            earlier += referralHazard
            let partner = binomial(untouched &- outbound &- inbound &- referred, conditional(partnerHazard, given: earlier),
                                   month: t, slot: Slot.partner)
            untouched &-= outbound &+ inbound &+ referred &+ partner
            journeys.outbound += Lanes(counts: outbound)
            journeys.inbound += Lanes(counts: inbound &+ referred)
            journeys.partner += Lanes(counts: partner)
            let started = outbound &+ inbound &+ referred &+ partner
            sums.add(.journeys, month: t, counts: started, active: active)
            record(.journeys, month: t, Lanes(counts: started))

            pipeline[entry + Source.push.rawValue] &+= outbound
            pipeline[Source.inbound.rawValue] &+= inbound
            pipeline[entry + Source.inbound.rawValue] &+= referred
            pipeline[entry + Source.partner.rawValue] &+= partner
            sums.add(.entered, month: t, stage: 0, counts: inbound, active: active)
            sums.add(.entered, month: t, stage: entry / sources, counts: outbound &+ referred &+ partner, active: active)

            // 2. Seller capacity, closing stages first.
            allocate(capacity: month.capacity, pipeline: pipeline, demand: demand, served: served)

            // 3. Moves, first stage to last. Lanes with an empty stage draw nothing and add zeros.
            won.update(repeating: LaneCounts())
            var waitingDeals = Lanes(), decided = LaneCounts()
            let startsLast = entry == lastStage * sources
            var newOpportunities = startsLast ? outbound &+ referred &+ partner : LaneCounts()
            if startsLast {
                executiveOpportunities += Lanes(counts: outbound) * executiveFocus + Lanes(counts: referred &+ partner) * inboundShare
            }
            for stage in 0...lastStage {
                let isLast = stage == lastStage
                for source in 0..<sources {
                    let index = stage * sources + source
                    let n = pipeline[index]
                    guard anyLane(n .> LaneCounts()) else { continue }
                    let unserved = stages.sellerShare[index] * (1 - served[stage])
                    waitingDeals += Lanes(counts: n) * stages.leave[index] * unserved
                    let leaving = binomial(n, stages.leave[index] * (1 - unserved), month: t, slot: Slot.stage(stage, source, 0))
                    // The reference draws only where `unserved > 0`; elsewhere this probability is 0 and so is the draw.
                    let givingUp = binomial(n &- leaving, drivers.stalledLeak * unserved, month: t, slot: Slot.stage(stage, source, 1))
                    let p = isLast
                        ? laneMin(Lanes(repeating: 0.95), month.winRate(source) * drawn.winRate)
                        : Lanes(repeating: stages.conversion[stage])
                    let advancing = binomial(leaving, p, month: t, slot: Slot.stage(stage, source, 2))
                    pipeline[index] &-= leaving &+ givingUp
                    cooling &+= leaving &- advancing &+ givingUp
                    sums.add(.advanced, month: t, stage: stage, counts: advancing, active: active)
                    sums.add(.lost, month: t, stage: stage, counts: leaving &- advancing &+ givingUp, active: active)
                    if isLast {
                        won[source] = advancing
                        decided &+= leaving
                    } else {
                        pipeline[index + sources] &+= advancing
                        if stage + 1 == lastStage {
                            newOpportunities &+= advancing
                            executiveOpportunities += Lanes(counts: advancing)
                                * (source == Source.push.rawValue ? executiveFocus : inboundShare)
                        }
                    }
                }
            }
            sums.add(.waiting, month: t, lanes: waitingDeals, active: active)
            sums.add(.decided, month: t, counts: decided, active: active)
            opportunities += Lanes(counts: newOpportunities)
            sums.add(.opportunities, month: t, counts: newOpportunities, active: active)

            // 4. Customers: churn, expansion, new deals.
            var monthBookings = Lanes(), revenue = Lanes(), wonDeals = LaneCounts()
            for source in 0..<sources {
                let had = customers[source]
                let churned = binomial(had, laneMin(Lanes(repeating: 1), bySource.churn[source] * drawn.churn),
                                       month: t, slot: Slot.churn(source))
                arr[source] = (had .> LaneCounts()).select(arr[source] * (Lanes(counts: had &- churned) / Lanes(counts: had)), else: arr[source])
                expansion[source] = arr[source] * bySource.expansion[source] * month.trust
                arr[source] += expansion[source]
                let booked = dealValues(count: won[source], source: source, month: t, random: random) * drawn.dealSize
                customers[source] &+= won[source] &- churned
                cooling &+= churned
                arr[source] += booked
                monthBookings += booked
                wonDeals &+= won[source]
                revenue += arr[source] / 12 * bySource.revenueKept[source]
            }
            // Expansion is the one fractional sum added per source: path by path, as the reference adds it.
            for lane in 0..<active {
                for source in 0..<sources { sums.add(.expansion, month: t, expansion[source][lane]) }
            }

            // 5. Money.
            money += revenue - drivers.monthlySpend
            lowestCash = laneMin(lowestCash, money)

            record(.bookings, month: t, monthBookings)
            record(.arr, month: t, arr[0] + arr[1] + arr[2])
            record(.cash, month: t, money)
            record(.wonDeals, month: t, Lanes(counts: wonDeals))
            record(.opportunities, month: t, Lanes(counts: newOpportunities))
            if t < r.periodMonths { periodBookings += monthBookings }
            if t < 3 { nextQuarterBookings += monthBookings }
            if t + 1 == r.quarterEnd { openPipelineValue = openOpportunityValue(pipeline) }
            sums.add(.wonDeals, month: t, counts: wonDeals, active: active)
            sums.add(.bookings, month: t, lanes: monthBookings, active: active)
            sums.add(.revenue, month: t, lanes: revenue, active: active)
            sums.add(.customers, month: t, counts: customers[0] &+ customers[1] &+ customers[2], active: active)
            sums.addPipeline(pipeline, month: t, active: active)
        }
        let netNewARR = arr[0] + arr[1] + arr[2] - r.start.totalARR
        for lane in 0..<active {
            var path = PathOutcome()
            path.periodBookings = periodBookings[lane]
            path.nextQuarterBookings = nextQuarterBookings[lane]
            path.lowestCash = lowestCash[lane]
            path.openPipelineValueAtQuarterEnd = openPipelineValue[lane]
            path.netNewARR = netNewARR[lane]
            path.journeysByChannel = SIMD3(journeys.outbound[lane], journeys.inbound[lane], journeys.partner[lane])
            path.opportunities = opportunities[lane]
            path.executiveOpportunities = executiveOpportunities[lane]
            outcome(lane, path)
        }
    }

    /// `PathSimulator.allocate` for eight lanes. A lane whose whole demand fits the capacity keeps
    /// every stage fully served, as the reference's early return does; the others settle in rounds.
    private func allocate(capacity: Double, pipeline: UnsafeMutableBufferPointer<LaneCounts>,
                          demand: UnsafeMutableBufferPointer<Lanes>, served: UnsafeMutableBufferPointer<Lanes>) {
        let sources = Source.count, stages = reference.stages, stageCount = reference.stageCount
        served.update(repeating: Lanes(repeating: 1))
        var settled = LaneMask()
        for round in 0..<PathSimulator.allocationRounds {
            var arriving = (Lanes(), Lanes(), Lanes())
            for stage in 0..<stageCount {
                demand[stage] = Lanes()
                var next = (Lanes(), Lanes(), Lanes())
                for source in 0..<sources {
                    let index = stage * sources + source
                    let here = Lanes(counts: pipeline[index]) + (source == 0 ? arriving.0 : source == 1 ? arriving.1 : arriving.2)
                    let ready = here * stages.leave[index]
                    demand[stage] += ready * stages.sellerWork[index]
                    let moving = ready * (1 - stages.sellerShare[index] * (1 - served[stage])) * stages.conversion[stage]
                    if source == 0 { next.0 = moving } else if source == 1 { next.1 = moving } else { next.2 = moving }
                }
                arriving = next
            }
            if round == 0 {
                var total = Lanes()
                for stage in 0..<stageCount { total += demand[stage] }
                settled = total .<= capacity
                if everyLane(settled) { return }
            }
            var remaining = Lanes(repeating: capacity)
            for stage in stride(from: stageCount - 1, through: 0, by: -1) {
                let done = laneMin(demand[stage], remaining)
                remaining -= done
                let share = (demand[stage] .> 0).select(done / demand[stage], else: Lanes(repeating: 1))
                served[stage] = settled.select(served[stage], else: share)
            }
        }
    }

    /// `PathSimulator.conditional` for eight lanes.
    @inline(__always)
    private func conditional(_ hazard: Lanes, given earlier: Lanes) -> Lanes {
        (earlier .< 1).select(laneMin(Lanes(repeating: 1), hazard / (1 - earlier)), else: Lanes())
    }

    /// `PathSimulator.dealValue` for eight lanes: lanes with deals, one at a time (a quantile and an `exp` each).
    @inline(__always)
    private func dealValues(count: LaneCounts, source: Int, month: Int, random: LaneRandom) -> Lanes {
        var value = Lanes()
        guard anyLane(count .> LaneCounts()) else { return value }
        log?.normals.append(.init(n: count, p: Lanes(), month: month, slot: PathSimulator.Slot.deals(source)))
        let u = random.uniforms(month: month, slot: PathSimulator.Slot.deals(source))
        for lane in 0..<Lanes.scalarCount where count[lane] > 0 {
            value[lane] = reference.dealSums.value(count: Int(count[lane]), source: source, z: reference.draws.normal(u[lane]))
        }
        return value
    }

    /// `PathSimulator.openOpportunityValue` for eight lanes.
    private func openOpportunityValue(_ pipeline: UnsafeMutableBufferPointer<LaneCounts>) -> Lanes {
        let drivers = reference.drivers, sigma = drivers.dealSizeSigma
        let last = (reference.stageCount - 1) * Source.count
        var value = Lanes()
        for source in 0..<Source.count {
            value += Lanes(counts: pipeline[last + source]) * exp(drivers.dealSizeMu[source] + sigma * sigma / 2)
        }
        return value
    }
}
