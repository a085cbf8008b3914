import Backtest
import CRMImport
import Dashboard
import Foundation
import PushPullModel

/// `--backtest EXPORT.csv` for the dashboard and the snapshot: the scenario shown, replayed over the
/// export's months from the export's own state, for the `B` view.
enum PastReplayLoader {
    static func load(csvFile: String, scenario: Scenario) throws -> PastReplay {
        let backtest: Backtest
        do {
            backtest = try Backtest(csvFileAt: csvFile, scenario: scenario)
        } catch .unreadableExport(let error) {
            throw CommandFailure(error, file: csvFile)
        } catch {
            throw CommandFailure(.dataError, error.description)
        }
        let document = backtest.document
        return PastReplay(source: document.source, months: document.months.map(\.month),
                          actualWon: document.months.map { Double($0.actual.won) }, modelWon: document.months.map(\.model.won),
                          coverage: document.summary.coverage.won)
    }
}
