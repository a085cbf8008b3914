/// A series over x (e.g. months) with its uncertainty: a median line, a P10–P90 band,
/// an optional ghost (baseline) series, a vertical cursor at one index, and the y
/// range's two ends as labels on the left.
///
/// The median is a heavy box-drawing line (━ ┏ ┛ ┃) with Unicode glyphs, solid from the back
/// of a room where braille reads as loose dots; one point a cell in ASCII. The band is shaded and, when its style has a background, a continuous
/// area: every cell it covers is painted with that background, lines included, so nothing
/// drawn over it makes a hole. The ghost is one `chartGhostPoint` a cell, another glyph
/// than the median's, so the two are told apart without colour.
/// The result depends only on the inputs and the area: no state, no randomness.
public struct LineChart: Widget, Sendable {
    public struct Styles: Equatable, Sendable {
        public var median, band, baseline, cursor, axis: Style
        public init(median: Style = .plain, band: Style = .plain, baseline: Style = .plain,
                    cursor: Style = .plain, axis: Style = .plain) {
            self.median = median
            self.band = band
            self.baseline = baseline
            self.cursor = cursor
            self.axis = axis
        }
    }

    public var median: [Double]
    /// Low and high edges of the band, one pair per x (empty: no band).
    public var bandLow: [Double]
    public var bandHigh: [Double]
    public var baseline: [Double]
    public var cursor: Int?
    /// The y range shown; nil takes it from all the series.
    public var yRange: ClosedRange<Double>?
    public var formatY: @Sendable (Double) -> String
    public var styles: Styles
    public var glyphs: Glyphs

    public init(median: [Double], bandLow: [Double] = [], bandHigh: [Double] = [], baseline: [Double] = [],
                cursor: Int? = nil, yRange: ClosedRange<Double>? = nil,
                formatY: @escaping @Sendable (Double) -> String = { String(Int($0.rounded())) },
                styles: Styles = Styles(), glyphs: Glyphs = .unicode) {
        self.median = median
        self.bandLow = bandLow
        self.bandHigh = bandHigh
        self.baseline = baseline
        self.cursor = cursor
        self.yRange = yRange
        self.formatY = formatY
        self.styles = styles
        self.glyphs = glyphs
    }

    /// The points along x: the longest series.
    var count: Int { max(median.count, baseline.count, min(bandLow.count, bandHigh.count)) }

    /// The shown y range: the given one, or the data's extent (nil when there is no finite value).
    public var effectiveRange: ClosedRange<Double>? {
        if let yRange { return yRange }
        let values = (median + baseline + bandLow + bandHigh).filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0, count > 0, let range = effectiveRange else { return }
        let plot = drawAxis(into: &buffer, area: area, range: range)
        guard !plot.isEmpty else { return }
        let scale = Scale(grid: DotGrid(columns: plot.width, rows: plot.height, braille: glyphs.usesBraille),
                          count: count, range: range)
        let band = bandDots(scale: scale)
        let bandRows = band.map(\.cells)
        let medianCells = glyphs.chartLine.map { medianLine(scale: scale, glyphs: $0) }
        let medianDots = medianCells == nil ? scale.plotted(median) : scale.grid
        let ghostRows = cellRows(of: baseline, scale: scale)
        let cursorColumn = cursor.flatMap { (0..<count).contains($0) ? scale.x($0) / scale.grid.dotsAcross : nil }
        let fillsBand = styles.band.background != .terminalDefault

        for row in 0..<plot.height {
            for column in 0..<plot.width {
                let inBand = bandRows[column].contains(row)
                var cell: Cell
                if let symbol = medianCells?[column][row] {
                    cell = Cell(symbol, style: styles.median)
                } else if medianDots.bits(column: column, row: row) != 0 {
                    cell = Cell(glyphs.chartPoint, style: styles.median)
                } else if ghostRows[column] == row {
                    cell = Cell(glyphs.chartGhostPoint, style: styles.baseline)
                } else if column == cursorColumn {
                    cell = Cell(glyphs.chartCursor, style: styles.cursor)
                } else if inBand, fillsBand, let edge = halfEdge(band[column].dots, row: row, dotsDown: scale.grid.dotsDown) {
                    // The band's top or bottom edge in half a cell: the other half keeps what is beneath.
                    let beneath = buffer[plot.x + column, plot.y + row].style.background
                    buffer[plot.x + column, plot.y + row] = Cell(edge, style: Style(foreground: styles.band.background, background: beneath))
                    continue
                } else if inBand {
                    cell = Cell(glyphs.shades[0], style: styles.band)
                } else {
                    continue
                }
                if inBand && fillsBand { cell.style.background = styles.band.background }
                buffer[plot.x + column, plot.y + row] = cell
            }
        }
    }

    /// `▄` when the band covers only the lower half of this cell (its top edge), `▀` only the upper
    /// half (its bottom edge); nil otherwise, and always at one dot a cell (ASCII), where there are no halves.
    private func halfEdge(_ dots: ClosedRange<Int>?, row: Int, dotsDown: Int) -> String? {
        guard dotsDown == 4, let dots else { return nil }
        let half = dotsDown / 2, cellTop = row * dotsDown, cellBottom = cellTop + dotsDown - 1
        let coversUpper = dots.lowerBound < cellTop + half, coversLower = dots.upperBound >= cellTop + half
        guard dots.lowerBound <= cellBottom, dots.upperBound >= cellTop, coversUpper != coversLower else { return nil }
        return coversLower ? "▄" : "▀"
    }

    /// For each cell column, the cell row of `series` at the column's middle (nil: none there).
    private func cellRows(of series: [Double], scale: Scale) -> [Int?] {
        (0..<scale.grid.columns).map { column in
            let middle = column * scale.grid.dotsAcross + scale.grid.dotsAcross / 2
            let position = scale.index(atDot: middle)
            guard !series.isEmpty, position <= Double(series.count - 1), let value = interpolate(series, at: position)
            else { return nil }
            return scale.y(value) / scale.grid.dotsDown
        }
    }

    /// The median as box-drawing glyphs by column and row: `━` along a row, and where it moves
    /// from one row to another, a corner on each and `┃` between (as asciichart draws).
    private func medianLine(scale: Scale, glyphs line: Glyphs.ChartLine) -> [[Int: String]] {
        let rows = cellRows(of: median, scale: scale)
        return rows.indices.map { column in
            guard let row = rows[column] else { return [:] }
            guard column > 0, let previous = rows[column - 1], previous != row else { return [row: line.horizontal] }
            var cells = [previous: previous > row ? line.upFromLeft : line.downFromLeft,
                         row: previous > row ? line.rightFromBelow : line.rightFromAbove]
            for between in min(row, previous) + 1..<max(row, previous) { cells[between] = line.vertical }
            return cells
        }
    }

    /// Where the series are plotted inside `area`: right of the y labels and the axis
    /// column when there is room for them, else the whole area. Lets callers line up
    /// their own rows (month labels, a sparkline) with the chart's columns.
    public func plotArea(in area: Rect) -> Rect {
        guard let range = effectiveRange else { return area }
        let labelWidth = max(DisplayWidth.of(formatY(range.upperBound)), DisplayWidth.of(formatY(range.lowerBound)))
        guard area.height >= 2, area.width >= labelWidth + 1 + 2 else { return area }
        return area.splitLeft(labelWidth + 1).1
    }

    /// The cell column (from the plot's left edge) where point `index` is drawn on a
    /// plot `width` cells wide.
    public func column(ofIndex index: Int, plotWidth width: Int) -> Int {
        let grid = DotGrid(columns: width, rows: 1, braille: glyphs.usesBraille)
        return Scale(grid: grid, count: count, range: 0...1).x(index) / grid.dotsAcross
    }

    /// Draws the max label at the top, the min label at the bottom and the axis line
    /// between labels and plot, when the area has room for them; returns the plot area.
    private func drawAxis(into buffer: inout Buffer, area: Rect, range: ClosedRange<Double>) -> Rect {
        let plot = plotArea(in: area)
        guard plot != area else { return area }
        let top = DisplayWidth.sanitized(formatY(range.upperBound))
        let bottom = DisplayWidth.sanitized(formatY(range.lowerBound))
        let (labels, rest) = area.splitLeft(plot.x - area.x - 1)
        let axis = rest.splitLeft(1).0
        TextLine(top, style: styles.axis, alignment: .right)
            .draw(into: &buffer, x: labels.x, y: labels.y, width: labels.width, ellipsis: glyphs.ellipsis)
        TextLine(bottom, style: styles.axis, alignment: .right)
            .draw(into: &buffer, x: labels.x, y: labels.bottom - 1, width: labels.width, ellipsis: glyphs.ellipsis)
        for y in axis.y..<axis.bottom {
            let tick = y == axis.y || y == axis.bottom - 1
            buffer[axis.x, y] = Cell(tick ? glyphs.axisTick : glyphs.axis, style: styles.axis)
        }
        return plot
    }

    /// For each cell column, the cell rows the band touches (empty without a band).
    /// For each cell column, the dot rows the band spans (empty without a band) and the cell rows they touch.
    private func bandDots(scale: Scale) -> [(dots: ClosedRange<Int>?, cells: Range<Int>)] {
        let columns = scale.grid.columns
        let pairs = min(bandLow.count, bandHigh.count)
        guard pairs > 0 else { return Array(repeating: (nil, 0..<0), count: columns) }
        return (0..<columns).map { column in
            var top = Int.max, bottom = Int.min
            for dotX in column * scale.grid.dotsAcross..<(column + 1) * scale.grid.dotsAcross {
                let position = scale.index(atDot: dotX)
                guard position <= Double(pairs - 1) else { continue }
                guard let low = interpolate(bandLow, at: position), let high = interpolate(bandHigh, at: position)
                else { continue }
                top = min(top, scale.y(max(low, high)))
                bottom = max(bottom, scale.y(min(low, high)))
            }
            guard top <= bottom else { return (nil, 0..<0) }
            return (top...bottom, (top / scale.grid.dotsDown)..<(bottom / scale.grid.dotsDown + 1))
        }
    }

    private func interpolate(_ values: [Double], at position: Double) -> Double? {
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, values.count - 1)
        let a = values[lower], b = values[upper]
        guard a.isFinite, b.isFinite else { return nil }
        return a + (b - a) * (position - Double(lower))
    }
}

/// Maps indices and values to dots of a grid.
private struct Scale {
    /// An empty grid of the plot's size and resolution.
    let grid: DotGrid
    let count: Int
    let range: ClosedRange<Double>

    func x(_ index: Int) -> Int {
        count <= 1 ? 0 : Int((Double(index) * Double(grid.width - 1) / Double(count - 1)).rounded())
    }

    /// The fractional index under dot column `dotX` (inverse of `x`).
    func index(atDot dotX: Int) -> Double {
        count <= 1 || grid.width <= 1 ? 0 : Double(dotX) * Double(count - 1) / Double(grid.width - 1)
    }

    func y(_ value: Double) -> Int {
        let span = range.upperBound - range.lowerBound
        // A flat range has no up or down: draw it across the middle.
        guard span > 0 else { return (grid.height - 1) / 2 }
        let fraction = (range.upperBound - value) / span
        return min(max(0, Int((fraction * Double(grid.height - 1)).rounded())), grid.height - 1)
    }

    /// The series as connected dots; a non-finite value breaks the line.
    func plotted(_ values: [Double]) -> DotGrid {
        var dots = grid
        var previous: (x: Int, y: Int)?
        for (index, value) in values.enumerated() {
            guard value.isFinite else { previous = nil; continue }
            let point = (x: x(index), y: y(value))
            dots.line(from: previous ?? point, to: point)
            previous = point
        }
        return dots
    }
}
