import PushPullModel
import TerminalUI

/// Turns a mouse event into the same commands keys give, from where things are drawn on the
/// screen now: a click focuses the panel under it, selects the lever and sets it where its
/// slider was hit; a drag moves the selected lever along its slider; the wheel steps the lever,
/// or the month on the pipeline and chart; a click on the chart moves the month cursor.
struct MouseMap {
    let view: DashboardView
    let size: Size

    func commands(for event: MouseEvent) -> [Command] {
        let state = view.state
        // An open field, a question or an overlay wants keys; the dashboard under it is not live.
        guard state.input == nil, state.confirming == nil, !state.isHelpShown, !state.isMessageShown, !state.isPastReplayShown,
              !state.isPresenting, let areas = DashboardScreen.panelAreas(size: size) else { return [] }
        let levers = LeversPanel(view: view)
        if event.action == .drag {
            let lever = state.selectedLever, track = levers.valueTrack(of: lever, in: areas[.levers]!)
            return value(at: event.x, on: track, of: lever).map { [.dragLever(lever, $0, starting: false)] } ?? []
        }
        guard let panel = FocusPanel.allCases.first(where: { areas[$0]!.contains(x: event.x, y: event.y) }) else { return [] }
        switch event.action {
        case .wheelUp, .wheelDown:
            let direction = event.action == .wheelUp ? 1 : -1
            switch panel {
            case .levers: return [.step(direction: direction, size: .small)]
            case .pipeline, .forecast: return [.moveMonth(offset: direction)]
            case .gauges: return []
            }
        case .press:
            var commands: [Command] = state.focus == panel ? [] : [.focusPanel(panel)]
            switch panel {
            case .levers:
                guard let lever = Lever.allCases.first(where: { lever in
                    levers.rows(of: lever, in: areas[.levers]!).contains { $0.contains(x: event.x, y: event.y) }
                }) else { break }
                if lever != state.selectedLever { commands.append(.choose(lever)) }
                let track = levers.valueTrack(of: lever, in: areas[.levers]!)
                if track.area.y == event.y, let value = value(at: event.x, on: track, of: lever) {
                    commands.append(.dragLever(lever, value, starting: true))
                }
            case .forecast:
                if let month = ForecastPanel(view: view).month(atColumn: event.x, in: areas[.forecast]!) { commands.append(.setMonth(month)) }
            case .pipeline, .gauges:
                break
            }
            return commands
        case .drag, .release:
            return []
        }
    }

    /// The value at column `x` of a track (the inverse of `Slider.column`), on the lever's small
    /// steps so a click lands on a figure people read (67%, not 66.67%); nil off the track's ends.
    private func value(at x: Int, on track: (area: Rect, range: ClosedRange<Double>), of lever: Lever) -> Double? {
        guard track.area.width > 1, x >= track.area.x, x < track.area.right else { return nil }
        let fraction = Double(x - track.area.x) / Double(track.area.width - 1)
        let value = track.range.lowerBound + fraction * (track.range.upperBound - track.range.lowerBound)
        let step = view.state.stepSizes.steps(of: lever, baseline: view.state.baseline[lever]).small
        return step > 0 ? (value / step).rounded() * step : value
    }
}

extension Rect {
    func contains(x column: Int, y row: Int) -> Bool { column >= x && column < right && row >= y && row < bottom }
}
