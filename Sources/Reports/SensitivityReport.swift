import Presentation
import PushPullModel

/// `pushpull sensitivity`: the tornado as rows, largest swing first.
public enum SensitivityReport {
    public struct Side: Codable, Equatable, Sendable {
        public var value: Double
        public var metric: Double
    }

    public struct Row: Codable, Equatable, Sendable {
        public var name: String
        public var low: Side
        public var high: Side
        public var swing: Double
    }

    public struct Document: Codable, Equatable, Sendable {
        public var metric: String
        public var base: Double
        public var paths: Int
        /// Shares move by this many points (0.10: 10 points), the rest by this fraction.
        public var shareStep: Double
        public var relativeStep: Double
        public var rows: [Row]
    }

    public static func document(_ sensitivity: Sensitivity, metric: SensitivityMetric) -> Document {
        Document(
            metric: metric.rawValue, base: sensitivity.base[metric] ?? 0, paths: sensitivity.paths,
            shareStep: sensitivity.steps.share, relativeStep: sensitivity.steps.relative,
            rows: sensitivity.sorted(by: metric).map { row in
                Row(name: row.factor.name, low: Side(value: row.low.value, metric: row.low[metric]),
                    high: Side(value: row.high.value, metric: row.high[metric]), swing: row.swing(metric))
            })
    }

    /// A factor's value: a lever in its unit, a parameter as its multiplier (×0.80).
    public static func valueCell(_ factor: SensitivityFactor, _ value: Double) -> AnalysisTable.Cell {
        guard case .lever(let lever) = factor else { return .text("×" + NumberFormat.fixed(value, digits: 2)) }
        return lever.isShare ? .share(value) : .money(value)
    }

    public static func table(_ sensitivity: Sensitivity, metric: SensitivityMetric, currency: String) -> AnalysisTable {
        let metricCell = { (value: Double) -> AnalysisTable.Cell in metric.isMoney ? .money(value) : .share(value) }
        let changeCell = { (value: Double) -> AnalysisTable.Cell in metric.isMoney ? .moneyChange(value) : .shareChange(value) }
        let base = sensitivity.base[metric] ?? 0
        let rows: [[AnalysisTable.Cell]] = sensitivity.sorted(by: metric).map { row in
            [.text(row.factor.label), valueCell(row.factor, row.low.value), changeCell(row.low[metric] - base),
             valueCell(row.factor, row.high.value), changeCell(row.high[metric] - base), metricCell(row.swing(metric))]
        }
        let steps = sensitivity.steps
        return AnalysisTable(
            title: "Sensitivity of \(metric.label)",
            notes: ["Base \(metricCell(base).readable(currency: currency)); "
                    + "shares moved ±\(Int((steps.share * 100).rounded())) points, budget and parameters ±\(Int((steps.relative * 100).rounded()))%; "
                    + "\(sensitivity.paths) paths, common random numbers: the bars are effects, not noise."],
            header: ["Factor", "Low", "Change", "High", "Change", "Swing"], rows: rows, currency: currency)
    }
}
