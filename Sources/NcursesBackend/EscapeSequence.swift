import TerminalUI

/// The escape sequences ncurses leaves undecoded: keys the terminfo entry lacks (PgUp under
/// TERM=vt100, Home and End as tmux sends them under TERM=xterm) and SGR (1006) mouse reports.
/// A sequence is read whole and turned into its key, or swallowed: its `[` must never reach the
/// dashboard as a key of its own.
enum EscapeSequence {
    /// The longest sequence read; anything longer is garbage, swallowed.
    static let maximumLength = 32

    /// Whether `body` (what followed ESC, starting with `[` or `O`) is a whole sequence:
    /// a CSI ends with a byte from `@` to `~`, an SS3 after one character.
    static func isComplete(_ body: [Unicode.Scalar]) -> Bool {
        guard let introducer = body.first else { return false }
        if introducer == "O" { return body.count >= 2 }
        guard introducer == "[", body.count >= 2, let last = body.last else { return false }
        return (0x40...0x7E).contains(last.value)
    }

    /// Whether a sequence starts with `scalar` after ESC (else ESC was a key, or Alt).
    static func isIntroducer(_ scalar: Unicode.Scalar) -> Bool { scalar == "[" || scalar == "O" }

    /// The key a whole sequence stands for; nil when it stands for nothing the dashboard uses.
    static func key(_ body: [Unicode.Scalar]) -> Key? {
        guard isComplete(body), let final = body.last else { return nil }
        let parameters = String(String.UnicodeScalarView(body.dropFirst().dropLast()))
        if body.first == "O" { return plainKey(final) }
        if parameters.hasPrefix("<") { return mouse(parameters.dropFirst(), released: final == "m") }
        if final == "~" { return tildeKey(parameters) }
        if parameters == "1;2" { return final == "D" ? .shiftLeft : final == "C" ? .shiftRight : nil }
        if final == "Z" { return .backTab }
        return parameters.isEmpty ? plainKey(final) : nil
    }

    /// Arrows, Home and End as `ESC [ A` or `ESC O A`; F1–F4 as `ESC O P`…
    private static func plainKey(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "M": .enter
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// `ESC [ 5 ~` and kin (vt220 style).
    private static func tildeKey(_ parameters: String) -> Key? {
        switch Int(parameters) {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case let n? where (11...15).contains(n): .function(n - 10)
        case let n? where (17...21).contains(n): .function(n - 11)
        case let n? where (23...24).contains(n): .function(n - 12)
        default: nil
        }
    }

    /// `ESC [ < button ; column ; row M` (press or motion) or `m` (release), 1-based cells.
    private static func mouse(_ fields: Substring, released: Bool) -> Key? {
        let numbers = fields.split(separator: ";").compactMap { Int($0) }
        guard numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1 else { return nil }
        let button = numbers[0], x = numbers[1] - 1, y = numbers[2] - 1
        let action: MouseEvent.Action
        // Shift, Alt and Ctrl (4, 8, 16) do not change what an event does; 32 marks motion.
        switch (button & ~0b111100, button & 32 != 0) {
        case (64, _): action = .wheelUp
        case (65, _): action = .wheelDown
        case (0, false): action = released ? .release : .press
        case (0, true): action = .drag
        default: return nil
        }
        return .mouse(MouseEvent(action, x: x, y: y))
    }
}
