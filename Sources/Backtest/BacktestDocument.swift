import Reports
import PushPullModel

/// A back-test's result and the JSON contract of `pushpull backtest --format json`: stable names for
/// scripts. Adding a field is allowed; renaming or removing one bumps `formatVersion`.
public struct BacktestDocument: Codable, Equatable, Sendable {
    public static let currentFormatVersion = 1

    public struct Window: Codable, Equatable, Sendable {
        /// `yyyy-MM`, first and last month replayed.
        public var from: String
        public var to: String
    }

    public struct Actual: Codable, Equatable, Sendable {
        public var opportunities: Int
        public var won: Int
        public var bookings: Double
    }

    public struct ModelBands: Codable, Equatable, Sendable {
        public var opportunities: Band
        public var won: Band
        public var bookings: Band
    }

    public struct Month: Codable, Equatable, Sendable {
        public var month: String
        /// True for the months forecast out of sample (`--holdout-months`).
        public var holdout: Bool
        public var actual: Actual
        public var model: ModelBands
    }

    /// A figure from the export beside the model's.
    public struct Comparison: Codable, Equatable, Sendable {
        public var actual: Double
        public var model: Double
    }

    /// Shares 0…1 of months, or mean absolute percentage errors as fractions.
    public struct WonAndBookings: Codable, Equatable, Sendable {
        public var won: Double
        public var bookings: Double
    }

    public struct Summary: Codable, Equatable, Sendable {
        /// In-sample months: won ÷ closed, and the model's won ÷ decided.
        public var winRate: Comparison
        /// In-sample months: actual mean, model mean of the monthly P50.
        public var wonPerMonth: Comparison
        public var meanWonDeal: Comparison
        /// Actual: mean created-to-won time of the calibration's won deals; model: open ÷ created a month.
        public var cycleMonths: Comparison
        /// Share of in-sample months whose actual lies inside the model's P10–P90.
        public var coverage: WonAndBookings
        /// Mean absolute percentage error of the P50 over the holdout months; nil without a holdout.
        @NullWhenAbsent public var holdoutError: WonAndBookings?
        /// Share of holdout months inside P10–P90; nil without a holdout.
        @NullWhenAbsent public var holdoutCoverage: WonAndBookings?
    }

    public var formatVersion: Int
    public var source: String
    public var currency: String
    public var paths: Int
    public var seed: UInt64
    public var window: Window
    public var months: [Month]
    public var summary: Summary
}
