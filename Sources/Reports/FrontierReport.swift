import PushPullModel

/// `pushpull frontier`: every push share's ARR against the chosen risk, the efficient ones marked.
public enum FrontierReport {
    public struct Point: Codable, Equatable, Sendable {
        public var pushShare: Double
        public var arrP50: Double
        public var risk: Double
        public var efficient: Bool
        public var meetsLimits: Bool
    }

    public struct Document: Encodable, Equatable {
        public var risk: String
        public var paths: Int
        public var points: [Point]
        public var current: Point
        @NullWhenAbsent public var best: Point?
        @NullWhenAbsent public var map: Map?
    }

    /// The push share × handoff map: `arrP50[row]` for `handoffs[row]`.
    public struct Map: Codable, Equatable, Sendable {
        public var pushShares: [Double]
        public var handoffs: [Double]
        public var arrP50: [[Double]]
        public var paths: Int
    }

    public static func document(_ frontier: Frontier, risk: RiskMeasure) -> Document {
        let efficient = frontier.efficient(on: risk)
        func point(_ p: FrontierPoint, efficient: Bool) -> Point {
            Point(pushShare: p.pushShare, arrP50: p.arrP50, risk: p.risks[risk], efficient: efficient, meetsLimits: p.meetsLimits)
        }
        let points = zip(frontier.points, efficient).map { point($0, efficient: $1) }
        let current = points.first { $0.pushShare == frontier.current.pushShare }
            ?? point(frontier.current, efficient: !frontier.points.contains { frontier.current.isDominated(by: $0, on: risk) })
        let best = frontier.best.flatMap { best in points.first { $0.pushShare == best.pushShare } }
        let map = frontier.map.map { Map(pushShares: $0.pushShares, handoffs: $0.handoffs, arrP50: $0.arrP50, paths: $0.paths) }
        return Document(risk: risk.rawValue, paths: frontier.paths, points: points, current: current, best: best, map: map)
    }

    public static func table(_ frontier: Frontier, risk: RiskMeasure, currency: String) -> AnalysisTable {
        let document = document(frontier, risk: risk)
        let riskCell = { (value: Double) -> AnalysisTable.Cell in
            risk.isMoney ? .money(value) : .share(value)
        }
        let rows: [[AnalysisTable.Cell]] = document.points.map { p in
            var marks: [String] = []
            if p.efficient { marks.append("frontier") }
            if p.pushShare == document.current.pushShare { marks.append("current") }
            if p.pushShare == document.best?.pushShare { marks.append("best") }
            if !p.meetsLimits { marks.append("over limits") }
            return [.share(p.pushShare), .money(p.arrP50), riskCell(p.risk), .text(marks.joined(separator: ", "))]
        }
        var notes = ["Horizon ARR P50 against \(risk.label), \(frontier.paths) paths per point, common random numbers."]
        if !document.points.contains(where: { $0.pushShare == document.current.pushShare }) {
            notes.append("Current push share \(Int((document.current.pushShare * 100).rounded()))% is between grid points.")
        }
        return AnalysisTable(title: "Frontier: return against risk by push share", notes: notes,
                             header: ["Push share", "ARR P50", risk.label, "Marks"], rows: rows, currency: currency)
    }

    /// The push share × handoff map as rows of handoffs.
    public static func mapTable(_ map: BalanceHandoffMap, currency: String) -> AnalysisTable {
        AnalysisTable(
            title: "Horizon ARR P50 by handoff (rows) and push share (columns)",
            notes: ["\(map.paths) paths per cell: differences under about 2% are noise."],
            header: ["Handoff"] + map.pushShares.map { "\(Int(($0 * 100).rounded()))%" },
            rows: zip(map.handoffs, map.arrP50).map { handoff, row in [.share(handoff)] + row.map { .money($0) } },
            currency: currency)
    }
}
