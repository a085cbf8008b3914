/// What a backend that keeps the last frame on the terminal must write for the next one:
/// the cells whose symbol or style differ, nothing for cells drawn the same again (a readout
/// recomputed to the same text, a panel whose inputs did not change).
public struct FrameDiff: Equatable, Sendable {
    /// One cell to write, `columns` wide (2 for a wide grapheme, whose second half is covered).
    public struct Change: Equatable, Sendable {
        public var x: Int
        public var y: Int
        public var columns: Int

        public init(x: Int, y: Int, columns: Int) {
            self.x = x
            self.y = y
            self.columns = columns
        }
    }

    /// In row order, left to right.
    public private(set) var changes: [Change] = []
    /// True when every cell is written: there was no previous frame, or it had another size.
    public let isFull: Bool

    /// The cells of `frame` within `screen` (what the terminal shows of it) that differ from
    /// `previous` (nil: nothing is known to be on the terminal).
    public init(from previous: Buffer?, to frame: Buffer, within screen: Size) {
        let previous = previous?.size == frame.size ? previous : nil
        isFull = previous == nil
        let width = min(frame.size.width, screen.width)
        for y in 0..<min(frame.size.height, screen.height) {
            for x in 0..<width {
                let cell = frame[x, y]
                guard !cell.isContinuation else { continue }
                let wide = x + 1 < width && frame[x + 1, y].isContinuation
                // A cell is unchanged only if the one it may cover is too (a wide glyph's second half).
                if let previous, previous[x, y] == cell, !wide || previous[x + 1, y] == frame[x + 1, y] { continue }
                changes.append(Change(x: x, y: y, columns: wide ? 2 : 1))
            }
        }
    }
}
