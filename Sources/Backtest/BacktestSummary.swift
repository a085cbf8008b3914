import CRMImport
import PushPullModel

extension Backtest {
    /// The result in the shape of the JSON contract; the table and Markdown render the same.
    public var document: BacktestDocument {
        let actual = self.actual
        let months = actual.indices.map { index in
            BacktestDocument.Month(
                month: actual[index].month.description, holdout: isHoldout(index),
                actual: .init(opportunities: actual[index].newOpportunities, won: actual[index].won, bookings: actual[index].bookings),
                model: .init(opportunities: model[index].opportunities, won: model[index].won, bookings: model[index].bookings))
        }
        let inSample = actual.indices.filter { !isHoldout($0) }
        let holdout = actual.indices.filter { isHoldout($0) }
        let observed = WindowFigures(inSample.map { actual[$0] })
        let modelled = ModelWindowFigures(inSample.map { model[$0] })
        func values(_ indices: [Int], _ pick: (MonthActivity) -> Double) -> [Double] { indices.map { pick(actual[$0]) } }
        func bands(_ indices: [Int], _ pick: (ModelMonth) -> Band) -> [Band] { indices.map { pick(model[$0]) } }
        func coverage(_ indices: [Int]) -> BacktestDocument.WonAndBookings {
            .init(won: BacktestStatistics.coverage(values(indices) { Double($0.won) }, bands(indices, \.won)),
                  bookings: BacktestStatistics.coverage(values(indices, \.bookings), bands(indices, \.bookings)))
        }
        var holdoutError: BacktestDocument.WonAndBookings?
        if !holdout.isEmpty {
            holdoutError = .init(
                won: BacktestStatistics.meanAbsolutePercentageError(values(holdout) { Double($0.won) }, bands(holdout, \.won).map(\.p50)) ?? 0,
                bookings: BacktestStatistics.meanAbsolutePercentageError(values(holdout, \.bookings), bands(holdout, \.bookings).map(\.p50)) ?? 0)
        }
        let wonP50 = inSample.map { model[$0].won.p50 }
        let summary = BacktestDocument.Summary(
            winRate: .init(actual: observed.winRate ?? 0, model: modelled.winRate),
            wonPerMonth: .init(actual: observed.wonPerMonth, model: wonP50.reduce(0, +) / Double(max(1, wonP50.count))),
            meanWonDeal: .init(actual: observed.meanWonDeal ?? 0, model: modelled.meanWonDeal),
            cycleMonths: .init(actual: calibration.salesCycle?.meanMonths ?? 0, model: modelled.cycleMonths),
            coverage: coverage(inSample),
            holdoutError: holdoutError,
            holdoutCoverage: holdout.isEmpty ? nil : coverage(holdout))
        return BacktestDocument(
            formatVersion: BacktestDocument.currentFormatVersion, source: export.sourceName, currency: scenario.finance.currency,
            paths: scenario.simulation.paths, seed: scenario.simulation.seed,
            window: .init(from: window.lowerBound.description, to: window.upperBound.description),
            months: months, summary: summary)
    }
}
