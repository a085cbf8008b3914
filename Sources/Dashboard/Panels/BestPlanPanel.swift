import PushPullModel
import TerminalUI
import Theming

/// The best plan (`m`): beside the best balance alone, the push share, handoff, executive focus
/// and quota pressure searched together (coordinate search over the same paths), each lever
/// now and suggested, the figures they give, and the limit that binds. `a` applies the plan,
/// `u` undoes it.
struct BestPlanPanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let dot = view.symbols.dot
        let plan = view.results.bestPlan
        let summary = plan.map { [Span(verdict($0), style: view.theme[$0.meetsLimits ? .good : .warn])] } ?? []
        guard let body = AnalysisFrame(view: view).render(title: "Best plan \(dot) a applies, u undoes \(dot) m closes", summary: summary,
                                                          hasAnswer: plan != nil, into: &buffer, area: area),
              let plan else { return }
        let theme = view.theme, format = view.format, levers = view.state.levers
        let now = view.forecast
        var rows: [[String]] = BestPlanSearch.levers.map { lever in
            let change = format.pointChange(from: levers[lever], to: plan.levers[lever])
            return [lever.label, format.percent(levers[lever]), format.percent(plan.levers[lever]), change]
        }
        rows.append(["", "", "", ""])
        rows.append(["Horizon ARR P50", now.map { format.money($0.arrAtHorizon.p50) } ?? "", format.money(plan.arrP50),
                     now.map { format.moneyChange(plan.arrP50 - $0.arrAtHorizon.p50) } ?? ""])
        for (label, id, value) in [("P(miss target)", GaugeID.targetMiss, plan.targetMiss), ("P(cash < 0)", .cashShortfall, plan.cashShortfall)] {
            let today = now?.gauge(id)?.value
            rows.append([label, today.map(format.percent) ?? "", format.percent(value), today.map { format.pointChange(from: $0, to: value) } ?? ""])
        }
        let width = min(body.width, 72)
        Table(columns: [.init("", width: width - 36), .init("Now", width: 11, alignment: .right), .init("Plan", width: 11, alignment: .right),
                        .init("Change", width: 10, alignment: .right)],
              rows: rows, headerStyle: theme[.muted], rowStyle: theme[.text], glyphs: view.glyphs)
            .render(into: &buffer, area: Rect(x: body.x, y: body.y, width: width, height: min(body.height, rows.count + 1)))
        let notes = body.splitTop(rows.count + 2).1
        view.write(TextLine("Budget and partner share stay as they are \(dot) \(plan.evaluated) plans run over the same "
                            + "\(plan.paths) paths \(dot) now: the forecast on screen", style: theme[.muted]),
                   in: notes.row(0), into: &buffer)
    }

    private func verdict(_ plan: BestPlan) -> String {
        let binding = plan.bindingLimit.map { " \(view.symbols.dot) \($0.label) limit binds" } ?? ""
        return (plan.meetsLimits ? "Within the risk limits" : "No plan meets the limits: the least risky found") + binding
    }
}
