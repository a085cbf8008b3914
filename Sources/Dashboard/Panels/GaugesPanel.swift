import Presentation
import PushPullModel
import TerminalUI
import Theming

/// Every risk gauge as a table: label, value, state as symbol and word (so it shows
/// without colour), change against the baseline and, when wide, the thresholds.
struct GaugesPanel: Widget {
    let view: DashboardView

    /// The frame, the header and one row a gauge.
    static func height(gaugeCount: Int = GaugeID.allCases.count) -> Int { 2 + 1 + gaugeCount }

    func render(into buffer: inout Buffer, area: Rect) {
        let panel = view.panel("\(FocusPanel.gauges.title) \(view.symbols.dot) chg vs baseline", focused: view.state.focus == .gauges)
        panel.render(into: &buffer, area: area)
        guard let forecast = view.forecast else { return }
        let inner = panel.inner(area)
        let horizon = forecast.horizonMonths
        // The value's column fits `29.7 mo`: a decimal appears beside a threshold it would round onto;
        // the change's fits `+0.3mo` and `−12pt`; the thresholds' `≥18 mo / ≥30 mo`.
        let (name, value, state, change) = (21, 7, 7, 7)
        let showThresholds = inner.width >= name + value + state + change + 4 + 16
        var columns: [Table.Column] = [
            .init("Gauge", width: name), .init("value", width: value, alignment: .right), .init("state", width: state),
            .init("chg", width: showThresholds ? change : max(0, inner.width - name - value - state - 3)),
        ]
        // A wide screen has room to say what each gauge is and what raises it.
        let thresholds = 17, showMeaning = inner.width >= name + value + state + change + thresholds + 5 + 40
        if showThresholds {
            columns.append(.init("warn / alert at", width: showMeaning ? thresholds : inner.width - name - value - state - change - 4,
                                 alignment: .right))
        }
        if showMeaning {
            columns.append(.init("what it is, what moves it", width: inner.width - name - value - state - change - thresholds - 5))
        }
        let rows = forecast.gauges.map { gauge in
            let change = view.baselineForecast?.gauge(gauge.id).map { view.format.gaugeChange(from: $0, to: gauge, horizon: horizon) } ?? ""
            return [gauge.label, view.format.gaugeValue(gauge, horizon: horizon), statusText(gauge.status), change,
                    thresholdText(gauge.id), Explanations.of(gauge.id)]
        }
        Table(columns: columns, rows: rows, headerStyle: view.theme[.muted], rowStyle: view.theme[.text], glyphs: view.glyphs)
            .render(into: &buffer, area: inner)
        // A table row has one style; the value stands out and the state takes its status colour.
        for (index, gauge) in forecast.gauges.enumerated() where index + 1 < inner.height {
            let y = inner.y + 1 + index
            buffer.setStyle(view.theme[.headline], in: Rect(x: inner.x + name + 1, y: y, width: value, height: 1))
            buffer.setStyle(view.theme[role(of: gauge.status)], in: Rect(x: inner.x + name + value + 2, y: y, width: state, height: 1))
        }
    }

    /// `✓ ok`, `! warn`, `✖ alert`.
    func statusText(_ status: GaugeStatus) -> String { status.text(ascii: view.symbols.isASCII) }

    func role(of status: GaugeStatus) -> Role {
        switch status {
        case .ok: .good
        case .warn: .warn
        case .alert: .alert
        }
    }

    /// `≥30% / ≥50%` under "warn / alert at": the bars the value is judged against (wide layouts only).
    private func thresholdText(_ id: GaugeID) -> String {
        let bounds = id.thresholds
        func shown(_ value: Double) -> String { view.format.gaugeValue(id.gauge(value), horizon: Int.max) }
        let sign = bounds.higherIsWorse ? view.symbols.atLeast : view.symbols.atMost
        return "\(sign)\(shown(bounds.warn)) / \(sign)\(shown(bounds.alert))"
    }
}
