import CNcurses
import TerminalUI

/// Copies a `Buffer` onto ncurses' screen, cell by cell, at the buffer's columns: only the
/// cells that differ from the last frame painted (`FrameDiff`). `refresh` already sends the terminal only
/// what changed, but writing every cell into ncurses each frame costs ~6M instructions at
/// 120×40 where a one-lever nudge changes a few hundred cells.
struct ScreenPainter {
    private var colors: ColorPairs
    /// One grapheme as setcchar wants it: up to CCHARW_MAX code points, zero-terminated.
    private var characters = [wchar_t](repeating: 0, count: Int(pp_cchar_max()) + 1)
    /// What ncurses' screen holds: the last frame painted, clipped to the screen.
    private var painted: Buffer?

    init(colors: ColorPairs) { self.colors = colors }

    /// Draws `buffer` clipped to `screen`; with `clearFirst` the terminal is wiped
    /// and repainted (after a resume or an explicit repaint), otherwise only differences go out.
    mutating func paint(_ buffer: Buffer, on screen: Size, clearFirst: Bool) {
        let window = pp_stdscr()
        let diff = FrameDiff(from: clearFirst ? nil : painted, to: buffer, within: screen)
        if diff.isFull { werase(window) }
        for change in diff.changes {
            put(buffer[change.x, change.y], x: change.x, y: change.y, columns: change.columns, in: window)
        }
        painted = buffer
        if clearFirst { clearok(window, true) }
        wrefresh(window)
    }

    private mutating func put(_ cell: Cell, x: Int, y: Int, columns: Int, in window: UnsafeMutablePointer<WINDOW>?) {
        let (attributes, pair) = colors.resolve(cell.style)
        var pairNumber = pair
        loadCharacters(of: cell.symbol, columns: columns)
        var character = cchar_t()
        characters.withUnsafeBufferPointer { text in
            _ = setcchar(&character, text.baseAddress, attributes, 0, &pairNumber)
        }
        // ERR at the bottom-right cell is expected (the cursor cannot advance); the cell is drawn.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    /// Fills `characters` with the grapheme, or "?" when the terminal would give it
    /// more columns than the buffer did (or none, or cannot print it), so one odd
    /// character cannot shift the rest of the row. Narrower is harmless: the spare
    /// column stays blank.
    private mutating func loadCharacters(of symbol: String, columns: Int) {
        let scalars = symbol.unicodeScalars
        let first = scalars.first.map { wchar_t(bitPattern: $0.value) } ?? 0x20
        let fits = (1...columns).contains(Int(wcwidth(first)))
        var count = 0
        for scalar in fits ? scalars : "?".unicodeScalars where count < characters.count - 1 {
            characters[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        characters[count] = 0
    }
}
