import PushPullModel
import TerminalUI
import Theming

/// What the panels read: the state, the model's results and the look, in one place.
///
/// The panels draw with the theme's semantic roles: rules and frames `border`, the focused
/// frame `borderFocused`, the selected lever `selection`, gauge states `good`/`warn`/`alert`,
/// changes up `good` and down `alert`, the baseline ghost `baseline`, the status line `muted`
/// (errors `alert`), chart median and headline figures `headline`. The best-balance mark is
/// `good` when the recommendation meets the risk limits and `warn` when it does not: it is
/// advice, and its colour says whether it is safe advice (its `◆` and words say so without colour).
struct DashboardView {
    let state: DashboardState
    let results: ModelResults
    let theme: Theme
    let glyphs: Glyphs
    let keyMap: KeyMap
    let format: Formatting

    init(state: DashboardState, results: ModelResults, theme: Theme, glyphs: Glyphs, keyMap: KeyMap) {
        self.state = state
        self.results = results
        self.theme = theme
        self.glyphs = glyphs
        self.keyMap = keyMap
        self.format = Formatting(glyphs: glyphs, currency: state.scenario.finance.currency)
    }

    var symbols: TextSymbols { format.symbols }
    var forecast: Forecast? { results.forecast }
    var baselineForecast: Forecast? { results.baselineForecast }

    /// The month under the cursor, when the forecast has it.
    var cursorMonth: MonthForecast? {
        guard let months = forecast?.months, !months.isEmpty else { return nil }
        return months[min(max(0, state.monthCursor - 1), months.count - 1)]
    }

    /// The frame of a panel, heavier with a `▶` before its title when it has the focus.
    func panel(_ title: String, focused: Bool) -> Panel {
        Panel(title: title, focused: focused, borderStyle: theme[focused ? .borderFocused : .border],
              titleStyle: theme[focused ? .borderFocused : .title], glyphs: glyphs)
    }

    /// The role of a change from `baseline` to `value`: up is good, down is an alert, none is muted.
    func changeRole(from baseline: Double, to value: Double) -> Role {
        value > baseline ? .good : value < baseline ? .alert : .muted
    }

    /// Gives the first cell in `row` showing each legend symbol the style of what it stands for,
    /// so a legend's swatch is in the colour of the bars or area it names.
    func paintSwatches(_ swatches: [(symbol: String, style: Style)], in row: Rect, into buffer: inout Buffer) {
        var x = row.x
        for swatch in swatches {
            guard let found = (x..<row.right).first(where: { buffer[$0, row.y].symbol == swatch.symbol }) else { continue }
            buffer[found, row.y].style = swatch.style
            x = found + 1
        }
    }

    /// One line of text in `row`, cut with the ellipsis when too long.
    func write(_ line: TextLine, in row: Rect, into buffer: inout Buffer) {
        guard !row.isEmpty else { return }
        line.draw(into: &buffer, x: row.x, y: row.y, width: row.width, ellipsis: glyphs.ellipsis)
    }
}
