/// A place in a text file: 1-based line and column (columns count Unicode scalars).
public struct TextPosition: Equatable, Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = TextPosition(line: 1, column: 1)

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// Where the byte at `offset` in `text.utf8` is.
    public init(utf8Offset offset: Int, in text: String) {
        self = .start
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                self = TextPosition(line: line + 1, column: 1)
            } else if byte & 0xC0 != 0x80 {
                column += 1  // the first byte of a scalar
            }
        }
    }
}
