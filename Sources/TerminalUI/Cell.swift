/// One terminal cell: a grapheme and its style.
///
/// A wide grapheme (two columns) is stored in its first cell; the second cell
/// holds an empty `symbol` and is skipped when drawing.
public struct Cell: Equatable, Sendable {
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    public static let blank = Cell()

    /// True for the second half of a wide grapheme.
    public var isContinuation: Bool { symbol.isEmpty }
}
