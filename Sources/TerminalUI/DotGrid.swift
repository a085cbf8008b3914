/// A grid of dots at a finer resolution than cells: 2×4 dots a cell in braille,
/// 1×1 otherwise. Lines are plotted as dots, then each cell reads its dots back.
struct DotGrid {
    let columns: Int
    let rows: Int
    let dotsAcross: Int
    let dotsDown: Int
    private var bits: [UInt8]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        dotsAcross = braille ? 2 : 1
        dotsDown = braille ? 4 : 1
        bits = Array(repeating: 0, count: self.columns * self.rows)
    }

    var width: Int { columns * dotsAcross }
    var height: Int { rows * dotsDown }

    /// Unicode braille numbers its dots column by column, top to bottom, with the
    /// bottom row (dots 7 and 8) added last: bit for [row][column] within a cell.
    private static let brailleBits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]

    mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let bit = dotsAcross == 1 ? 1 : Self.brailleBits[y % dotsDown][x % dotsAcross]
        bits[(y / dotsDown) * columns + x / dotsAcross] |= bit
    }

    /// Every dot on the straight line between two dots.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        let steps = max(abs(end.x - start.x), abs(end.y - start.y))
        for step in 0...steps {
            let t = steps == 0 ? 0 : Double(step) / Double(steps)
            set(x: start.x + Int((Double(end.x - start.x) * t).rounded()),
                y: start.y + Int((Double(end.y - start.y) * t).rounded()))
        }
    }

    func bits(column: Int, row: Int) -> UInt8 { bits[row * columns + column] }

    /// The braille character showing `bits` (U+2800 is the empty pattern).
    static func brailleSymbol(_ bits: UInt8) -> String {
        String(Character(Unicode.Scalar(0x2800 + UInt32(bits))!))
    }
}
