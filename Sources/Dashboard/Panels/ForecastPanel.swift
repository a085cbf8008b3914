import PushPullModel
import TerminalUI
import Theming

/// ARR over the horizon as a line chart: P50 line, P10–P90 band, the baseline as a ghost
/// line and the month cursor, months under it; below, when there is room, bookings per
/// month as a sparkline with the cursor's month picked out.
struct ForecastPanel: Widget {
    let view: DashboardView

    /// Rows the bookings sparkline needs (label and line), shown from this inner height up.
    private static let bookingsRows = 2, bookingsMinimumHeight = 12

    func render(into buffer: inout Buffer, area: Rect) {
        let panel = view.panel(title(width: area.width - 4), focused: view.state.focus == .forecast)
        panel.render(into: &buffer, area: area)
        guard let forecast = view.forecast, let areas = areas(in: area) else { return }
        let months = forecast.months
        let cursor = view.state.monthCursor - 1
        let chart = self.chart(of: forecast, cursor: cursor)
        chart.render(into: &buffer, area: areas.chart)
        let plotArea = chart.plotArea(in: areas.chart)
        let plot = (x: plotArea.x, width: plotArea.width)
        drawMonthAxis(into: &buffer, row: areas.axis, plot: plot, count: months.count, cursor: cursor,
                      cursorColumn: chart.column(ofIndex: cursor, plotWidth: plot.width))
        if let bookings = areas.bookings { drawBookings(months, cursor: cursor, plot: plot, into: &buffer, in: bookings) }
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

    /// The chart, its month axis and (when there is room) the bookings below, inside the panel at `area`.
    private func areas(in area: Rect) -> (chart: Rect, axis: Rect, bookings: Rect?)? {
        let inner = Panel().inner(area)
        guard let forecast = view.forecast, inner.height >= 3, !forecast.months.isEmpty else { return nil }
        let showBookings = inner.height >= Self.bookingsMinimumHeight
        let (chartRows, bookings) = inner.splitBottom(showBookings ? Self.bookingsRows : 0)
        let (chartArea, axisRow) = chartRows.splitBottom(1)
        return (chartArea, axisRow, showBookings ? bookings : nil)
    }

    private func chart(of forecast: Forecast, cursor: Int) -> LineChart {
        let months = forecast.months, theme = view.theme, format = view.format
        return LineChart(
            median: months.map(\.arr.p50), bandLow: months.map(\.arr.p10), bandHigh: months.map(\.arr.p90),
            baseline: view.baselineForecast?.months.map(\.arr.p50) ?? [], cursor: cursor,
            formatY: { format.money($0) },
            styles: .init(median: theme[.headline], band: theme[.band], baseline: theme[.baseline],
                          cursor: theme[.cursor], axis: theme[.muted]),
            glyphs: view.glyphs)
    }

    /// `ARR forecast · P50 line ░ P10–P90 dotted baseline`, shorter when narrow.
    private func title(width: Int) -> String {
        let band = "\(view.glyphs.shades[0]) P10\(view.symbols.rangeDash)P90"
        let long = "ARR forecast \(view.symbols.dot) P50 line  \(band)  dotted baseline"
        return DisplayWidth.of(long) + 4 <= width ? long : "ARR \(view.symbols.dot) P50 line \(band) dots baseline"
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

    /// The bookings of every month, stretched under the chart's columns; the cursor's month reversed.
    private func drawBookings(_ months: [MonthForecast], cursor: Int, plot: (x: Int, width: Int),
                              into buffer: inout Buffer, in area: Rect) {
        let month = view.cursorMonth?.bookings.p50 ?? 0
        view.write(TextLine("Bookings/mo P50 \(view.symbols.dot) month \(cursor + 1): \(view.format.money(month))", style: view.theme[.muted]),
                   in: Rect(x: plot.x, y: area.y, width: area.right - plot.x, height: 1), into: &buffer)
        let line = Rect(x: plot.x, y: area.y + 1, width: plot.width, height: 1)
        let monthOfColumn = (0..<line.width).map { column in
            line.width == 1 ? months.count - 1 : Int((Double(column) * Double(months.count - 1) / Double(line.width - 1)).rounded())
        }
        Sparkline(values: monthOfColumn.map { months[$0].bookings.p50 }, style: view.theme[.text], glyphs: view.glyphs)
            .render(into: &buffer, area: line)
        // The sparkline has no cursor; reversing its cells keeps the month visible in any colour depth.
        for (offset, month) in monthOfColumn.enumerated() where month == cursor {
            buffer.setStyle(view.theme[.cursor].adding(.reverse), in: Rect(x: line.x + offset, y: line.y, width: 1, height: 1))
        }
    }
}
