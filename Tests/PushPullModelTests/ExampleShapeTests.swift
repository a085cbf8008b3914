import Foundation
import Testing
@testable import PushPullModel
import TestSupport

/// The shapes the source articles claim, on the built-in example, each with the figure that
/// the old model got wrong (issue: "A model that holds up").
@Suite("Shapes on the example")
struct ExampleShapeTests {
    static func arr(_ change: (inout Scenario) -> Void) throws -> Double {
        try forecast(example(paths: 2_000, change)).arrAtHorizon.p50
    }

    @Test("Interior optima: push share, handoff, executive focus and partner share each beat both ends by at least 3%",
          arguments: [Lever.pushShare, .handoff, .executiveFocus, .partnerShare])
    func interiorOptimum(lever: Lever) throws {
        let values = try (0...10).map { step in try Self.arr { $0.levers[lever] = Double(step) / 10 } }
        let best = values[1...9].max()!
        #expect(values[0] <= best * 0.97, "\(lever) at 0: \(values[0]) vs best \(best)")
        #expect(values[10] <= best * 0.97, "\(lever) at 1: \(values[10]) vs best \(best)")
    }

    @Test("Quota pressure trades next quarter for the horizon")
    func quotaTradesQuarterForHorizon() throws {
        let calm = try forecast(example(paths: 2_000) { $0.levers.quotaPressure = 0.1 })
        let pushed = try forecast(example(paths: 2_000) { $0.levers.quotaPressure = 0.6 })
        #expect(pushed.nextQuarterBookings.p50 > calm.nextQuarterBookings.p50)
        #expect(pushed.arrAtHorizon.p50 < calm.arrAtHorizon.p50)
    }

    @Test("Pull compounds: at the best balance, new ARR (bookings and expansion) grows year over year")
    func pullCompounds() throws {
        let best = try #require(try BalanceOptimizer.best(for: example()))
        let months = try forecast(example(paths: 2_000) { $0.levers.pushShare = best.pushShare }).months
        let years = (0..<3).map { year in
            months[(year * 12)..<(year * 12 + 12)].reduce(0) { $0 + $1.meanBookings + $1.meanExpansion }
        }
        #expect(years[1] > years[0] && years[2] > years[1], "new ARR by year at push \(best.pushShare): \(years)")
        // The installed base keeps bringing journeys: referrals are a number per customer.
        #expect(months[35].meanCustomers > months[11].meanCustomers)
    }

    @Test("No drift: with the levers unchanged the win rate of month 36 is within 10% of month 6")
    func noDrift() throws {
        let months = try forecast(example(paths: 2_000)).months
        let early = months[5].meanWinRate, late = months[35].meanWinRate
        #expect(early > 0 && abs(late - early) <= 0.1 * early, "win rate month 6 \(early), month 36 \(late)")
        // Seller numbers do not move either: the plan starts where the company is.
        #expect(abs(months[0].sellers - months[35].sellers) < 1e-9)
    }

    @Test("A budget shift shows its transition: hires ramp up over months, cuts act at once")
    func hiringRamps() throws {
        let towardsPush = try forecast(example { $0.levers.pushShare = 0.9 }).months.map(\.sellers)
        #expect(towardsPush[0] < towardsPush[5] && towardsPush[5] < towardsPush[35])
        let towardsPull = try forecast(example { $0.levers.pushShare = 0.4 }).months.map(\.sellers)
        #expect(towardsPull[0] == towardsPull[35], "a cut in sellers is immediate")
    }

    @Test("Honest bands: the default uncertainty widens the horizon P10–P90 by at least 1.5× over sampling noise alone")
    func bandsHoldWhatThePlanDoesNotKnow() throws {
        let known = try forecast(example(paths: 2_000) { $0.uncertainty = .none }).arrAtHorizon
        let unknown = try forecast(example(paths: 2_000)).arrAtHorizon
        #expect((unknown.p90 - unknown.p10) >= 1.5 * (known.p90 - known.p10), "\(known) vs \(unknown)")
    }

    @Test("Congestion caps: 5× the market books more, not less, and half the seller capacity keeps at least half the wins")
    func congestionCaps() throws {
        let base = try forecast(example(paths: 1_000))
        let crowded = try forecast(example(paths: 1_000) { $0.market.accounts = 30_000 })
        #expect(crowded.arrAtHorizon.p50 >= base.arrAtHorizon.p50)
        #expect(crowded.gauge(.cashShortfall)!.value < 0.05, "the old model gave 94% here")
        let won = { (f: Forecast) in f.months.reduce(0) { $0 + $1.meanWonDeals } }
        let halfCapacity = try forecast(example(paths: 1_000) { $0.sales.dealsPerSellerPerMonth = 10 })
        let fullCapacity = try forecast(example(paths: 1_000) { $0.sales.dealsPerSellerPerMonth = 20 })
        #expect(won(halfCapacity) >= 0.5 * won(fullCapacity), "the old model went from 325 to 69")
        #expect(won(halfCapacity) < won(fullCapacity), "sellers still matter")
        // A congested team leaves a visible backlog.
        #expect(halfCapacity.months[12].meanWaitingForSeller > fullCapacity.months[12].meanWaitingForSeller)
    }

    @Test("The handoff has no cliff: every 1-point step on the example moves horizon ARR by less than 3%")
    func handoffHasNoCliff() throws {
        let values = try (5...95).map { percent in try Self.arr { $0.levers.handoff = Double(percent) / 100 } }
        for (a, b) in zip(values, values.dropFirst()) { #expect(abs(b - a) < 0.03 * max(a, b)) }
    }

    @Test("Seasonality: a quarter-end multiplier lifts wins in those calendar months, and startMonth moves the calendar")
    func seasonalityFollowsTheCalendar() throws {
        let quarterEnds = (1...12).map { $0 % 3 == 0 ? 1.4 : 1.0 }
        let flat = try forecast(example(paths: 1_000)).months.map(\.meanWinRate)
        let seasonal = try forecast(example(paths: 1_000) { $0.sales.seasonality = quarterEnds }).months.map(\.meanWinRate)
        for month in 0..<12 {
            if (month + 1) % 3 == 0 { #expect(seasonal[month] > flat[month] * 1.3, "month \(month + 1)") }
            else { #expect(abs(seasonal[month] - flat[month]) < 0.02 * flat[month], "month \(month + 1)") }
        }
        // Starting in February, the plan's second month is a quarter end (March).
        let shifted = try forecast(example(paths: 1_000) { s in
            s.sales.seasonality = quarterEnds
            s.simulation.startMonth = 2
        }).months.map(\.meanWinRate)
        #expect(shifted[1] > flat[1] * 1.3 && abs(shifted[2] - flat[2]) < 0.02 * flat[2])
    }

    @Test("Journeys that start in the last stage count as new opportunities")
    func journeysIntoTheLastStageAreOpportunities() throws {
        let months = try forecast(example(paths: 300) { s in
            s.outboundEntryStage = s.stages.last!.name
            s.levers.pushShare = 1
            s.history = History(levers: s.levers)
            s.stages = s.stages.map { var stage = $0; stage.openAtStart = 0; return stage }
        }).months
        // With push only, every journey starts where outbound enters: the last stage.
        for month in months { #expect(abs(month.meanOpportunities - month.meanJourneys) < 1e-9, "month \(month.month)") }
        #expect(months.allSatisfy { $0.meanDecided >= $0.meanWonDeals })
    }
}
