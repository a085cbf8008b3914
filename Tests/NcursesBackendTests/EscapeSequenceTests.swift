@testable import NcursesBackend
import TerminalUI
import Testing

/// Sequences ncurses leaves undecoded are read whole: known ones become their key, the rest vanish.
@Suite("Escape sequences")
struct EscapeSequenceTests {
    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("Keys a terminfo entry may lack", arguments: [
        ("[5~", Key.pageUp), ("[6~", .pageDown), ("[1~", .home), ("[4~", .end), ("[H", .home), ("[F", .end),
        ("OH", .home), ("OF", .end), ("[15~", .function(5)), ("[17~", .function(6)), ("[24~", .function(12)),
        ("OP", .function(1)), ("[A", .up), ("OD", .left), ("[1;2C", .shiftRight), ("[Z", .backTab), ("[3~", .delete),
    ])
    func knownKeys(body: String, key: Key) {
        #expect(EscapeSequence.isComplete(Self.scalars(body)))
        #expect(EscapeSequence.key(Self.scalars(body)) == key)
    }

    @Test func aSequenceEndsAtItsFinalByteAndNotBefore() {
        for partial in ["[", "[1", "[15", "[1;5", "[<0;10;", "O"] { #expect(!EscapeSequence.isComplete(Self.scalars(partial)), "\(partial)") }
        for whole in ["[1;5D", "[200~", "[<0;10;5M", "[?1049h"] { #expect(EscapeSequence.isComplete(Self.scalars(whole)), "\(whole)") }
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        for body in ["[1;5D", "[200~", "[99~", "[?1049h", "[2~", "OX"] { #expect(EscapeSequence.key(Self.scalars(body)) == nil, "\(body)") }
    }

    @Test func sgrMouseReports() {
        #expect(EscapeSequence.key(Self.scalars("[<0;10;5M")) == .mouse(MouseEvent(.press, x: 9, y: 4)))
        #expect(EscapeSequence.key(Self.scalars("[<0;10;5m")) == .mouse(MouseEvent(.release, x: 9, y: 4)))
        #expect(EscapeSequence.key(Self.scalars("[<32;12;5M")) == .mouse(MouseEvent(.drag, x: 11, y: 4)))
        #expect(EscapeSequence.key(Self.scalars("[<64;1;1M")) == .mouse(MouseEvent(.wheelUp, x: 0, y: 0)))
        #expect(EscapeSequence.key(Self.scalars("[<65;3;2M")) == .mouse(MouseEvent(.wheelDown, x: 2, y: 1)))
        #expect(EscapeSequence.key(Self.scalars("[<4;10;5M")) == .mouse(MouseEvent(.press, x: 9, y: 4)), "with Shift held")
        #expect(EscapeSequence.key(Self.scalars("[<2;10;5M")) == nil, "the right button is not used")
        #expect(EscapeSequence.key(Self.scalars("[<0;0;5M")) == nil, "cells count from 1")
        #expect(EscapeSequence.key(Self.scalars("[<0;x;5M")) == nil)
    }
}
