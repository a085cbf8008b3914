import Foundation
import Testing
@testable import PushPullModel
import TestSupport

@Suite("Response curves")
struct ResponseCurveTests {
    @Test("Adstock follows s·(1 − λᵗ)/(1 − λ) and converges to s/(1 − λ)", arguments: [0.0, 0.3, 0.85, 0.99])
    func adstockConverges(carryover: Double) {
        let spend = 100_000.0
        var stock = 0.0
        for month in 1...3_000 {
            stock = ResponseCurves.adstock(spend: spend, previous: stock, carryover: carryover)
            if month <= 24 {
                let closedForm = spend * (1 - pow(carryover, Double(month))) / (1 - carryover)
                #expect(abs(stock - closedForm) <= 1e-9 * closedForm, "month \(month)")
            }
        }
        #expect(abs(stock - spend / (1 - carryover)) <= 1e-9 * spend / (1 - carryover))
        // With no spend the stock decays geometrically.
        #expect(ResponseCurves.adstock(spend: 0, previous: stock, carryover: carryover) == carryover * stock)
    }

    @Test("Hill: 0 at no spend, ½ at the half-saturation point, increasing and below 1", arguments: [0.5, 1.0, 2.0, 5.0])
    func hillShape(shape: Double) {
        let half = 150_000.0
        #expect(ResponseCurves.hill(0, halfSaturation: half, shape: shape) == 0)
        #expect(ResponseCurves.hill(-10, halfSaturation: half, shape: shape) == 0)
        #expect(abs(ResponseCurves.hill(half, halfSaturation: half, shape: shape) - 0.5) < 1e-12)
        var previous = 0.0
        for step in 1...1_000 {
            let level = Double(step) * half / 10 // up to 100 × K
            let effect = ResponseCurves.hill(level, halfSaturation: half, shape: shape)
            #expect(effect > previous && effect < 1, "level \(level)")
            previous = effect
        }
    }

    /// hill(2x) < 2·hill(x) ⟺ (x/K)ⁿ > 1 − 2¹⁻ⁿ: always for n ≤ 1, and above that
    /// level for an S-curve (n > 1), whose low end accelerates by design.
    @Test("Doubling spend never doubles the effect (everywhere for n ≤ 1, past the S-curve's knee for n > 1)",
          arguments: [0.5, 1.0, 2.0, 3.0])
    func doublingNeverDoubles(shape: Double) {
        let half = 400_000.0
        let knee = shape <= 1 ? 0 : half * pow(1 - pow(2, 1 - shape), 1 / shape)
        for step in 1...400 {
            let level = knee + Double(step) * half / 50
            let once = ResponseCurves.hill(level, halfSaturation: half, shape: shape)
            let twice = ResponseCurves.hill(2 * level, halfSaturation: half, shape: shape)
            #expect(twice < 2 * once, "level \(level)")
        }
    }

    @Test("A yearly rate compounds back: 12 monthly steps give 1 − e^(−rate)")
    func monthlyFromYearly() {
        #expect(ResponseCurves.monthly(yearly: 0) == 0)
        for rate in [0.01, 0.03, 0.2, 0.38, 1, 5] {
            let monthly = ResponseCurves.monthly(yearly: rate)
            #expect(monthly > 0 && monthly < rate / 12 + 1e-15, "a hazard is below its linear share")
            #expect(abs((1 - pow(1 - monthly, 12)) - (1 - exp(-rate))) < 1e-12, "rate \(rate)")
        }
        // For small rates the monthly chance is about a twelfth of the yearly one.
        #expect(abs(ResponseCurves.monthly(yearly: 0.012) - 0.001) < 1e-6)
    }

    @Test("Handoff factor: 1 at the best moment, 1 − early penalty at 0, 1 − late penalty at 1, quadratic in between",
          arguments: [0.2, 0.57, 0.8])
    func handoffFactor(best: Double) {
        let early = 0.35, late = 0.5
        func factor(_ h: Double) -> Double {
            ResponseCurves.handoffFactor(h, best: best, earlyPenalty: early, latePenalty: late)
        }
        #expect(factor(best) == 1)
        #expect(abs(factor(0) - (1 - early)) < 1e-12)
        #expect(abs(factor(1) - (1 - late)) < 1e-12)
        // Half-way to the best moment leaves a quarter of the penalty (distance squared).
        #expect(abs(factor(best / 2) - (1 - early / 4)) < 1e-12)
        #expect(abs(factor((best + 1) / 2) - (1 - late / 4)) < 1e-12)
        // Rising up to the best moment, falling after it.
        let grid = (0...100).map { Double($0) / 100 }
        for (a, b) in zip(grid, grid.dropFirst()) {
            if b <= best { #expect(factor(b) > factor(a), "\(a) → \(b)") }
            if a >= best { #expect(factor(b) < factor(a), "\(a) → \(b)") }
        }
    }

    @Test("Buying-group reach: capped at 1, falls with a bigger group, both motions together reach more")
    func buyingGroupReach() {
        func reach(_ push: Double, _ pull: Double, _ group: Double) -> Double {
            ResponseCurves.buyingGroupReach(pushEffect: push, pullEffect: pull, groupSize: group)
        }
        // Everything at full: 1.5 + 3 = 4.5 people reached, all of a group of 4.
        #expect(reach(1, 1, 4) == 1)
        #expect(reach(1, 1, 1) == 1)
        // A seller alone meets 1.5 people out of 5.4.
        #expect(abs(reach(0, 0, 5.4) - 1.5 / 5.4) < 1e-12)
        var previous = 2.0
        for group in stride(from: 1.0, through: 50, by: 0.5) {
            let value = reach(0.6, 0.4, group)
            #expect(value <= previous && value > 0 && value <= 1, "group \(group)")
            if value < 1 { #expect(value < previous, "strictly falling once below the cap, group \(group)") }
            previous = value
        }
        #expect(reach(0.6, 0.4, 6.8) > reach(0.6, 0, 6.8), "push and pull together reach more people")
        #expect(reach(0.6, 0.4, 6.8) > reach(0, 0.4, 6.8))
    }

    @Test("Buyer pressure stays in 0…1 and rises with push share and quota pressure")
    func buyerPressure() {
        let grid = (0...20).map { Double($0) / 20 }
        for handoff in grid {
            for push in grid {
                for quota in grid {
                    let value = ResponseCurves.buyerPressure(pushShare: push, handoff: handoff, bestHandoff: 0.57, quotaPressure: quota)
                    #expect(value >= 0 && value <= 1)
                    if push < 1 {
                        let more = ResponseCurves.buyerPressure(pushShare: push + 0.05, handoff: handoff, bestHandoff: 0.57, quotaPressure: quota)
                        #expect(more >= value)
                        if value < 1 { #expect(more > value, "push \(push) handoff \(handoff) quota \(quota)") }
                    }
                    if quota < 1 {
                        let more = ResponseCurves.buyerPressure(pushShare: push, handoff: handoff, bestHandoff: 0.57, quotaPressure: quota + 0.05)
                        #expect(more >= value)
                        if value < 1 { #expect(more > value, "push \(push) handoff \(handoff) quota \(quota)") }
                    }
                }
            }
        }
        // Meeting at or after the best moment adds no pressure; no push and no quota: none at all.
        #expect(ResponseCurves.buyerPressure(pushShare: 0, handoff: 0.57, bestHandoff: 0.57, quotaPressure: 0) == 0)
        #expect(ResponseCurves.buyerPressure(pushShare: 0, handoff: 0.9, bestHandoff: 0.57, quotaPressure: 0) == 0)
        #expect(ResponseCurves.buyerPressure(pushShare: 0, handoff: 0.2, bestHandoff: 0.57, quotaPressure: 0) > 0)
    }
}

@Suite("Sellers' share of each stage")
struct SalesShareTests {
    static let equalStages = (1...4).map { Stage(name: "S\($0)", conversion: 0.5, monthsInStage: 1) }

    @Test("Handoff 0: sellers do every stage; handoff 1: only the last")
    func extremes() {
        for stages in [Self.equalStages, Scenario.example.stages] {
            #expect(MonthlyDrivers.salesShares(stages, handoff: 0).allSatisfy { $0 == 1 })
            #expect(MonthlyDrivers.salesShares(stages, handoff: 1) == Array(repeating: 0, count: stages.count - 1) + [1])
        }
    }

    @Test("Four one-month stages: the stage the handoff falls in is shared in proportion")
    func equalStageShares() {
        let shares = { (handoff: Double) in MonthlyDrivers.salesShares(Self.equalStages, handoff: handoff) }
        #expect(shares(0.125) == [0.5, 1, 1, 1])
        #expect(shares(0.5) == [0, 0, 1, 1])
        #expect(shares(0.625) == [0, 0, 0.5, 1])
        #expect(shares(0.95) == [0, 0, 0, 1])
    }

    @Test("For any stages, shares are continuous in the handoff: no stage flips at a threshold")
    func sharesAreContinuous() {
        var rng = SeededGenerator(state: 5)
        for _ in 0..<50 {
            let stages = (0..<Int.random(in: 2...12, using: &rng)).map {
                Stage(name: "S\($0)", conversion: 0.5, monthsInStage: Double.random(in: 0.1...6, using: &rng))
            }
            let total = stages.reduce(0) { $0 + $1.monthsInStage }
            let shortest = stages.map(\.monthsInStage).min()! / total
            var previous = MonthlyDrivers.salesShares(stages, handoff: 0)
            for step in 1...1000 {
                let handoff = Double(step) / 1000
                let shares = MonthlyDrivers.salesShares(stages, handoff: handoff)
                #expect(shares.last == 1)
                for (now, before) in zip(shares, previous) {
                    #expect(now <= before + 1e-12, "the sellers' share never grows as the meeting comes later")
                    // A step of 0.001 in the handoff moves a share by at most 0.001 / (the stage's part of the journey).
                    #expect(before - now <= 0.001 / shortest + 1e-9)
                }
                previous = shares
            }
        }
    }
}
