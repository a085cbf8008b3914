/// Points at numeric x and y, one symbol a cell, with the y range labelled on the left, the x
/// range below, and an optional horizontal reference line (a target). Where two points share a
/// cell, the later one in `points` wins: callers put the marks that matter last.
public struct ScatterPlot: Widget, Sendable {
    public struct Point: Equatable, Sendable {
        public var x: Double
        public var y: Double
        public var symbol: String
        public var style: Style

        public init(x: Double, y: Double, symbol: String, style: Style = .plain) {
            self.x = x
            self.y = y
            self.symbol = symbol
            self.style = style
        }
    }

    public var points: [Point]
    /// A line through these (x, y), in order, drawn under the points: the curve they lie on.
    public var line: [(x: Double, y: Double)]
    public var lineStyle: Style
    /// A y value drawn as a dashed line across the plot.
    public var referenceY: Double?
    public var formatX: @Sendable (Double) -> String
    public var formatY: @Sendable (Double) -> String
    public var axisStyle: Style
    public var referenceStyle: Style
    public var glyphs: Glyphs

    public init(points: [Point], line: [(x: Double, y: Double)] = [], lineStyle: Style = .plain, referenceY: Double? = nil,
                formatX: @escaping @Sendable (Double) -> String, formatY: @escaping @Sendable (Double) -> String,
                axisStyle: Style = .plain, referenceStyle: Style = .plain, glyphs: Glyphs = .unicode) {
        self.points = points
        self.line = line
        self.lineStyle = lineStyle
        self.referenceY = referenceY
        self.formatX = formatX
        self.formatY = formatY
        self.axisStyle = axisStyle
        self.referenceStyle = referenceStyle
        self.glyphs = glyphs
    }

    private func range(_ values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low == high ? (low - 1)...(high + 1) : low...high
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard let xRange = range(points.map(\.x)),
              let yRange = range(points.map(\.y) + (referenceY.map { [$0] } ?? [])) else { return }
        let top = DisplayWidth.sanitized(formatY(yRange.upperBound)), bottom = DisplayWidth.sanitized(formatY(yRange.lowerBound))
        let labelWidth = max(DisplayWidth.of(top), DisplayWidth.of(bottom))
        guard area.width >= labelWidth + 4, area.height >= 3 else { return }
        let (chart, xAxis) = area.splitBottom(1)
        let (labels, rest) = chart.splitLeft(labelWidth)
        let (axis, plot) = rest.splitLeft(1)
        TextLine(top, style: axisStyle, alignment: .right).draw(into: &buffer, x: labels.x, y: labels.y, width: labels.width, ellipsis: glyphs.ellipsis)
        TextLine(bottom, style: axisStyle, alignment: .right)
            .draw(into: &buffer, x: labels.x, y: labels.bottom - 1, width: labels.width, ellipsis: glyphs.ellipsis)
        for y in axis.y..<axis.bottom {
            buffer[axis.x, y] = Cell(y == axis.y || y == axis.bottom - 1 ? glyphs.axisTick : glyphs.axis, style: axisStyle)
        }
        let left = DisplayWidth.sanitized(formatX(xRange.lowerBound)), right = DisplayWidth.sanitized(formatX(xRange.upperBound))
        buffer.write(left, x: plot.x, y: xAxis.y, style: axisStyle, maxWidth: plot.width)
        if DisplayWidth.of(left) + DisplayWidth.of(right) + 1 < plot.width {
            buffer.write(right, x: plot.right - DisplayWidth.of(right), y: xAxis.y, style: axisStyle)
        }
        func column(_ x: Double) -> Int {
            Int(((x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(plot.width - 1)).rounded())
        }
        func row(_ y: Double) -> Int {
            plot.height - 1 - Int(((y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * Double(plot.height - 1)).rounded())
        }
        if let referenceY, referenceY.isFinite {
            for x in stride(from: plot.x, to: plot.right, by: 2) {
                buffer[x, plot.y + row(referenceY)] = Cell(glyphs.border.horizontal, style: referenceStyle)
            }
        }
        drawLine(in: plot, xRange: xRange, yRange: yRange, into: &buffer)
        for point in points where point.x.isFinite && point.y.isFinite {
            buffer[plot.x + column(point.x), plot.y + row(point.y)] = Cell(point.symbol, style: point.style)
        }
    }

    /// The line at the dot resolution of the glyph set (braille: 2×4 a cell), one symbol a cell.
    private func drawLine(in plot: Rect, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, into buffer: inout Buffer) {
        let finite = line.filter { $0.x.isFinite && $0.y.isFinite }
        guard finite.count > 1 else { return }
        var grid = DotGrid(columns: plot.width, rows: plot.height, braille: glyphs.usesBraille)
        func dot(_ p: (x: Double, y: Double)) -> (x: Int, y: Int) {
            (Int(((p.x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * Double(grid.width - 1)).rounded()),
             grid.height - 1 - Int(((p.y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * Double(grid.height - 1)).rounded()))
        }
        for (from, to) in zip(finite, finite.dropFirst()) { grid.line(from: dot(from), to: dot(to)) }
        for row in 0..<plot.height {
            for column in 0..<plot.width where grid.bits(column: column, row: row) != 0 {
                let symbol = glyphs.usesBraille ? DotGrid.brailleSymbol(grid.bits(column: column, row: row)) : glyphs.chartGhostPoint
                buffer[plot.x + column, plot.y + row] = Cell(symbol, style: lineStyle)
            }
        }
    }
}
