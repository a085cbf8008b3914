import Testing
@testable import PushPullModel
import TestSupport

/// Properties that must hold for any valid scenario, checked over random ones.
@Suite("Forecast properties over random scenarios")
struct PropertyTests {
    static func scenarios() -> [Scenario] {
        var rng = SeededGenerator(state: 20_260_101)
        return (0..<50).map { _ in randomScenario(&rng) }
    }

    static func isOrdered(_ band: Band) -> Bool { band.p10 <= band.p50 && band.p50 <= band.p90 }
    static func isFinite(_ band: Band) -> Bool { band.p10.isFinite && band.p50.isFinite && band.p90.isFinite }

    @Test("No NaN or infinity, ordered bands, non-negative flows, finite gauges, horizon band = ARR at horizon")
    func forecastIsWellFormed() throws {
        for (index, scenario) in Self.scenarios().enumerated() {
            #expect(scenario.validationIssues().isEmpty, "scenario \(index) must be valid")
            let result = try forecast(scenario)
            let label = "scenario \(index)"
            #expect(result.months.count == scenario.simulation.horizonMonths, "\(label)")
            #expect(result.months.map(\.month) == Array(1...scenario.simulation.horizonMonths), "\(label)")

            for headline in [result.arrAtHorizon, result.nextQuarterBookings, result.periodBookings] {
                #expect(Self.isFinite(headline) && Self.isOrdered(headline), "\(label): \(headline)")
                #expect(headline.p10 >= 0, "\(label): \(headline)")
            }
            #expect(result.arrAtHorizon == result.months.last!.arr, "\(label)")
            #expect(result.meanJourneys.isFinite && result.meanJourneys >= 0, "\(label)")
            #expect(result.sellers.isFinite && result.sellers >= 0, "\(label)")
            #expect(result.salesOwnedStages.count == scenario.stages.count && result.salesOwnedStages.last == true, "\(label)")

            for month in result.months {
                let where_ = "\(label), month \(month.month)"
                for band in [month.bookings, month.arr, month.cash] {
                    #expect(Self.isFinite(band) && Self.isOrdered(band), "\(where_): \(band)")
                }
                #expect(month.bookings.p10 >= 0 && month.arr.p10 >= 0, "\(where_)")
                for mean in [month.meanBookings, month.meanWonDeals, month.meanJourneys, month.meanRevenue, month.meanCustomers] {
                    #expect(mean.isFinite && mean >= 0, "\(where_): \(mean)")
                }
                #expect(month.meanPipeline.count == scenario.stages.count, "\(where_)")
                for load in month.meanPipeline {
                    #expect(load.push.isFinite && load.push >= 0 && load.pull.isFinite && load.pull >= 0, "\(where_): \(load)")
                }
                // Mean accounts in the pipeline and among customers never exceed the market.
                let accounted = month.meanPipeline.reduce(0) { $0 + $1.total } + month.meanCustomers
                #expect(accounted <= Double(scenario.market.accounts) + 1e-6, "\(where_)")
            }

            #expect(result.gauges.map(\.id) == GaugeID.allCases, "\(label)")
            for gauge in result.gauges {
                #expect(gauge.value.isFinite, "\(label): \(gauge.id) = \(gauge.value)")
                #expect(gauge.status == gauge.id.thresholds.status(of: gauge.value), "\(label): \(gauge.id)")
            }
        }
    }

    @Test("Won deals and bookings go together: no bookings without a won deal")
    func bookingsNeedWonDeals() throws {
        for scenario in Self.scenarios().prefix(20) {
            for month in try forecast(scenario).months where month.meanWonDeals == 0 {
                #expect(month.meanBookings == 0 && month.bookings.p90 == 0)
            }
        }
    }
}
