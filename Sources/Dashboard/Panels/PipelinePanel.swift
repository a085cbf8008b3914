import PushPullModel
import TerminalUI
import Theming

/// Accounts in each stage at the month cursor as a table: a bar split into push and
/// pull (told apart by fill as well as colour), the counts and the stage's conversion,
/// with a line where sales meets the buyer when there is room for it.
struct PipelinePanel: Widget {
    let view: DashboardView

    func render(into buffer: inout Buffer, area: Rect) {
        let stages = view.state.scenario.stages
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        let forecast = view.forecast
        let owned = forecast?.salesOwnedStages ?? []
        let handoff = stages.indices.first { $0 > 0 && $0 < owned.count && owned[$0] && !owned[$0 - 1] }
        // Header and handoff line each take a row; a short panel gives up the line, then the header.
        let showHeader = inner.height >= stages.count + 1
        let handoffRow = inner.height >= stages.count + 2 ? handoff : nil
        let month = inner.width >= 46 ? "\(view.symbols.dot) month \(view.state.monthCursor)" : "m\(view.state.monthCursor)"
        let handoffNote = handoff != nil && handoffRow == nil ? " \(view.symbols.dot) sales from \(stages[handoff!].name)" : ""
        let panel = view.panel("\(FocusPanel.pipeline.title) \(month)\(handoffNote)", focused: view.state.focus == .pipeline)

        if let forecast, let load = view.cursorMonth?.meanPipeline {
            let table = self.table(stages: stages, load: load, handoffRow: handoffRow, width: inner.width)
            // Without room for the header, the table starts a row up and the frame drawn over it hides the header.
            let tableArea = showHeader ? inner : Rect(x: inner.x, y: inner.y - 1, width: inner.width, height: inner.height + 1)
            table.render(into: &buffer, area: tableArea)
            if showHeader {
                view.paintSwatches([(view.glyphs.barPrimary.full, view.theme[.push]), (view.glyphs.barSecondary.full, view.theme[.pull])],
                                   in: tableArea.row(0), into: &buffer)
            }
            // One scale for every month, so bars grow and shrink while the months play.
            let scale = forecast.months.flatMap { $0.meanPipeline.map(\.total) }.max() ?? 0
            let barX = inner.x + table.columns[0].width + 1, barWidth = table.columns[1].width
            for (index, stageLoad) in load.enumerated() {
                let row = tableArea.y + 1 + index + (handoffRow.map { index >= $0 ? 1 : 0 } ?? 0)
                guard row < inner.bottom else { break }
                HorizontalBar(segments: [
                    // Whole cells for push, so the pull fill follows without a gap.
                    .init(value: stageLoad.push, fill: .init(whole: view.glyphs.barPrimary.full), style: view.theme[.push]),
                    .init(value: stageLoad.pull, fill: view.glyphs.barSecondary, style: view.theme[.pull]),
                ], maximum: scale).render(into: &buffer, area: Rect(x: barX, y: row, width: barWidth, height: 1))
            }
            if let handoffRow { drawHandoffLine(into: &buffer, in: tableArea.row(1 + handoffRow)) }
            // One blank row under the table, then the sales team: when capacity binds, the room
            // sees the queue it causes instead of deals that silently vanish.
            let noteRow = 2 + stages.count + (handoffRow == nil ? 0 : 1)
            if let month = view.cursorMonth, tableArea.y + noteRow < inner.bottom {
                view.write(TextLine(capacityNote(month), style: view.theme[.muted]), in: tableArea.row(noteRow), into: &buffer)
                // Below, when there is room, what each stage did this month: a stage deals cross
                // within the month is empty at its end, and would otherwise seem to do nothing.
                let flowArea = Rect(x: inner.x, y: tableArea.y + noteRow + 2, width: inner.width,
                                    height: inner.bottom - (tableArea.y + noteRow + 2))
                if flowArea.height >= stages.count + 1 { flowTable(stages: stages, month: month).render(into: &buffer, area: flowArea) }
                // Taller still, the month's drivers: sellers, customers, churn, cash, opportunities.
                let driversArea = flowArea.splitTop(stages.count + 2).1
                if driversArea.height >= DriversTable.height { DriversTable(view: view).render(into: &buffer, area: driversArea) }
            }
        }
        panel.render(into: &buffer, area: area)
    }

    /// Stage, bar, figures: push and pull counts on a wide panel, their total on a narrow one.
    private func table(stages: [Stage], load: [StageLoad], handoffRow: Int?, width: Int) -> Table {
        let wide = width >= 46
        let nameWidth = min(12, max(5, stages.map { DisplayWidth.of($0.name) }.max() ?? 0))
        let figures: [Table.Column] = wide
            ? [.init("push", width: 5, alignment: .right), .init("pull", width: 5, alignment: .right)]
            : [.init("accts", width: 5, alignment: .right)]
        let figuresWidth = figures.count * 6 + 5
        let columns = [Table.Column("Stage", width: nameWidth),
                       Table.Column("\(view.glyphs.barPrimary.full) push \(view.glyphs.barSecondary.full) pull",
                                    width: max(0, width - nameWidth - 1 - figuresWidth))]
            + figures + [Table.Column("conv", width: 4, alignment: .right)]
        var rows: [[String]] = zip(stages, load).map { stage, load in
            // The total is the sum of the counts as shown, so 54 and 20 at 120 columns are 74 at 80.
            let counts = wide ? [count(load.push), count(load.pull)] : [String(rounded(load.push) + rounded(load.pull))]
            return [stage.name, ""] + counts + [view.format.percent(stage.conversion)]
        }
        if let handoffRow { rows.insert([], at: handoffRow) }
        return Table(columns: columns, rows: rows, headerStyle: view.theme[.muted], rowStyle: view.theme[.text],
                     glyphs: view.glyphs)
    }

    /// `Month 12 flow   entered  advanced  lost` and a row per stage (the last stage advances by winning).
    private func flowTable(stages: [Stage], month: MonthForecast) -> Table {
        let nameWidth = min(12, max(5, stages.map { DisplayWidth.of($0.name) }.max() ?? 0))
        let columns = [Table.Column("Month \(month.month) flow", width: max(nameWidth, 14)),
                       Table.Column("entered", width: 8, alignment: .right), Table.Column("advanced", width: 8, alignment: .right),
                       Table.Column("lost", width: 6, alignment: .right)]
        let rows = zip(stages.indices, month.meanFlows).map { index, flow in
            [stages[index].name, count(flow.entered), index == stages.count - 1 ? "\(count(flow.advanced)) won" : count(flow.advanced),
             count(flow.lost)]
        }
        return Table(columns: columns, rows: rows, headerStyle: view.theme[.muted], rowStyle: view.theme[.text], glyphs: view.glyphs)
    }

    private func count(_ value: Double) -> String { String(rounded(value)) }
    private func rounded(_ value: Double) -> Int { Int(value.rounded()) }

    private func capacityNote(_ month: MonthForecast) -> String {
        let sellers = String(format: "%.1f sellers", month.sellers)
        let waiting = Int(month.meanWaitingForSeller.rounded())
        return waiting > 0 ? "\(sellers) \(view.symbols.dot) \(waiting) deals wait for a seller" : "\(sellers) \(view.symbols.dot) no deal waits for a seller"
    }

    private func drawHandoffLine(into buffer: inout Buffer, in row: Rect) {
        guard !row.isEmpty else { return }
        let style = view.theme[.muted]
        for x in row.x..<row.right { buffer[x, row.y] = Cell(view.symbols.handoffRule, style: style) }
        view.write(TextLine(" sales meets buyer ", style: style, alignment: .center), in: row, into: &buffer)
    }
}
