import Foundation

/// Turns the paths' outcomes into the risk gauges. Every gauge is a smooth function of
/// the levers: probabilities are kernel-smoothed over the paths, the runway is read off
/// the median cash curve with interpolation, and the rest are ratios of expected values,
/// so a one-step lever move never flips a gauge by a whole path or a whole month.
enum RiskAssessment {
    /// Shown when a quantity never happens within the horizon (no payback).
    static let never = 999.0

    static func gauges(scenario: Scenario, outcomes: [PathOutcome], months: [MonthForecast]) -> [Gauge] {
        let n = Double(outcomes.count)
        let horizon = scenario.simulation.horizonMonths
        let miss = SmoothProbability.below(scenario.targets.periodBookings, outcomes.map(\.periodBookings))
        let shortfall = SmoothProbability.below(0, outcomes.map(\.lowestCash))
        let runway = medianRunway(startingCash: scenario.finance.startingCash, months: months, horizon: horizon)
        let arrAtHorizon = months[horizon - 1].arr
        let volatility = arrAtHorizon.p50 > 0 ? (arrAtHorizon.p90 - arrAtHorizon.p10) / arrAtHorizon.p50 : never
        let nextQuarterTarget = scenario.targets.quarterlyBookings
        let openPipeline = outcomes.reduce(0) { $0 + $1.openPipelineValueAtQuarterEnd } / n
        let coverage = nextQuarterTarget > 0 ? openPipeline / nextQuarterTarget : never
        let levers = scenario.levers
        let pressure = ResponseCurves.buyerPressure(pushShare: levers.pushShare, handoff: levers.handoff,
                                                    bestHandoff: scenario.response.bestHandoff, quotaPressure: levers.quotaPressure)
        var channels = [0.0, 0.0, 0.0]
        var opportunities = 0.0, executive = 0.0, netNewARR = 0.0
        for outcome in outcomes {
            for i in 0..<3 { channels[i] += outcome.journeysByChannel[i] }
            opportunities += outcome.opportunities
            executive += outcome.executiveOpportunities
            netNewARR += outcome.netNewARR
        }
        let journeys = channels.reduce(0, +)
        let concentration = journeys > 0 ? channels.max()! / journeys : 1
        let quality = opportunities > 0 ? executive / opportunities : 0
        let payback = cacPayback(spend: levers.budget * Double(horizon), netNewARR: netNewARR / n,
                                 grossMargin: scenario.finance.grossMargin)

        return [
            GaugeID.targetMiss.gauge(miss),
            GaugeID.cashShortfall.gauge(shortfall),
            GaugeID.runway.gauge(runway),
            GaugeID.arrVolatility.gauge(volatility),
            GaugeID.coverage.gauge(coverage),
            GaugeID.buyerPressure.gauge(pressure),
            GaugeID.channelConcentration.gauge(concentration),
            GaugeID.leadQuality.gauge(quality),
            GaugeID.cacPayback.gauge(payback),
        ]
    }

    /// Months until the median cash curve first goes below zero, interpolated within the
    /// month it crosses; the horizon when it never does (shown as "36+").
    static func medianRunway(startingCash: Double, months: [MonthForecast], horizon: Int) -> Double {
        var previous = startingCash
        if previous < 0 { return 0 }
        for (index, month) in months.enumerated() {
            let cash = month.cash.p50
            if cash < 0 { return Double(index) + previous / (previous - cash) }
            previous = cash
        }
        return Double(horizon)
    }

    /// Months of gross margin on the net new ARR that pay back the go-to-market spend.
    static func cacPayback(spend: Double, netNewARR: Double, grossMargin: Double) -> Double {
        let monthlyMargin = netNewARR / 12 * grossMargin
        guard monthlyMargin > 0 else { return never }
        return min(never, spend / monthlyMargin)
    }
}

/// A probability estimated from paths without the steps of a plain count: each path
/// counts as a normal kernel around its value (Silverman's bandwidth), so the estimate
/// moves smoothly when the paths' values move a little.
enum SmoothProbability {
    static func below(_ threshold: Double, _ values: [Double]) -> Double {
        let n = Double(values.count)
        guard n > 0 else { return 0 }
        let mean = values.reduce(0, +) / n
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, n - 1)
        let bandwidth = 1.06 * variance.squareRoot() * pow(n, -0.2)
        guard bandwidth > 0, bandwidth.isFinite else { return values.reduce(0) { $0 + ($1 < threshold ? 1 : 0) } / n }
        let total = values.reduce(0.0) { sum, value in
            sum + 0.5 * erfc((value - threshold) / (bandwidth * 2.0.squareRoot()))
        }
        return min(1, max(0, total / n))
    }
}
