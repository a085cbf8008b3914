import Testing
import TerminalUI

@Suite("Frame difference")
struct FrameDiffTests {
    static let size = Size(width: 6, height: 2)

    static func frame(_ rows: [String], style: Style = .plain) -> Buffer {
        var buffer = Buffer(size: size)
        for (y, row) in rows.enumerated() { buffer.write(row, x: 0, y: y, style: style) }
        return buffer
    }

    @Test func aFrameDrawnAgainTheSameWritesNothing() {
        let first = Self.frame(["€6.8M", "same"])
        // Drawn anew from the same figures: equal cells, however they were produced.
        let diff = FrameDiff(from: first, to: Self.frame(["€6.8M", "same"]), within: Self.size)
        #expect(diff.changes.isEmpty)
        #expect(!diff.isFull)
    }

    @Test func onlyTheCellsWhoseSymbolOrStyleChangedAreWritten() {
        let before = Self.frame(["€6.8M", "same"])
        var after = Self.frame(["€6.9M", "same"])
        after[0, 1].style = Style(attributes: .bold)
        let diff = FrameDiff(from: before, to: after, within: Self.size)
        #expect(diff.changes == [.init(x: 3, y: 0, columns: 1), .init(x: 0, y: 1, columns: 1)])
    }

    @Test func aWideGlyphIsWrittenWholeWhenEitherHalfChanged() {
        let before = Self.frame(["ab", ""])
        let after = Self.frame(["漢", ""])
        #expect(FrameDiff(from: before, to: after, within: Self.size).changes == [.init(x: 0, y: 0, columns: 2)])
        // Back: the glyph's first cell and the cell its second half covered.
        #expect(FrameDiff(from: after, to: before, within: Self.size).changes
                == [.init(x: 0, y: 0, columns: 1), .init(x: 1, y: 0, columns: 1)])
    }

    @Test func withoutAPreviousFrameOfTheSameSizeEveryCellOnScreenIsWritten() {
        let frame = Self.frame(["漢ab", "cd"])
        let fresh = FrameDiff(from: nil, to: frame, within: Self.size)
        #expect(fresh.isFull)
        #expect(fresh.changes.count == Self.size.width * Self.size.height - 1, "a wide glyph is one write")
        let resized = FrameDiff(from: Buffer(size: Size(width: 5, height: 2)), to: frame, within: Self.size)
        #expect(resized.isFull && resized.changes == fresh.changes)
        // A screen smaller than the frame shows, and so gets, only its part.
        let clipped = FrameDiff(from: nil, to: frame, within: Size(width: 3, height: 1))
        #expect(clipped.changes == [.init(x: 0, y: 0, columns: 2), .init(x: 2, y: 0, columns: 1)])
    }
}
