/// An in-memory grid of cells: everything the dashboard draws goes here first.
/// Tests read it at any size; a backend copies it to the terminal.
public struct Buffer: Equatable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * size.width + x] : .blank }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// Paints every cell of `area` with `style`, keeping the symbols.
    public mutating func setStyle(_ style: Style, in area: Rect) {
        let clipped = area.intersection(self.area)
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right { cells[y * size.width + x].style = style }
        }
    }

    /// Puts every cell drawn without a background of its own on the `canvas` style's
    /// background (and, lacking a foreground too, in its foreground), so a theme that paints
    /// a background never lets the terminal's own colours show through its text.
    public mutating func paintBackground(_ canvas: Style) {
        guard canvas.background != .terminalDefault else { return }
        for index in cells.indices where cells[index].style.background == .terminalDefault {
            cells[index].style.background = canvas.background
            if cells[index].style.foreground == .terminalDefault { cells[index].style.foreground = canvas.foreground }
        }
    }

    /// Fills `area` with `cell`.
    public mutating func fill(_ area: Rect, with cell: Cell) {
        let clipped = area.intersection(self.area)
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right { cells[y * size.width + x] = cell }
        }
    }

    /// Writes sanitised `text` from (`x`, `y`) in `style`, never past `maxWidth`
    /// columns nor the buffer's edge; a wide grapheme that does not fit is left out.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = Int.max) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(maxWidth, size.width - x)
        var column = 0
        for grapheme in DisplayWidth.sanitized(text) {
            let width = DisplayWidth.of(grapheme)
            if width == 0 {
                // A combining mark joins the grapheme before it; with nothing before, it is dropped.
                if column > 0 { self[x + column - 1, y].symbol.append(grapheme) }
                continue
            }
            guard column + width <= limit else { break }
            if x + column >= 0 {
                self[x + column, y] = Cell(String(grapheme), style: style)
                if width == 2 { self[x + column + 1, y] = Cell("", style: style) }
            }
            column += width
        }
        return max(0, column)
    }

    /// The rows as plain text (continuation cells skipped), for snapshots and text export.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if !cell.isContinuation { line += cell.symbol }
            }
            return line
        }
    }

    /// The whole grid as text, trailing spaces kept so columns line up.
    public var text: String { lines().joined(separator: "\n") }
}
