import Foundation

/// The parameters one path draws once, from the scenario's `[uncertainty]`: what the plan
/// does not know. Each is a lognormal multiplier with median 1. They read their uniforms
/// from slots of their own, so a baseline and a what-if share them (common random numbers).
struct PathParameters {
    var winRate = 1.0
    var reach = 1.0
    var wordOfMouth = 1.0
    var churn = 1.0
    var dealSize = 1.0

    /// A month index no simulated month reaches: the path-level draws live there.
    static let drawMonth = 0xFFFF

    init(_ uncertainty: Uncertainty, random: CounterRandom) {
        func draw(_ sigma: Double, slot: Int) -> Double {
            sigma > 0 ? exp(sigma * Distributions.normalQuantile(random.uniform(month: Self.drawMonth, slot: slot))) : 1
        }
        winRate = draw(uncertainty.winRate, slot: 0)
        reach = draw(uncertainty.reach, slot: 1)
        wordOfMouth = draw(uncertainty.wordOfMouth, slot: 2)
        churn = draw(uncertainty.churn, slot: 3)
        dealSize = draw(uncertainty.dealSize, slot: 4)
    }
}
