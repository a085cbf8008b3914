import Testing
@testable import PushPullModel

@Suite("Risk gauges")
struct GaugeTests {
    @Test("Higher is worse: ok below warn, warn from warn, alert from alert")
    func higherIsWorseThresholds() {
        let thresholds = GaugeThresholds(warn: 0.3, alert: 0.5, higherIsWorse: true)
        #expect(thresholds.status(of: 0) == .ok)
        #expect(thresholds.status(of: 0.3.nextDown) == .ok)
        #expect(thresholds.status(of: 0.3) == .warn)
        #expect(thresholds.status(of: 0.5.nextDown) == .warn)
        #expect(thresholds.status(of: 0.5) == .alert)
        #expect(thresholds.status(of: 7) == .alert)
    }

    @Test("Lower is worse: ok above warn, warn from warn down, alert from alert down")
    func lowerIsWorseThresholds() {
        let thresholds = GaugeThresholds(warn: 3, alert: 2, higherIsWorse: false)
        #expect(thresholds.status(of: 10) == .ok)
        #expect(thresholds.status(of: 3.0.nextUp) == .ok)
        #expect(thresholds.status(of: 3) == .warn)
        #expect(thresholds.status(of: 2.0.nextUp) == .warn)
        #expect(thresholds.status(of: 2) == .alert)
        #expect(thresholds.status(of: 0) == .alert)
    }

    @Test("Every gauge: warn lies on the better side of alert, and the status steps at both bounds",
          arguments: GaugeID.allCases)
    func everyGaugeThresholds(id: GaugeID) {
        let t = id.thresholds
        // The next representable value on the better side of a bound.
        func better(_ bound: Double) -> Double { t.higherIsWorse ? bound.nextDown : bound.nextUp }
        #expect(t.higherIsWorse ? t.warn < t.alert : t.warn > t.alert)
        #expect(id.gauge(t.warn).status == .warn)
        #expect(id.gauge(t.alert).status == .alert)
        #expect(id.gauge(better(t.warn)).status == .ok)
        #expect(id.gauge(better(t.alert)).status == .warn)
        #expect(GaugeStatus.ok < .warn && GaugeStatus.warn < .alert)
    }

    /// What each gauge measures, from the model brief's list of risks.
    static let expectedUnits: [GaugeID: GaugeUnit] = [
        .targetMiss: .probability, .cashShortfall: .probability, .runway: .months, .arrVolatility: .ratio,
        .coverage: .multiple, .buyerPressure: .index, .channelConcentration: .ratio, .leadQuality: .ratio,
        .cacPayback: .months,
    ]

    @Test("A default forecast has every gauge once, in order, finite, with its unit and a consistent status")
    func defaultForecastGauges() throws {
        let result = try forecast(example(paths: 200))
        #expect(result.gauges.map(\.id) == GaugeID.allCases)
        for gauge in result.gauges {
            #expect(gauge.value.isFinite, "\(gauge.id)")
            #expect(gauge.unit == Self.expectedUnits[gauge.id], "\(gauge.id)")
            #expect(gauge.status == gauge.id.thresholds.status(of: gauge.value), "\(gauge.id)")
            #expect(!gauge.label.isEmpty)
            #expect(gauge.value >= 0, "\(gauge.id) = \(gauge.value)")
            // Probabilities, the pressure index and shares are at most 1; volatility is a spread over P50.
            if gauge.unit == .probability || gauge.unit == .index || [.channelConcentration, .leadQuality].contains(gauge.id) {
                #expect(gauge.value <= 1, "\(gauge.id) = \(gauge.value)")
            }
        }
        #expect(result.gauge(.runway)!.value <= Double(result.horizonMonths))
    }

    @Test("More quota pressure raises the buyer-pressure gauge")
    func quotaPressureRaisesBuyerPressure() throws {
        var previous = -1.0
        for quota in [0.0, 0.3, 0.6, 1.0] {
            let pressure = try forecast(example(paths: 20) { $0.levers.quotaPressure = quota }).gauge(.buyerPressure)!.value
            #expect(pressure > previous, "quota \(quota)")
            previous = pressure
        }
    }

    @Test("No budget: no seller, so every path misses a positive bookings target")
    func zeroBudgetMissesTarget() throws {
        let result = try forecast(example(paths: 100) { $0.levers.budget = 0 })
        let miss = result.gauge(.targetMiss)!
        #expect(miss.value == 1)
        #expect(miss.status == .alert)
    }

    /// Starting with no cash and fixed costs above what the starting ARR can earn in a
    /// month (even after a month of expansion), cash is negative at the end of month 1 on every path.
    @Test("No budget, no cash and costs above revenue: cash shortfall certain, no runway")
    func zeroBudgetRunsOutOfCash() throws {
        let result = try forecast(example(paths: 100) { s in
            s.levers.budget = 0
            s.finance.startingCash = 0
            s.finance.fixedMonthlyCosts = s.market.startingARR / 12 * 1.2
        })
        #expect(result.gauge(.cashShortfall)!.value == 1)
        #expect(result.gauge(.cashShortfall)!.status == .alert)
        #expect(result.gauge(.runway)!.value == 0)
        #expect(result.gauge(.runway)!.status == .alert)
    }

    @Test("Huge starting cash: no path ever goes below zero, runway is the whole horizon")
    func hugeCashNeverShort() throws {
        let result = try forecast(example(paths: 100) { $0.finance.startingCash = 1e11 })
        #expect(result.gauge(.cashShortfall)!.value == 0)
        #expect(result.gauge(.cashShortfall)!.status == .ok)
        #expect(result.gauge(.runway)!.value == Double(result.horizonMonths))
        #expect(result.months.allSatisfy { $0.cash.p10 > 0 })
    }
}
