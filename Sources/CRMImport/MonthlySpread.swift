import Foundation

/// How much the export's months scatter around what the model expects of them, beyond what chance
/// alone gives: the part a forecast's band must carry as not known rather than as noise. On a log
/// scale, as the model's uncertainty sigmas are.
///
/// The scatter is read from the 80th percentile of the absolute log residuals, divided by 1.2816:
/// for normal residuals that is their sigma, and for lumpy ones (a quarter-end push the model does
/// not have) it is the width that puts 80% of the months inside P10–P90, which is what the band
/// promises. Chance is then taken out: the Poisson scatter of a count, the scatter of a mean of deals.
public struct MonthlySpread: Sendable, Equatable {
    /// Extra log-sigma of the deals decided (won or lost) a month.
    public var decided: Double
    /// Extra log-sigma of won deals a month.
    public var won: Double
    /// Extra log-sigma of a month's mean won deal.
    public var dealSize: Double

    /// The expectations are the model's means for the same months; months where either side is zero
    /// say nothing and are skipped. Nil with fewer than three months left.
    public init?(actual: [MonthActivity], expectedDecided: [Double], expectedWon: [Double], expectedMeanDeal: [Double],
                 dealSigma: Double) {
        var decided = Scatter(), won = Scatter(), deal = Scatter()
        for (index, month) in actual.enumerated() where index < min(expectedDecided.count, expectedWon.count, expectedMeanDeal.count) {
            let expectedDecided = expectedDecided[index], expectedWon = expectedWon[index], meanDeal = expectedMeanDeal[index]
            guard month.won > 0, expectedDecided > 0, expectedWon > 0, meanDeal > 0, month.bookings > 0 else { continue }
            decided.add(log(Double(month.closed) / expectedDecided), chance: 1 / expectedDecided)
            won.add(log(Double(month.won) / expectedWon), chance: 1 / expectedWon)
            // The log-variance of a mean of k lognormal deals: ln(1 + (e^σ² − 1) / k).
            deal.add(log(month.bookings / Double(month.won) / meanDeal), chance: log(1 + (exp(dealSigma * dealSigma) - 1) / Double(month.won)))
        }
        guard won.residuals.count >= 3 else { return nil }
        self.decided = decided.beyondChance
        self.won = won.beyondChance
        self.dealSize = deal.beyondChance
    }

    /// Log residuals of one series and the variance chance alone gives them.
    struct Scatter {
        var residuals: [Double] = []
        var chanceVariance = 0.0

        mutating func add(_ residual: Double, chance: Double) {
            residuals.append(abs(residual))
            chanceVariance += chance
        }

        /// The sigma whose P10–P90 holds 80% of the residuals, less chance's share of it.
        var beyondChance: Double {
            let sorted = residuals.sorted()
            let rank = Int((0.8 * Double(sorted.count)).rounded(.up))
            let sigma = sorted[max(0, rank - 1)] / 1.2815515655446004
            return max(0, sigma * sigma - chanceVariance / Double(residuals.count)).squareRoot()
        }
    }
}
