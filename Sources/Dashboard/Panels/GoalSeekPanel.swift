import PushPullModel
import TerminalUI
import Theming

/// Goal seek (`g`): the smallest value of the selected lever (`↑`/`↓` pick it) that reaches the
/// chosen target (`x`), or "not reachable" with the best reached. `a` applies the answer, `u`
/// undoes it. Below, every value the search tried against the target line.
struct GoalSeekPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let goal = view.state.goal, dot = view.symbols.dot, s = view.symbols
        let found = view.results.goalSeek
        let title = "Goal seek \(dot) x target, Enter value \(dot) \(s.name(of: .up))/\(s.name(of: .down)) lever \(dot) a applies \(dot) g closes"
        let answer = found.flatMap { $0.goal == goal ? $0 : nil }
        let want = "\(goal.target.label) \(s.atLeast) \(targetText(goal.target, goal.value)) by \(goal.lever.label)"
        guard let body = AnalysisFrame(view: view).render(title: title, summary: [Span(want, style: view.theme[.title])],
                                                          hasAnswer: found != nil, into: &buffer, area: area),
              let found else { return }
        let (sentenceRow, chartArea) = body.splitTop(2)
        let shown = answer ?? found
        view.write(sentence(shown), in: sentenceRow.row(0), into: &buffer)
        let g = view.glyphs, theme = view.theme
        var points = shown.tried.map {
            ScatterPlot.Point(x: $0.lever, y: $0.reading, symbol: g.chartPoint,
                              style: theme[$0.reading >= shown.goal.value ? .good : .muted])
        }
        points.append(.init(x: shown.leverValue, y: shown.achieved, symbol: g.sliderMarker, style: theme[.selection]))
        let lever = shown.goal.lever, target = shown.goal.target, format = view.format
        ScatterPlot(points: points, referenceY: shown.goal.value,
                    formatX: { lever.isShare ? format.percent($0) : format.money($0) },
                    formatY: { target.isMoney ? format.money($0) : format.percent($0) },
                    axisStyle: theme[.muted], referenceStyle: theme[.warn], glyphs: g)
            .render(into: &buffer, area: chartArea.splitBottom(1).0)
        view.write(TextLine("\(g.border.horizontal)\(g.border.horizontal) target  \(g.sliderMarker) answer  \(g.chartPoint) tried "
                            + "\(dot) across: \(lever.label)", style: theme[.muted]), in: chartArea.splitBottom(1).1, into: &buffer)
    }

    private func targetText(_ target: GoalTarget, _ value: Double) -> String {
        target.isMoney ? view.format.money(value) : view.format.percent(value)
    }

    private func leverText(_ lever: Lever, _ value: Double) -> String {
        lever.isShare ? view.format.percent(value) : view.format.money(value)
    }

    private func sentence(_ found: GoalSeekResult) -> TextLine {
        let lever = found.goal.lever, target = found.goal.target
        let got = targetText(target, found.achieved), at = leverText(lever, found.leverValue)
        if found.reachable {
            return TextLine([Span("\(view.glyphs.sliderMarker) \(lever.label) \(at)", style: view.theme[.headline]),
                             Span(" reaches it: \(target.label) \(got) (now \(leverText(lever, view.state.levers[lever]))) \(view.symbols.dot) a applies",
                                  style: view.theme[.text])])
        }
        let range = "\(leverText(lever, found.range.lowerBound))\(view.symbols.rangeDash)\(leverText(lever, found.range.upperBound))"
        return TextLine([Span("Not reachable with \(lever.label) in \(range)", style: view.theme[.warn]),
                         Span(": best \(got) at \(at)", style: view.theme[.text])])
    }
}
