import CRMImport
import Foundation
import PushPullModel

/// Replays an export's own months in the model, from the state the export shows at the window's
/// start, and sets the model's bands beside what happened: the test a calibration must pass before
/// anyone trusts its forecast.
public struct Backtest: Sendable {
    /// The scenario replayed, starting at the window's start.
    public var scenario: Scenario
    /// The export read whole, for the actual months.
    public var export: Calibration
    /// The export as fitted: whole, or without the holdout months.
    public var calibration: Calibration
    public var window: ClosedRange<YearMonth>
    public var holdoutMonths: Int
    /// The model's months, one per window month.
    public var model: [ModelMonth]

    /// The months a window needs: three to replay at all, two to calibrate on besides a holdout.
    public static let minimumMonths = 3
    public static let minimumCalibrationMonths = 2

    /// Reads the export at `path`, fits a scenario on its months but the last `holdoutMonths` (or takes
    /// `scenario` as given), and replays the whole window.
    public init(csvFileAt path: String, importOptions: ImportOptions = ImportOptions(), fitOptions: FitOptions = FitOptions(),
                scenario given: Scenario? = nil, base: Scenario = .example, holdoutMonths: Int = 0,
                paths: Int? = nil, seed: UInt64? = nil) throws(BacktestError) {
        let source = URL(fileURLWithPath: path).lastPathComponent
        let export = try Self.read(path, importOptions)
        let history = export.history
        guard let window = history.replayWindow else {
            throw .tooShort(source: source, months: 0, needed: Self.minimumMonths, holdout: holdoutMonths)
        }
        let start = window.lowerBound, end = window.upperBound
        let months = end.index - start.index + 1
        let needed = max(Self.minimumMonths, holdoutMonths + Self.minimumCalibrationMonths)
        guard months >= needed else { throw .tooShort(source: source, months: months, needed: needed, holdout: holdoutMonths) }

        var cutOff = importOptions
        cutOff.lastMonth = end.adding(months: -holdoutMonths)
        let calibration = holdoutMonths > 0 ? try Self.read(path, cutOff) : export
        var parameters: Scenario
        if let given {
            parameters = given
        } else {
            var options = fitOptions
            if let seed { options.seed = seed }
            let fitted = HistoryFit(calibration: calibration, scenario: calibration.calibrate(base, budget: fitOptions.budget).scenario,
                                    options: options)
            parameters = fitted?.parameters ?? calibration.apply(to: base)
            // The fit runs few paths for speed; the replay shown runs as many as the base scenario.
            parameters.simulation.paths = base.simulation.paths
        }
        // The export's amounts carry no currency: shown bare unless a flag or the given scenario names one.
        parameters.finance.currency = fitOptions.currency ?? given?.finance.currency ?? ""
        if let paths { parameters.simulation.paths = paths }
        if let seed { parameters.simulation.seed = seed }
        let replayed = parameters.starting(at: start, history: history, months: months)
        let forecast: Forecast
        do {
            forecast = try MonteCarlo.run(replayed)
        } catch {
            throw .invalidScenario("\(error)")
        }
        self.scenario = replayed
        self.export = export
        self.calibration = calibration
        self.window = start...end
        self.holdoutMonths = holdoutMonths
        self.model = forecast.crmMonths
    }

    private static func read(_ path: String, _ options: ImportOptions) throws(BacktestError) -> Calibration {
        do {
            return try Calibration(csvFileAt: path, options: options)
        } catch let error as CRMImportError {
            throw .unreadableExport(error)
        } catch {
            throw .unreadableExport(.cannotRead(reason: "\(error)"))
        }
    }

    /// The window's months from the export, in order.
    public var actual: [MonthActivity] { export.history.months(from: window.lowerBound, through: window.upperBound) }

    /// Whether the window's `index`-th month is held out.
    public func isHoldout(_ index: Int) -> Bool { index >= model.count - holdoutMonths }
}
