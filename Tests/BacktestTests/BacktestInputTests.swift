import CRMImport
import Foundation
import PushPullModel
import Testing
import TestSupport
@testable import Backtest

/// Writes `text` to a fresh file and returns its path; the directory goes when the test ends.
func temporaryExport(_ text: String, name: String = "export.csv") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pushpull-backtest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

@Suite struct BacktestInputTests {
    @Test func anExportTooShortIsRefusedWithItsLength() throws {
        var process = SyntheticCRMExport()
        process.months = 2
        let path = try temporaryExport(process.csv)
        #expect(throws: BacktestError.self) { try Backtest(csvFileAt: path) }
        do {
            _ = try Backtest(csvFileAt: path)
        } catch {
            guard case .tooShort(_, let months, let needed, _) = error else { Issue.record("\(error)"); return }
            #expect(months <= 2 && needed == 3)
            #expect(error.description.contains("a back-test needs at least 3"))
        }
    }

    @Test func aHoldoutNeedsTwoMonthsToCalibrateOn() throws {
        var process = SyntheticCRMExport()
        process.months = 6
        let path = try temporaryExport(process.csv)
        let months = try Backtest(csvFileAt: path).model.count
        #expect(throws: BacktestError.tooShort(source: "export.csv", months: months, needed: months + 1, holdout: months - 1)) {
            try Backtest(csvFileAt: path, holdoutMonths: months - 1)
        }
        #expect(try Backtest(csvFileAt: path, holdoutMonths: months - 2).holdoutMonths == months - 2)
    }

    @Test func aStrayOldDateKeepsTheWindowToTheModelsLongestHorizon() throws {
        var process = SyntheticCRMExport()
        (process.months, process.opportunitiesPerMonth) = (6, 60)
        let stray = "006999999,Seller 1,Account 1,Closed Lost,\"10.00\",01/15/1900,02/15/1900,Web\n"
        let backtest = try Backtest(csvFileAt: try temporaryExport(process.csv + stray), paths: 20)
        #expect(backtest.model.count == 120 && backtest.document.months.count == 120)
        #expect(backtest.window.upperBound.description == "2023-06")
    }

    @Test func anUnreadableExportSaysWhy() throws {
        let path = try temporaryExport("\u{1B}[31mhello\nworld\n")
        #expect(throws: BacktestError.self) { try Backtest(csvFileAt: path) }
        do {
            _ = try Backtest(csvFileAt: path)
        } catch {
            #expect(error.description.hasPrefix("not a CSV opportunity export"))
            #expect(!error.description.contains("\u{1B}"))
        }
    }

    @Test func theJSONFollowsTheContract() throws {
        var process = SyntheticCRMExport()
        process.months = 8
        let document = try Backtest(csvFileAt: try temporaryExport(process.csv), paths: 100).document
        let object = try #require(try JSONSerialization.jsonObject(with: Data(BacktestReport.json(document).utf8)) as? [String: Any])
        #expect(object["formatVersion"] as? Int == 1)
        let window = try #require(object["window"] as? [String: String])
        #expect(window["from"] == document.months.first?.month && window["to"] == document.months.last?.month)
        let month = try #require((object["months"] as? [[String: Any]])?.first)
        #expect(Set(month.keys) == ["month", "holdout", "actual", "model"])
        #expect(Set((month["actual"] as? [String: Any])?.keys ?? [:].keys) == ["opportunities", "won", "bookings"])
        let won = try #require((month["model"] as? [String: Any])?["won"] as? [String: Double])
        #expect(Set(won.keys) == ["p10", "p50", "p90"])
        let summary = try #require(object["summary"] as? [String: Any])
        for key in ["winRate", "wonPerMonth", "meanWonDeal", "cycleMonths"] {
            #expect(Set((summary[key] as? [String: Double])?.keys ?? [:].keys) == ["actual", "model"], "\(key)")
        }
        #expect(Set((summary["coverage"] as? [String: Double])?.keys ?? [:].keys) == ["won", "bookings"])
        #expect(summary["holdoutError"] is NSNull)
    }
}

@Suite struct GivenScenarioTests {
    @Test func aGivenScenarioIsReplayedAsItIsFromTheExportsState() throws {
        var process = SyntheticCRMExport()
        process.months = 6
        let path = try temporaryExport(process.csv)
        var given = Scenario.example
        given.stages[4].conversion = 0.5
        given.finance.currency = "GBP"
        let backtest = try Backtest(csvFileAt: path, scenario: given, paths: 50, seed: 9)
        #expect(backtest.scenario.stages.map(\.conversion) == given.stages.map(\.conversion))
        #expect(backtest.scenario.response == given.response && backtest.scenario.levers == given.levers)
        // The state at the window's start comes from the export: opportunities created before it, not yet closed.
        let start = SyntheticCRMExport.dayNumber(year: backtest.window.lowerBound.year, month: backtest.window.lowerBound.month, day: 1)
        let open = process.deals.filter { $0.createdDay < start && ($0.closedDay ?? .max) >= start }.count
        #expect(backtest.scenario.stages[4].openAtStart == open)
        #expect(backtest.scenario.simulation.paths == 50 && backtest.scenario.simulation.seed == 9)
        #expect(backtest.document.currency == "GBP")
    }
}
