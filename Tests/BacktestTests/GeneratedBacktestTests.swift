import CRMImport
import Foundation
import PushPullModel
import Testing
import TestSupport
@testable import Backtest

/// Back-tests of exports drawn from known processes: the model fitted to them must replay their months.
@Suite struct GeneratedBacktestTests {
    static let processes: [SyntheticCRMExport] = {
        var steady = SyntheticCRMExport()
        (steady.dialect, steady.winRate, steady.cycleMonths, steady.sellers, steady.opportunitiesPerMonth, steady.months) = (.salesforce, 0.3, 1.5, 10, 400, 15)
        var growing = SyntheticCRMExport()
        (growing.dialect, growing.winRate, growing.cycleMonths, growing.sellers, growing.opportunitiesPerMonth) = (.hubspot, 0.5, 2.5, 25, 500)
        (growing.growth, growing.months, growing.seed) = (1.02, 20, 11)
        return [steady, growing]
    }()

    @Test(arguments: processes)
    func theReplayFollowsTheExport(_ process: SyntheticCRMExport) throws {
        let path = try temporaryExport(process.csv)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let document = try Backtest(csvFileAt: path, paths: 300).document
        let summary = document.summary
        // Expected figures straight from the deals the generator made.
        let deals = process.deals
        let firstClose = deals.compactMap(\.closedDay).min()!
        let windowStart = SyntheticCRMExport.monthKey(ofDay: firstClose)
        #expect(document.window.from == windowStart)
        let closed = deals.filter { $0.closedDay != nil }
        let won = closed.filter(\.won)
        #expect(abs(summary.winRate.actual - Double(won.count) / Double(closed.count)) < 1e-9)
        #expect(abs(summary.wonPerMonth.actual - Double(won.count) / Double(document.months.count)) < 1e-9)
        // The calibration's targets.
        #expect(abs(summary.winRate.model - summary.winRate.actual) < 0.02)
        #expect(abs(summary.wonPerMonth.model / summary.wonPerMonth.actual - 1) < 0.10)
        #expect(abs(summary.meanWonDeal.model / summary.meanWonDeal.actual - 1) < 0.05)
        #expect(abs(summary.cycleMonths.model - summary.cycleMonths.actual) < 0.3)
        #expect(summary.coverage.won >= 0.7, "won inside P10–P90 in \(summary.coverage.won) of the months")
        #expect(summary.holdoutError == nil)
    }

    @Test(arguments: processes)
    func aHoldoutIsForecastOutOfSample(_ process: SyntheticCRMExport) throws {
        let path = try temporaryExport(process.csv)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let backtest = try Backtest(csvFileAt: path, holdoutMonths: 3, paths: 300)
        let document = backtest.document
        #expect(document.months.suffix(3).allSatisfy(\.holdout) && !document.months.dropLast(3).contains(where: \.holdout))
        // The calibration saw nothing after the cut-off.
        #expect(backtest.calibration.history.last == backtest.window.upperBound.adding(months: -3))
        let error = try #require(document.summary.holdoutError)
        let holdout = document.months.suffix(3)
        let expected = holdout.reduce(0.0) { $0 + abs($1.model.won.p50 - Double($1.actual.won)) / Double($1.actual.won) } / 3
        #expect(abs(error.won - expected) < 1e-12)
        #expect(error.won <= 0.20, "holdout MAPE on won deals \(error.won)")
    }

    /// Like the sample: quarter-end months win 1.3 / 0.85 times as often as the others.
    @Test func aQuarterEndPushIsFollowedMonthByMonth() throws {
        var seasonal = SyntheticCRMExport()
        (seasonal.dialect, seasonal.winRate, seasonal.cycleMonths, seasonal.sellers, seasonal.opportunitiesPerMonth) = (.maven, 0.55, 1.7, 30, 700)
        (seasonal.months, seasonal.seed, seasonal.dealMedian, seasonal.dealSigma) = (15, 5, 1_200, 1.1)
        seasonal.seasonality = [0.85, 0.85, 1.3, 0.85, 0.85, 1.3, 0.85, 0.85, 1.3, 0.85, 0.85, 1.3]
        let path = try temporaryExport(seasonal.csv)
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let summary = try Backtest(csvFileAt: path, paths: 300).document.summary
        #expect(abs(summary.winRate.model - summary.winRate.actual) < 0.02)
        #expect(abs(summary.wonPerMonth.model / summary.wonPerMonth.actual - 1) < 0.10)
        let holdout = try Backtest(csvFileAt: path, holdoutMonths: 3, paths: 300).document.summary
        // The import gives the model the season it finds (sales.seasonality), so the months follow too.
        #expect(summary.coverage.won >= 0.7, "won inside P10–P90 in \(summary.coverage.won) of the months")
        #expect((holdout.holdoutError?.won ?? 1) <= 0.20, "holdout MAPE on won deals \(holdout.holdoutError?.won ?? 1)")
    }
}
