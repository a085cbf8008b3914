/// Turns the paths' outcomes into the risk gauges.
enum RiskAssessment {
    /// Shown when a quantity never happens within the horizon (no payback, no cash shortfall).
    static let never = 999.0

    static func gauges(scenario: Scenario, outcomes: [PathOutcome], arrAtHorizon: Band) -> [Gauge] {
        let n = Double(outcomes.count)
        let horizon = scenario.simulation.horizonMonths
        let target = scenario.targets.periodBookings
        let misses = outcomes.reduce(0) { $0 + ($1.periodBookings < target ? 1 : 0) }
        let shortfalls = outcomes.reduce(0) { $0 + ($1.firstNegativeCashMonth == nil ? 0 : 1) }
        var runways = outcomes.map { Double($0.firstNegativeCashMonth ?? (horizon + 1)) - 1 }
        let runway = Percentiles.band(&runways).p50
        let volatility = arrAtHorizon.p50 > 0 ? (arrAtHorizon.p90 - arrAtHorizon.p10) / arrAtHorizon.p50 : never
        let nextQuarterTarget = scenario.targets.quarterlyBookings
        let openPipeline = outcomes.reduce(0) { $0 + $1.openPipelineValueAtQuarterEnd } / n
        let coverage = nextQuarterTarget > 0 ? openPipeline / nextQuarterTarget : never
        let levers = scenario.levers
        let pressure = ResponseCurves.buyerPressure(pushShare: levers.pushShare, handoff: levers.handoff,
                                                    bestHandoff: scenario.response.bestHandoff, quotaPressure: levers.quotaPressure)
        var channels = [0.0, 0.0, 0.0]
        var opportunities = 0.0, executive = 0.0
        for outcome in outcomes {
            for i in 0..<3 { channels[i] += outcome.journeysByChannel[i] }
            opportunities += outcome.opportunities
            executive += outcome.executiveOpportunities
        }
        let journeys = channels.reduce(0, +)
        let concentration = journeys > 0 ? channels.max()! / journeys : 1
        let quality = opportunities > 0 ? executive / opportunities : 0
        let spend = levers.budget * Double(horizon)
        var paybacks = outcomes.map { $0.newARR > 0 ? min(never, spend / ($0.newARR / 12)) : never }
        let payback = Percentiles.band(&paybacks).p50

        return [
            GaugeID.targetMiss.gauge(Double(misses) / n),
            GaugeID.cashShortfall.gauge(Double(shortfalls) / n),
            GaugeID.runway.gauge(runway),
            GaugeID.arrVolatility.gauge(volatility),
            GaugeID.coverage.gauge(coverage),
            GaugeID.buyerPressure.gauge(pressure),
            GaugeID.channelConcentration.gauge(concentration),
            GaugeID.leadQuality.gauge(quality),
            GaugeID.cacPayback.gauge(payback),
        ]
    }
}
