import PushPullModel
import TerminalUI
import Theming

/// ARR over the horizon as a line chart: P50 line, P10–P90 area, the baseline in points and
/// the month cursor, months under it; below, when there is room, the cursor month's ARR,
/// bookings and cash, and bookings per month as an area from zero with the monthly target.
struct ForecastPanel: Widget {
    let view: DashboardView

    /// From this inner height up, the readout and the bookings chart (a label row and 2 rows) show.
    private static let bookingsMinimumHeight = 12
    /// Rows the bookings chart takes: more on a tall panel.
    private static func bookingsRows(innerHeight: Int) -> Int { innerHeight >= 24 ? 4 : innerHeight >= bookingsMinimumHeight ? 2 : 0 }

    func render(into buffer: inout Buffer, area: Rect) {
        let panel = view.panel(title(width: area.width - 4), focused: view.state.focus == .forecast)
        panel.render(into: &buffer, area: area)
        paintLegend(into: &buffer, titleRow: area.row(0))
        guard let forecast = view.forecast, let areas = areas(in: area) else { return }
        let months = forecast.months
        let cursor = view.state.monthCursor - 1
        let chart = self.chart(of: forecast, cursor: cursor)
        chart.render(into: &buffer, area: areas.chart)
        let plotArea = chart.plotArea(in: areas.chart)
        let plot = (x: plotArea.x, width: plotArea.width)
        drawMonthAxis(into: &buffer, row: areas.axis, plot: plot, count: months.count, cursor: cursor,
                      cursorColumn: chart.column(ofIndex: cursor, plotWidth: plot.width))
        guard areas.bookingsRows > 0, let month = view.cursorMonth else { return }
        let below = areas.below
        view.write(readout(month, width: below.width), in: below.row(0), into: &buffer)
        drawBookings(months, cursor: cursor, plot: plot, into: &buffer,
                     in: Rect(x: below.x, y: below.y + 1, width: below.width, height: areas.bookingsRows + 1))
    }

    /// The month (1…horizon) drawn at column `x` of the panel at `area`, for a click; nil outside the plot.
    func month(atColumn x: Int, in area: Rect) -> Int? {
        guard let forecast = view.forecast, let areas = areas(in: area) else { return nil }
        let chart = self.chart(of: forecast, cursor: view.state.monthCursor - 1)
        let plot = chart.plotArea(in: areas.chart)
        guard x >= plot.x, x < plot.right else { return nil }
        let nearest = forecast.months.indices.min { a, b in
            abs(plot.x + chart.column(ofIndex: a, plotWidth: plot.width) - x) < abs(plot.x + chart.column(ofIndex: b, plotWidth: plot.width) - x)
        }
        return nearest.map { $0 + 1 }
    }

    /// Inside the panel at `area`: the chart, its month axis, and below them the readout and the
    /// bookings chart (`bookingsRows` 0 when there is no room). Drawing and the mouse share it.
    private func areas(in area: Rect) -> (chart: Rect, axis: Rect, below: Rect, bookingsRows: Int)? {
        let inner = Panel().inner(area)
        guard let forecast = view.forecast, inner.height >= 3, !forecast.months.isEmpty else { return nil }
        let bookingsRows = Self.bookingsRows(innerHeight: inner.height)
        // The readout, the bookings label and its chart.
        let (chartRows, below) = inner.splitBottom(bookingsRows == 0 ? 0 : bookingsRows + 2)
        let (chartArea, axisRow) = chartRows.splitBottom(1)
        return (chartArea, axisRow, below, bookingsRows)
    }

    private func chart(of forecast: Forecast, cursor: Int) -> LineChart {
        let months = forecast.months, theme = view.theme, format = view.format
        return LineChart(
            median: months.map(\.arr.p50), bandLow: months.map(\.arr.p10), bandHigh: months.map(\.arr.p90),
            baseline: view.baselineForecast?.months.map(\.arr.p50) ?? [], cursor: cursor,
            formatY: { format.money($0) },
            styles: .init(median: theme[.headline].adding(.bold), band: theme[.band], baseline: theme[.baseline],
                          cursor: theme[.cursor], axis: theme[.muted]),
            glyphs: view.glyphs)
    }

    /// `ARR forecast · ━ P50  █ P10–P90  • baseline`, shorter when narrow.
    private func title(width: Int) -> String {
        let dash = view.symbols.rangeDash, glyphs = view.glyphs
        let legend = "\(medianSwatch) P50  \(bandSwatch) P10\(dash)P90  \(glyphs.chartGhostPoint) baseline"
        let long = "ARR forecast \(view.symbols.dot) \(legend)"
        return DisplayWidth.of(long) + 4 <= width ? long : "ARR \(legend)"
    }

    private var medianSwatch: String { view.glyphs.chartLine?.horizontal ?? view.glyphs.chartPoint }
    private var bandSwatch: String { view.glyphs.shades[3] }

    /// The title's swatches in the colours of what they name: the band's swatch in its fill colour.
    private func paintLegend(into buffer: inout Buffer, titleRow: Rect) {
        var band = view.theme[.band]
        if band.background != .terminalDefault { band = Style(foreground: band.background, background: view.theme[.background].background) }
        view.paintSwatches([(medianSwatch, view.theme[.headline]), (bandSwatch, band), (view.glyphs.chartGhostPoint, view.theme[.baseline])],
                           in: titleRow, into: &buffer)
    }

    /// The cursor month's ARR and cash, P50 and P10–P90 (its bookings head the bookings chart).
    private func readout(_ month: MonthForecast, width: Int) -> TextLine {
        let start = [Span("Month \(month.month)", style: view.theme[.cursor].adding(.bold))]
        return fitted([start + figure("ARR", month.arr, range: true) + figure("cash", month.cash, range: true),
                       start + figure("ARR", month.arr, range: true) + figure("cash", month.cash, range: false),
                       start + figure("ARR", month.arr, range: false) + figure("cash", month.cash, range: false)], width: width)
    }

    /// `  ARR €4.0M (€3.4M–€4.6M)`: a figure's P50 and, when `range`, its P10–P90.
    private func figure(_ label: String, _ band: Band, range: Bool, lead: String = "  ") -> [Span] {
        let theme = view.theme, format = view.format, dash = view.symbols.rangeDash
        return [Span("\(lead)\(label) ", style: theme[.muted]), Span(format.money(band.p50), style: theme[.headline])]
            + (range ? [Span(" (\(format.money(band.p10))\(dash)\(format.money(band.p90)))", style: theme[.muted])] : [])
    }

    /// The first of `candidates` that fits `width`, else the last.
    private func fitted(_ candidates: [[Span]], width: Int) -> TextLine {
        TextLine(candidates.first { TextLine($0).width <= width } ?? candidates.last ?? [])
    }

    /// `month 1 … 12 … 36` under the first, the cursor's and the last column.
    private func drawMonthAxis(into buffer: inout Buffer, row: Rect, plot: (x: Int, width: Int), count: Int, cursor: Int,
                               cursorColumn: Int) {
        let style = view.theme[.muted]
        if plot.x - row.x >= 6 { buffer.write("month", x: row.x, y: row.y, style: style) }
        buffer.write("1", x: plot.x, y: row.y, style: style)
        let last = String(count)
        let lastX = plot.x + plot.width - last.count
        buffer.write(last, x: lastX, y: row.y, style: style)
        guard cursor > 0, cursor < count - 1 else { return }
        let label = String(cursor + 1)
        let x = plot.x + cursorColumn - (label.count - 1) / 2
        // Kept clear of the two ends' labels.
        guard x > plot.x + 1, x + label.count < lastX else { return }
        buffer.write(label, x: x, y: row.y, style: view.theme[.cursor])
    }

    /// Bookings P50 a month as an area from zero under the chart's columns, the scale's top and
    /// zero labelled, the monthly target dashed across the target period; the cursor's month stands out.
    private func drawBookings(_ months: [MonthForecast], cursor: Int, plot: (x: Int, width: Int),
                              into buffer: inout Buffer, in area: Rect) {
        let targets = view.state.scenario.targets
        let monthlyTarget = targets.periodBookings / Double(max(1, targets.periodMonths))
        let values = months.map(\.bookings.p50)
        // Only the target period has a target: the rule stops where it ends.
        let chart = AreaChart(values: values, target: monthlyTarget > 0 ? monthlyTarget : nil, targetSpan: targets.periodMonths,
                              style: view.theme[.muted], targetStyle: view.theme[.warn], glyphs: view.glyphs)
        let rule = view.glyphs.targetRule
        let target = Span(" \(view.symbols.dot) \(rule)\(rule) target \(view.format.money(monthlyTarget))/mo to month \(targets.periodMonths)",
                          style: view.theme[.muted])
        let labelRow = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let month = months[min(max(0, cursor), months.count - 1)].bookings
        view.write(fitted([figure("Bookings", month, range: true, lead: "") + [target], figure("Bookings", month, range: false, lead: "") + [target]],
                          width: labelRow.width), in: labelRow, into: &buffer)
        view.paintSwatches([(rule, view.theme[.warn]), (rule, view.theme[.warn])], in: labelRow, into: &buffer)
        let rows = Rect(x: plot.x, y: area.y + 1, width: plot.width, height: area.height - 1)
        chart.render(into: &buffer, area: rows)
        // The scale from zero, labelled left of the chart like the ARR axis.
        let labels = Rect(x: area.x, y: rows.y, width: max(0, plot.x - area.x - 1), height: rows.height)
        if labels.width >= 2 {
            view.write(TextLine(view.format.money(chart.top), style: view.theme[.muted], alignment: .right), in: labels.row(0), into: &buffer)
            view.write(TextLine(view.format.money(0), style: view.theme[.muted], alignment: .right), in: labels.row(labels.height - 1), into: &buffer)
            for y in rows.y..<rows.bottom { buffer[plot.x - 1, y] = Cell(view.glyphs.axis, style: view.theme[.muted]) }
        }
        // The cursor's month in the headline style over the muted months: bold keeps it apart without colour.
        for (column, index) in chart.sampledIndices(width: rows.width).enumerated() where index == cursor {
            for y in rows.y..<rows.bottom where buffer[rows.x + column, y].symbol != " " && buffer[rows.x + column, y].symbol != rule {
                buffer[rows.x + column, y].style = view.theme[.headline].adding(.bold)
            }
        }
    }
}
