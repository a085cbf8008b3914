import Testing
import TerminalUI

@Test func columnsShareTheWidthAndCoverItExactly() {
    let parts = Rect(x: 2, y: 1, width: 10, height: 3).columns([1, 1, 1])
    #expect(parts.map(\.width) == [4, 3, 3])
    #expect(parts.map(\.x) == [2, 6, 9])
    #expect(parts.allSatisfy { $0.y == 1 && $0.height == 3 })
}

@Test func columnsFollowWeightsAndIgnoreNonPositiveOnes() {
    #expect(Rect(x: 0, y: 0, width: 24, height: 5).columns([1, 3]).map(\.width) == [6, 18])
    #expect(Rect(x: 0, y: 0, width: 7, height: 5).columns([0, 1, -2]).map(\.width) == [0, 7, 0])
    #expect(Rect(x: 0, y: 0, width: 7, height: 5).columns([0, 0]).map(\.width) == [0, 0])
    #expect(Rect(x: 5, y: 0, width: 2, height: 5).columns([1, 1, 1]).map(\.x) == [5, 6, 7])
}
