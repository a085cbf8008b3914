import Presentation
import PushPullModel

/// `pushpull compare`: two scenarios' levers, headline figures and gauges side by side.
public enum ComparisonReport {
    public struct Row: Codable, Equatable, Sendable {
        public var name: String
        public var a: Double
        public var b: Double
        public var difference: Double
        @NullWhenAbsent public var rangeA: Band?
        @NullWhenAbsent public var rangeB: Band?
    }

    public struct Document: Codable, Equatable, Sendable {
        public var a: String
        public var b: String
        public var paths: Int
        public var seed: UInt64
        public var differs: Bool
        public var rows: [Row]
    }

    public static func document(_ comparison: ScenarioComparison) -> Document {
        Document(a: comparison.nameA, b: comparison.nameB, paths: comparison.forecastA.paths, seed: comparison.forecastA.seed,
                 differs: comparison.hasDifferences,
                 rows: comparison.rows.map {
                     Row(name: $0.figure.name, a: $0.a, b: $0.b, difference: $0.difference, rangeA: $0.bandA, rangeB: $0.bandB)
                 })
    }

    /// A figure's value for people: levers in their unit, gauges as the gauges read, money with ranges.
    public static func valueText(_ row: ComparisonRow, side: KeyPath<ComparisonRow, Double>, horizon: Int, currency: String) -> String {
        let value = row[keyPath: side]
        switch row.figure {
        case .lever(let lever): return LeverText.value(lever, value, currency: currency)
        case .gauge(let id): return NumberFormat.gauge(id.gauge(value), horizon: horizon)
        default:
            let band = side == \ComparisonRow.a ? row.bandA : row.bandB
            let money = { NumberFormat.money($0, currency: currency) }
            return band.map { "\(money($0.p50)) (\(money($0.p10))–\(money($0.p90)))" } ?? money(value)
        }
    }

    /// The change from A to B, signed in the figure's unit; `=` when there is none.
    public static func differenceCell(_ row: ComparisonRow) -> AnalysisTable.Cell {
        switch row.figure {
        case .lever(let lever): lever.isShare ? .shareChange(row.difference) : .moneyChange(row.difference)
        case .gauge(let id): id.unit == .probability ? .shareChange(row.difference) : .numberChange(row.difference, digits: 2)
        default: .moneyChange(row.difference)
        }
    }

    public static func table(_ comparison: ScenarioComparison, currency: String) -> AnalysisTable {
        let horizon = comparison.forecastA.horizonMonths
        let rows: [[AnalysisTable.Cell]] = comparison.rows.map { row in
            [.text(row.figure.label), .text(valueText(row, side: \.a, horizon: horizon, currency: currency)),
             .text(valueText(row, side: \.b, horizon: horizon, currency: currency)), differenceCell(row)]
        }
        let verdict = comparison.hasDifferences ? "B − A in the last column; = marks no difference."
            : "No difference: the two scenarios give the same figures."
        return AnalysisTable(
            title: "Compare A: \(comparison.nameA) with B: \(comparison.nameB)",
            notes: ["\(horizon) months, \(comparison.forecastA.paths) paths, seed \(comparison.forecastA.seed) for both. " + verdict],
            header: ["Figure", "A", "B", "B − A"], rows: rows, currency: currency)
    }
}
