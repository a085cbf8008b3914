import PushPullModel
import TerminalUI
import Theming

/// Return against risk for every push share (`f`): each share a point, ARR P50 up, the chosen
/// risk across (`x` changes it). Points no other share beats on both are the frontier (`●`);
/// the rest are dots, the current balance `◆`, the best within the limits `▲`, and shares over
/// the risk limits `×` in the alert colour. Wide screens add the push share × handoff map.
struct FrontierPanel: Widget {
    let view: DashboardView

    private static let mapColumnWidth = 3, mapMinimumWidth = 100

    func render(into buffer: inout Buffer, area: Rect) {
        let risk = view.state.analysisChoices.riskMeasure, dot = view.symbols.dot
        let frontier = view.results.frontier
        let title = "Frontier \(dot) ARR P50 against \(risk.label) \(dot) x: risk \(dot) f closes"
        guard let body = AnalysisFrame(view: view).render(title: title, summary: summary(frontier, risk: risk),
                                                          hasAnswer: frontier != nil, into: &buffer, area: area),
              let frontier else { return }
        let mapWidth = 6 + Self.mapColumnWidth * (frontier.map?.pushShares.count ?? 0)
        let showMap = frontier.map != nil && body.width >= Self.mapMinimumWidth
        let (chartArea, mapArea) = showMap ? body.splitLeft(body.width - mapWidth - 2) : (body, Rect(x: 0, y: 0, width: 0, height: 0))
        let (plotArea, legend) = chartArea.splitBottom(1)
        chart(frontier, risk: risk).render(into: &buffer, area: plotArea)
        let g = view.glyphs
        view.write(TextLine([
            Span("\(g.sliderKnob) frontier  ", style: view.theme[.headline]), Span("\(g.chartGhostPoint) beaten  ", style: view.theme[.muted]),
            Span("\(g.sliderMarker) current  ", style: view.theme[.selection]), Span("\(g.arrowUp) best  ", style: view.theme[.good]),
            Span("\(view.symbols.times) over limits", style: view.theme[.alert]), Span("  \(dot) across: \(risk.label)", style: view.theme[.muted]),
        ]), in: legend, into: &buffer)
        if showMap, let map = frontier.map { drawMap(map, current: view.state.levers, into: &buffer, area: mapArea.splitLeft(2).1) }
    }

    private func summary(_ frontier: Frontier?, risk: RiskMeasure) -> [Span] {
        guard let frontier else { return [] }
        let current = frontier.current, dot = view.symbols.dot
        var text = "Now push \(view.format.percent(current.pushShare)): \(view.format.money(current.arrP50)), \(riskText(current.risks[risk], risk))"
        if let best = frontier.best {
            text += " \(dot) best within limits: push \(view.format.percent(best.pushShare)), \(view.format.money(best.arrP50))"
        } else {
            text += " \(dot) no push share meets the limits"
        }
        return [Span(text, style: view.theme[.text])]
    }

    private func riskText(_ value: Double, _ risk: RiskMeasure) -> String {
        risk.isMoney ? view.format.money(value) : view.format.percent(value)
    }

    private func chart(_ frontier: Frontier, risk: RiskMeasure) -> ScatterPlot {
        let efficient = frontier.efficient(on: risk), theme = view.theme, g = view.glyphs
        var points = zip(frontier.points, efficient).map { point, isEfficient in
            // Over the limits reads without colour too: a cross instead of a dot.
            ScatterPlot.Point(x: point.risks[risk], y: point.arrP50,
                              symbol: isEfficient ? g.sliderKnob : point.meetsLimits ? g.chartGhostPoint : view.symbols.times,
                              style: theme[!point.meetsLimits ? .alert : isEfficient ? .headline : .muted])
        }
        if let best = frontier.best {
            points.append(.init(x: best.risks[risk], y: best.arrP50, symbol: g.arrowUp, style: theme[.good]))
        }
        points.append(.init(x: frontier.current.risks[risk], y: frontier.current.arrP50, symbol: g.sliderMarker, style: theme[.selection]))
        let format = view.format
        // The curve through every share in order, so the points read as one path from 0% to 100% push.
        let line = frontier.points.map { (x: $0.risks[risk], y: $0.arrP50) }
        return ScatterPlot(points: points, line: line, lineStyle: theme[.baseline],
                           formatX: { risk.isMoney ? format.money($0) : format.percent($0) },
                           formatY: { format.money($0) }, axisStyle: theme[.muted], glyphs: g)
    }

    /// Handoff down, push share across, each cell shaded by its ARR within the map's range;
    /// the cell nearest today's levers reversed.
    private func drawMap(_ map: BalanceHandoffMap, current: Levers, into buffer: inout Buffer, area: Rect) {
        let theme = view.theme, shades = [" "] + view.glyphs.shades
        let values = map.arrP50.flatMap { $0 }
        guard let low = values.min(), let high = values.max(), area.height >= 4 else { return }
        view.write(TextLine("ARR by handoff \(view.glyphs.arrowDown) and push \(view.glyphs.arrowRight) (\(map.paths) paths)",
                            style: theme[.muted]), in: area.row(0), into: &buffer)
        let nearest = { (values: [Double], target: Double) in values.indices.min { abs(values[$0] - target) < abs(values[$1] - target) } }
        let currentRow = nearest(map.handoffs, current.handoff), currentColumn = nearest(map.pushShares, current.pushShare)
        let rows = min(map.handoffs.count, area.height - 3)
        for (index, handoff) in map.handoffs.prefix(rows).enumerated() {
            let y = area.y + 1 + index
            buffer.write(view.format.percent(handoff), x: area.x, y: y, style: theme[.muted], maxWidth: 5)
            for (column, value) in map.arrP50[index].enumerated() {
                let level = high > low ? Int(((value - low) / (high - low) * Double(shades.count - 1)).rounded()) : shades.count - 1
                let here = index == currentRow && column == currentColumn
                let cell = String(repeating: shades[level], count: Self.mapColumnWidth)
                buffer.write(cell, x: area.x + 6 + column * Self.mapColumnWidth, y: y,
                             style: here ? theme[.selection] : theme[.headline])
            }
        }
        let axis = area.y + 1 + rows
        buffer.write("push 0%", x: area.x + 6, y: axis, style: theme[.muted])
        buffer.write("100%", x: area.x + 6 + Self.mapColumnWidth * map.pushShares.count - 4, y: axis, style: theme[.muted])
        view.write(TextLine("light \(view.format.money(low)) \(view.symbols.rangeDash) dark \(view.format.money(high))", style: theme[.muted]),
                   in: Rect(x: area.x, y: axis + 1, width: area.width, height: 1), into: &buffer)
    }
}
