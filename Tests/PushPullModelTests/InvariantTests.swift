import Foundation
import Testing
@testable import PushPullModel
import TestSupport

/// The ten invariants of the model brief, each from the source articles.
@Suite("Model invariants")
struct InvariantTests {
    @Test("1. No push: no won deal, every month, every path")
    func noPushNoDeal() throws {
        let result = try forecast(example { $0.levers.pushShare = 0 })
        #expect(result.sellers == 0)
        for month in result.months {
            #expect(month.meanWonDeals == 0)
            #expect(month.bookings.p90 == 0)
        }
        // and the same from a random scenario with no push at all
        var rng = SeededGenerator(state: 7)
        for _ in 0..<20 {
            var scenario = randomScenario(&rng)
            scenario.levers.pushShare = 0
            #expect(try forecast(scenario).months.allSatisfy { $0.meanWonDeals == 0 })
        }
    }

    @Test("2. Push only, no installed base: bookings grow linearly, not exponentially")
    func pushOnlyIsLinear() throws {
        let result = try forecast(example(paths: 500) { s in
            s.levers.pushShare = 1
            s.history = History(levers: s.levers)
            s.market.pushSourcedCustomers = 0
            s.market.pullSourcedCustomers = 0
            s.market.startingARR = 0
        })
        // Once the pipeline has filled (after the first half year), monthly bookings follow a
        // line, not a curve that bends upwards: the fitted growth is under 10% a year, and the
        // second half of the window grows no faster than the first.
        let bookings = result.months.map(\.meanBookings)
        #expect(bookings[6..<36].allSatisfy { $0 > 0 })
        let yearly = { (range: Range<Int>) in exp(12 * Trend.logSlope(Array(bookings[range]))) - 1 }
        #expect(yearly(6..<36) < 0.10, "push-only bookings grow \(yearly(6..<36)) a year")
        #expect(yearly(21..<36) <= max(0, yearly(6..<21)) + 0.05, "no acceleration")
    }

    @Test("3. Default scenario: a mixed balance beats both extremes on horizon ARR")
    func mixBeatsExtremes() throws {
        let pushOnly = try forecast(example { $0.levers.pushShare = 1 }).arrAtHorizon.p50
        let pullOnly = try forecast(example { $0.levers.pushShare = 0 }).arrAtHorizon.p50
        let bestMix = try (1...9).map { step in
            try forecast(example { $0.levers.pushShare = Double(step) / 10 }).arrAtHorizon.p50
        }.max()!
        #expect(bestMix > pushOnly * 1.1)
        #expect(bestMix > pullOnly * 1.1)
    }

    @Test("4. From 90% push towards 60%: lower next quarter, higher horizon ARR")
    func shiftToPullTradesNowForLater() throws {
        let pushHeavy = try forecast(example(paths: 1000) { $0.levers.pushShare = 0.9 })
        let balanced = try forecast(example(paths: 1000) { $0.levers.pushShare = 0.6 })
        #expect(balanced.nextQuarterBookings.p50 < pushHeavy.nextQuarterBookings.p50)
        #expect(balanced.arrAtHorizon.p50 > pushHeavy.arrAtHorizon.p50)
    }

    @Test("5. The moment of the meeting has an interior optimum")
    func handoffInteriorOptimum() throws {
        let handoffs = stride(from: 0.0, through: 1.0, by: 0.1).map { $0 }
        let results = try handoffs.map { h in try forecast(example { $0.levers.handoff = h }) }
        let arr = results.map(\.arrAtHorizon.p50)
        let best = arr.indices.max { arr[$0] < arr[$1] }!
        #expect(best > 0 && best < handoffs.count - 1, "best ARR at handoff \(handoffs[best])")
        #expect(arr[best] > arr.first! * 1.1 && arr[best] > arr.last! * 1.1)

        let scenario = example()
        let drivers = handoffs.map { h -> Double in
            var s = scenario
            s.levers.handoff = h
            return MonthlyDrivers(scenario: s).months.last!.pushWinRate
        }
        let bestWin = drivers.indices.max { drivers[$0] < drivers[$1] }!
        #expect(bestWin > 0 && bestWin < handoffs.count - 1)
    }

    @Test("6. More quota pressure: more bookings next quarter, less horizon ARR")
    func quotaPressureTradesTrust() throws {
        for (low, high) in [(0.0, 0.3), (0.3, 0.6), (0.5, 1.0)] {
            let calm = try forecast(example(paths: 600) { $0.levers.quotaPressure = low })
            let pushed = try forecast(example(paths: 600) { $0.levers.quotaPressure = high })
            #expect(pushed.nextQuarterBookings.p50 > calm.nextQuarterBookings.p50, "quota \(low) → \(high)")
            #expect(pushed.arrAtHorizon.p50 < calm.arrAtHorizon.p50, "quota \(low) → \(high)")
        }
    }

    @Test("7. Same seed: identical output whatever the thread count")
    func deterministicAcrossThreads() throws {
        let scenario = example(paths: 700)
        let one = try forecast(scenario, threads: 1)
        #expect(try forecast(scenario, threads: 2) == one)
        #expect(try forecast(scenario, threads: 5) == one)
        #expect(try forecast(scenario) == one)
        var reseeded = scenario
        reseeded.simulation.seed += 1
        #expect(try forecast(reseeded) != one)
    }

    @Test("8. Conservation: every account in one place, no negative count, cash moves only by revenue and spend")
    func conservation() throws {
        var rng = SeededGenerator(state: 2024)
        for _ in 0..<40 {
            let scenario = randomScenario(&rng)
            let spend = scenario.levers.budget + scenario.finance.fixedMonthlyCosts
            var previousCash = scenario.finance.startingCash
            var months = 0
            _ = tracePath(scenario, path: Int.random(in: 0..<1000, using: &rng)) { _, state in
                months += 1
                #expect(state.untouched >= 0)
                #expect(state.pipeline.allSatisfy { $0 >= 0 })
                #expect(state.customers.allSatisfy { $0 >= 0 })
                #expect(state.arr.allSatisfy { $0 >= 0 && $0.isFinite })
                #expect(state.cooling >= 0)
                #expect(state.untouched + state.cooling + state.inPipeline + state.totalCustomers == scenario.market.accounts)
                // Revenue is a twelfth of ARR, less the partners' margin on partner-sourced ARR.
                let revenue = (state.arr[0] + state.arr[1] + state.arr[2] * (1 - scenario.finance.partnerMargin)) / 12
                let expected = previousCash + revenue - spend
                #expect(abs(state.cash - expected) <= 1e-6 * max(1, abs(expected)))
                previousCash = state.cash
            }
            #expect(months == scenario.simulation.horizonMonths)
        }
    }

    @Test("9. More budget at the same balance never lowers journeys or horizon ARR")
    func moreBudgetNeverHurts() throws {
        for share in [0.3, 0.7] {
            let results = try stride(from: 50_000.0, through: 600_000, by: 50_000).map { budget in
                try forecast(example { $0.levers.budget = budget; $0.levers.pushShare = share })
            }
            for (smaller, larger) in zip(results, results.dropFirst()) {
                #expect(larger.meanJourneys >= smaller.meanJourneys, "budget \(smaller.levers.budget) → \(larger.levers.budget)")
                #expect(larger.arrAtHorizon.p50 >= smaller.arrAtHorizon.p50, "budget \(smaller.levers.budget) → \(larger.levers.budget)")
            }
        }
    }

    @Test("10. A one-step lever move changes no gauge by more than a small bound", arguments: Lever.allCases)
    func smallMoveSmallChange(lever: Lever) throws {
        let base = example(paths: 1000)
        let step = lever.steps(baseline: base.levers[lever]).small
        let before = try forecast(base)
        for direction in [-1.0, 1.0] {
            var moved = base
            moved.levers[lever] = min(lever.range.upperBound, max(lever.range.lowerBound, base.levers[lever] + direction * step))
            let after = try forecast(moved)
            for (a, b) in zip(before.gauges, after.gauges) {
                let change = abs(a.value - b.value)
                switch a.unit {
                case .probability, .index, .ratio:
                    #expect(change <= 0.06, "\(a.id) moved \(change) on \(lever)")
                case .months, .multiple:
                    #expect(change <= 0.08 * max(1, abs(a.value)), "\(a.id) moved \(change) on \(lever)")
                }
            }
            #expect(abs(after.arrAtHorizon.p50 - before.arrAtHorizon.p50) <= 0.05 * before.arrAtHorizon.p50)
        }
    }
}
