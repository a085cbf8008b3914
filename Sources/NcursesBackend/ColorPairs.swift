import CNcurses
import TerminalUI

/// Turns styles into ncurses attributes and colour pairs, allocating pairs on
/// first use (ncurses 6.1+ `alloc_pair`, extended pairs beyond 255) and caching them.
struct ColorPairs {
    /// What the terminal offers, read once after `start_color`.
    struct Terminal {
        var colorCount: Int
        var hasDefaultColors: Bool
        var pairCount: Int
        /// Direct colour: colour numbers are 0xRRGGBB (below 8 still the ANSI colours).
        var isDirect: Bool { colorCount >= 1 << 24 }
    }

    private let terminal: Terminal
    private var pairs: [PairKey: Int32] = [:]
    /// The style resolved last and its answer: neighbouring cells mostly share a style, and looking
    /// each one up cost 2.2M instructions of the first frame at 120×40.
    private var last: (style: Style, attributes: attr_t, pair: Int32)?

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(terminal: Terminal) { self.terminal = terminal }

    /// The attributes and the colour pair number that draw `style`.
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int32) {
        if let last, last.style == style { return (last.attributes, last.pair) }
        // A pair recycled by `pair(_:)` below can only be the answer for this style, which replaces `last`.
        let resolved = (attributes: attributes(style.attributes), pair: pair(style))
        last = (style, resolved.attributes, resolved.pair)
        return resolved
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = pp_attr_normal()
        if attributes.contains(.bold) { result |= pp_attr_bold() }
        if attributes.contains(.dim) { result |= pp_attr_dim() }
        if attributes.contains(.underline) { result |= pp_attr_underline() }
        if attributes.contains(.reverse) { result |= pp_attr_reverse() }
        return result
    }

    private mutating func pair(_ style: Style) -> Int32 {
        guard terminal.colorCount > 0 else { return 0 }
        let key = PairKey(foreground: number(style.foreground, foreground: true),
                          background: number(style.background, foreground: false))
        if key == PairKey(foreground: -1, background: -1) { return 0 }
        if let known = pairs[key] { return known }
        // alloc_pair recycles the least recently used pair when all are taken; start
        // the cache afresh then rather than keep numbers that now mean other colours.
        if pairs.count >= terminal.pairCount - 1 { pairs.removeAll() }
        let allocated = max(0, alloc_pair(key.foreground, key.background))
        pairs[key] = allocated
        return allocated
    }

    /// The ncurses colour number for `color`; -1 is the terminal's default.
    private func number(_ color: Color, foreground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            return terminal.hasDefaultColors ? -1 : (foreground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK))
        case .indexed(let index):
            if terminal.isDirect && index >= 8 { return number(Self.xtermRGB(index), foreground: foreground) }
            return Int(index) < terminal.colorCount ? Int32(index) : number(.terminalDefault, foreground: foreground)
        case .rgb(let red, let green, let blue):
            if terminal.isDirect {
                // Numbers below 8 select ANSI colours on direct terminals; 8 is a near-black blue.
                return max(8, Int32(red) << 16 | Int32(green) << 8 | Int32(blue))
            }
            // Themes map colours down before drawing; this is only a safety net.
            return terminal.colorCount >= 256
                ? Int32(Self.nearestCubeIndex(red, green, blue))
                : number(.terminalDefault, foreground: foreground)
        }
    }

    /// The RGB value xterm gives an indexed colour.
    static func xtermRGB(_ index: UInt8) -> Color {
        let (r, g, b) = XtermColors.rgb(index)
        return .rgb(UInt8(r), UInt8(g), UInt8(b))
    }

    /// The closest colour of the 6×6×6 cube (indexes 16–231).
    static func nearestCubeIndex(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int {
        func level(_ value: UInt8) -> Int {
            XtermColors.cubeLevels.indices.min { abs(XtermColors.cubeLevels[$0] - Int(value)) < abs(XtermColors.cubeLevels[$1] - Int(value)) }!
        }
        return 16 + 36 * level(red) + 6 * level(green) + level(blue)
    }
}
