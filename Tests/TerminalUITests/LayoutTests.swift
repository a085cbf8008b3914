import Testing
import TerminalUI

@Test func columnsShareTheWidthAndCoverItExactly() {
    let parts = Rect(x: 2, y: 1, width: 10, height: 3).columns([1, 1, 1])
    #expect(parts.map(\.width) == [4, 3, 3])
    #expect(parts.map(\.x) == [2, 6, 9])
    #expect(parts.allSatisfy { $0.y == 1 && $0.height == 3 })
}

@Test func rowsFollowWeightsAndIgnoreNonPositiveOnes() {
    #expect(Rect(x: 0, y: 0, width: 5, height: 24).rows([1, 3]).map(\.height) == [6, 18])
    #expect(Rect(x: 0, y: 0, width: 5, height: 7).rows([0, 1, -2]).map(\.height) == [0, 7, 0])
    #expect(Rect(x: 0, y: 0, width: 5, height: 7).rows([0, 0]).map(\.height) == [0, 0])
    #expect(Rect(x: 0, y: 5, width: 5, height: 2).rows([1, 1, 1]).map(\.y) == [5, 6, 7])
}
