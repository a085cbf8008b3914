import Presentation
import PushPullModel
import TerminalUI
import Theming

/// The six investment levers in a panel. The balance comes first as one bar split into
/// push and pull (told apart by fill as well as colour), with the best balance's mark
/// on it and its figure in the title; every other lever is a label row and a slider row.
struct LeversPanel: Widget {
    let view: DashboardView

    static func height(leverCount: Int = Lever.allCases.count) -> Int { 2 + 1 + 2 * (leverCount - 1) }

    func render(into buffer: inout Buffer, area: Rect) {
        // "Investment levers" when it fits beside the best balance, "Levers" on a narrow panel.
        let name = area.width >= 40 ? FocusPanel.levers.title : "Levers"
        let panel = view.panel("\(name) \(view.symbols.dot) \(bestBalanceText)", focused: view.state.focus == .levers)
        panel.render(into: &buffer, area: area)
        let inner = panel.inner(area)
        drawBalance(into: &buffer, in: inner.row(0))
        for (index, lever) in Lever.allCases.dropFirst().enumerated() {
            drawLever(lever, into: &buffer, label: inner.row(1 + 2 * index), track: inner.row(2 + 2 * index))
        }
    }

    /// Where a lever's value is drawn as a position in the panel at `area`: the balance's bar or a
    /// slider's track, with the range it spans. Drawing and the mouse share it.
    func valueTrack(of lever: Lever, in area: Rect) -> (area: Rect, range: ClosedRange<Double>) {
        let inner = Panel().inner(area)
        guard let index = Lever.allCases.firstIndex(of: lever), index > 0 else { return (balanceBar(in: inner.row(0)), 0...1) }
        return (Self.sliderArea(in: inner.row(2 * index)), sliderRange(of: lever))
    }

    /// The rows a lever takes in the panel at `area` (label and track; the balance has one).
    func rows(of lever: Lever, in area: Rect) -> [Rect] {
        let inner = Panel().inner(area)
        guard let index = Lever.allCases.firstIndex(of: lever), index > 0 else { return [inner.row(0)] }
        return [inner.row(2 * index - 1), inner.row(2 * index)]
    }

    /// The bar between `Push 70% ` and ` Pull 30%` in the balance's row.
    private func balanceBar(in row: Rect) -> Rect {
        let shares = NumberFormat.balance(pushShare: view.state.levers.pushShare)
        let rest = row.splitLeft(2).1
        let afterPush = rest.splitLeft(DisplayWidth.of("Push \(shares.push) ")).1
        return afterPush.splitLeft(afterPush.width - DisplayWidth.of(" Pull \(shares.pull)")).0
    }

    /// A slider's track in its row: after the gutter, before the change column.
    private static func sliderArea(in track: Rect) -> Rect { track.splitLeft(2).1.splitLeft(track.width - 2 - 9).0 }

    /// `▶ Push 70% ████████◆███▒▒▒▒ Pull 30%`: the gutter shows the selection, the `◆` the best balance.
    func drawBalance(into buffer: inout Buffer, in row: Rect) {
        guard !row.isEmpty else { return }
        let theme = view.theme, glyphs = view.glyphs
        let push = view.state.levers.pushShare, shares = NumberFormat.balance(pushShare: push)
        let (gutter, rest) = row.splitLeft(2)
        drawGutter(selected: view.state.selectedLever == .pushShare, into: &buffer, in: gutter)
        let pushText = TextLine("Push \(shares.push) ", style: theme[.push])
        let pullText = TextLine(" Pull \(shares.pull)", style: theme[.pull], alignment: .right)
        let bar = balanceBar(in: row)
        let pushArea = Rect(x: rest.x, y: row.y, width: bar.x - rest.x, height: 1)
        let pullArea = Rect(x: bar.right, y: row.y, width: rest.right - bar.right, height: 1)
        view.write(pushText, in: pushArea, into: &buffer)
        view.write(pullText, in: pullArea, into: &buffer)
        // Whole cells for push, so the two fills meet cleanly (a partial cell would leave a gap).
        HorizontalBar(segments: [
            .init(value: push, fill: .init(whole: glyphs.barPrimary.full), style: theme[.push]),
            .init(value: 1 - push, fill: glyphs.barSecondary, style: theme[.pull]),
        ], maximum: 1).render(into: &buffer, area: bar)
        // No mark when no balance meets the limits: the least risky one is no recommendation.
        if case .found(let best) = view.results.bestBalance, best.meetsLimits, bar.width > 0 {
            // The bar has no marker of its own; the mark sits where a slider over 0…1 would put it.
            let column = Slider(value: best.pushShare, range: 0...1).column(of: best.pushShare, width: bar.width)
            buffer[bar.x + column, bar.y] = Cell(glyphs.sliderMarker, style: theme[.good])
        }
    }

    /// A lever's name and value on `label`, its slider and change against the baseline on `track`.
    func drawLever(_ lever: Lever, into buffer: inout Buffer, label: Rect, track: Rect) {
        guard !label.isEmpty else { return }
        let theme = view.theme
        let isSelected = lever == view.state.selectedLever
        let labelStyle = theme[isSelected ? .selection : .text]
        let (gutter, text) = label.splitLeft(2)
        drawGutter(selected: isSelected, into: &buffer, in: gutter)
        if isSelected { buffer.setStyle(labelStyle, in: text) }
        let value = TextLine(valueText(lever) + " ", style: labelStyle)
        let (name, valueArea) = text.splitLeft(text.width - value.width)
        view.write(TextLine(lever.label, style: labelStyle), in: name, into: &buffer)
        view.write(value, in: valueArea, into: &buffer)
        guard !track.isEmpty else { return }
        // The change against the baseline sits at the end of the track, clear of the label.
        let change = TextLine(changeText(lever) + " ", style: theme[.muted], alignment: .right)
        let slider = Self.sliderArea(in: track), changeArea = track.splitLeft(2).1.splitLeft(track.width - 2 - 9).1
        Slider(value: view.state.levers[lever], range: sliderRange(of: lever), selected: isSelected,
               trackStyle: theme[isSelected ? .borderFocused : .border], knobStyle: theme[.headline],
               glyphs: view.glyphs).render(into: &buffer, area: slider)
        view.write(change, in: changeArea, into: &buffer)
    }

    /// `▶` before the selected lever, in the selection's style, so selection shows without colour.
    private func drawGutter(selected: Bool, into buffer: inout Buffer, in gutter: Rect) {
        guard selected else { return }
        view.write(TextLine(view.glyphs.focusMarker + " ", style: view.theme[.selection]), in: gutter, into: &buffer)
    }

    var bestBalanceText: String {
        let mark = view.glyphs.sliderMarker
        return switch view.results.bestBalance {
        case .computing: "\(mark) best \(view.glyphs.ellipsis)"
        case .found(let best) where best.meetsLimits: "\(mark) best \(view.format.percent(best.pushShare))"
        case .found: "\(mark) no mix within limits"
        case .unavailable: "\(mark) best n/a"
        }
    }

    func valueText(_ lever: Lever) -> String {
        let value = view.state.levers[lever]
        return lever.isShare ? view.format.percent(value) : "\(view.format.money(value))/mo"
    }

    /// The change against the baseline, only when there is one.
    private func changeText(_ lever: Lever) -> String {
        let value = view.state.levers[lever], pinned = view.state.baseline[lever]
        guard value != pinned else { return "" }
        return lever.isShare ? view.format.pointChange(from: pinned, to: value) : view.format.change(from: pinned, to: value)
    }

    /// Shares span 0…1; the budget's range is open-ended, so its track spans 0 to twice the saved budget.
    func sliderRange(of lever: Lever) -> ClosedRange<Double> {
        guard !lever.isShare else { return 0...1 }
        return 0...max(2 * view.state.scenario.levers.budget, view.state.levers.budget, 1)
    }
}
