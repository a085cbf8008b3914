import PushPullModel
import Testing
@testable import Backtest

/// The three renderings of one hand-made result: what each line must say.
@Suite struct BacktestRenderingTests {
    static let document = BacktestDocument(
        formatVersion: 1, source: "deals|\u{1B}.csv", currency: "USD", paths: 100, seed: 7,
        window: .init(from: "2024-01", to: "2024-02"),
        months: [
            .init(month: "2024-01", holdout: false, actual: .init(opportunities: 40, won: 12, bookings: 24_000),
                  model: .init(opportunities: Band(p10: 35, p50: 41, p90: 47), won: Band(p10: 9, p50: 11.6, p90: 14),
                               bookings: Band(p10: 18_000, p50: 22_000, p90: 26_000))),
            .init(month: "2024-02", holdout: true, actual: .init(opportunities: 50, won: 20, bookings: 30_000),
                  model: .init(opportunities: Band(p10: 36, p50: 42, p90: 48), won: Band(p10: 9, p50: 12, p90: 15),
                               bookings: Band(p10: 19_000, p50: 23_000, p90: 27_000))),
        ],
        summary: .init(winRate: .init(actual: 0.4, model: 0.41), wonPerMonth: .init(actual: 12, model: 11.6),
                       meanWonDeal: .init(actual: 2000, model: 1950), cycleMonths: .init(actual: 1.5, model: 1.45),
                       coverage: .init(won: 1, bookings: 1), holdoutError: .init(won: 0.4, bookings: 0.2333),
                       holdoutCoverage: .init(won: 0, bookings: 0)))

    @Test func theTableMarksActualsOutsideTheBandAndHoldoutMonths() {
        let lines = BacktestReport.table(Self.document).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Back-test of deals|\\u001B.csv, 2024-01 to 2024-02"))
        #expect(lines[0].hasSuffix("the last 1 month (*) forecast out of sample"))
        let january = lines.first { $0.hasPrefix("2024-01 ") }!, february = lines.first { $0.hasPrefix("2024-02*") }!
        #expect(january.contains("41 (35–47)") && january.contains("12 (9–14)") && !january.contains("!"))
        #expect(february.contains("20 !") && february.contains("$30.0k !") && february.contains("$23.0k ($19.0k–$27.0k)"))
        #expect(lines.contains("  Win rate                  40.0% actual, 41.0% model"))
        #expect(lines.contains("  Holdout error (MAPE)      won 40.0%, bookings 23.3%"))
    }

    @Test func markdownEscapesTheSourceForATable() {
        let text = BacktestReport.markdown(Self.document)
        #expect(text.hasPrefix("## Back-test: deals\\|\\u001B.csv\n"))
        #expect(text.contains("| 2024-02* | 50 | 42 (36–48) | 20 ! | 12 (9–15) | $30.0k ! | $23.0k ($19.0k–$27.0k) |"))
        #expect(text.contains("| Months inside P10–P90 | won 100.0%, bookings 100.0% |"))
    }

    @Test func jsonWritesAMissingHoldoutAsNull() throws {
        var document = Self.document
        document.summary.holdoutError = nil
        document.summary.holdoutCoverage = nil
        let json = try BacktestReport.json(document)
        #expect(json.contains("\"holdoutError\" : null") && json.contains("\"holdoutCoverage\" : null"))
        #expect(try BacktestReport.json(Self.document).contains("\"holdoutError\" : {"))
    }
}
