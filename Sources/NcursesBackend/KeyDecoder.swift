import CNcurses
import TerminalUI

/// Translates what `wget_wch` returns into the dashboard's `Key`.
enum KeyDecoder {
    /// Adjusts ncurses' key table. Shift+Left/Right as some terminals send them without a terminfo
    /// entry for them (xterm style, as tmux sends them) are bound to ncurses' own codes. The mouse
    /// key (`kmous`, `ESC [ <` under xterm-256color) is removed: ncurses would read the start of an
    /// SGR report as its mouse key and hand over the rest as typed characters; `EscapeSequence`
    /// reads the whole report instead.
    static func defineKeys() {
        for (sequence, code) in [("\u{1b}[1;2D", KEY_SLEFT), ("\u{1b}[1;2C", KEY_SRIGHT)]
        where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        define_key(nil, KEY_MOUSE)
    }

    /// The key for a `wget_wch` result: `isFunctionKey` when it returned KEY_CODE_YES.
    /// Nil for codes the dashboard has no use for.
    static func key(code: UInt32, isFunctionKey: Bool) -> Key? {
        isFunctionKey ? functionKey(Int32(bitPattern: code)) : characterKey(code)
    }

    private static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case pp_key_f(1)...pp_key_f(63): return .function(Int(code - pp_key_f(0)))
        default: return nil
        }
    }
}
