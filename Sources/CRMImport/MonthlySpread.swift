import Foundation

/// How much the export's months scatter around what the model expects of them, beyond what chance
/// alone gives: the part a forecast's band must carry as not known rather than as noise. On a log
/// scale, as the model's uncertainty sigmas are.
public struct MonthlySpread: Sendable, Equatable {
    /// Extra log-sigma of new opportunities a month, beyond the Poisson scatter of their count.
    public var opportunities: Double
    /// Extra log-sigma of won deals a month, beyond the Poisson scatter of their count.
    public var won: Double
    /// Extra log-sigma of a month's mean won deal, beyond the scatter of a mean of that many deals.
    public var dealSize: Double

    /// The expectations are the model's means for the same months; months where either side is zero
    /// say nothing and are skipped. Nil with fewer than three months left.
    public init?(actual: [MonthActivity], expectedOpportunities: [Double], expectedWon: [Double], expectedMeanDeal: [Double],
                 dealSigma: Double) {
        var opportunityExcess = 0.0, wonExcess = 0.0, dealExcess = 0.0, counted = 0
        for (index, month) in actual.enumerated() where index < min(expectedOpportunities.count, expectedWon.count, expectedMeanDeal.count) {
            let opportunities = expectedOpportunities[index], won = expectedWon[index], meanDeal = expectedMeanDeal[index]
            guard month.won > 0, month.newOpportunities > 0, opportunities > 0, won > 0, meanDeal > 0, month.bookings > 0 else { continue }
            let opportunityResidual = log(Double(month.newOpportunities) / opportunities)
            opportunityExcess += opportunityResidual * opportunityResidual - 1 / opportunities
            let residual = log(Double(month.won) / won)
            wonExcess += residual * residual - 1 / won
            let dealResidual = log(month.bookings / Double(month.won) / meanDeal)
            // The log-variance of a mean of k lognormal deals: ln(1 + (e^σ² − 1) / k).
            dealExcess += dealResidual * dealResidual - log(1 + (exp(dealSigma * dealSigma) - 1) / Double(month.won))
            counted += 1
        }
        guard counted >= 3 else { return nil }
        opportunities = max(0, opportunityExcess / Double(counted)).squareRoot()
        won = max(0, wonExcess / Double(counted)).squareRoot()
        dealSize = max(0, dealExcess / Double(counted)).squareRoot()
    }
}
