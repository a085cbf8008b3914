import TerminalUI

/// Figures five rows tall, for the presentation mode's headline figures on a projector: a
/// proportional font (a "1" or a "." is narrower than an "M"), with a real €, $, £, k and M,
/// so `€6.9M` does not read as `C6.9N`.
enum BigText {
    static let height = 5

    /// Columns `text` takes: each glyph's width and a column between glyphs.
    static func width(of text: String) -> Int {
        max(0, text.reduce(0) { $0 + glyph($1).first!.count + 1 } - 1)
    }

    /// Draws `text` with `ink` for every lit pixel (a full block, or `#` in ASCII).
    static func draw(_ text: String, into buffer: inout Buffer, x: Int, y: Int, style: Style, ink: String) {
        var left = x
        for character in text {
            let rows = glyph(character)
            for (row, pattern) in rows.enumerated() {
                for (column, pixel) in pattern.enumerated() where pixel == "#" {
                    buffer.write(ink, x: left + column, y: y + row, style: style)
                }
            }
            left += rows[0].count + 1
        }
    }

    /// The glyph of `character`; one the font lacks is a blank of a digit's width.
    private static func glyph(_ character: Character) -> [String] {
        font[character] ?? font[" "]!
    }

    private static let font: [Character: [String]] = [
        "0": [".##.", "#..#", "#..#", "#..#", ".##."], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###.", "...#", ".##.", "#...", "####"], "3": ["###.", "...#", ".##.", "...#", "###."],
        "4": ["#..#", "#..#", "####", "...#", "...#"], "5": ["####", "#...", "###.", "...#", "###."],
        "6": [".##.", "#...", "###.", "#..#", ".##."], "7": ["####", "...#", "..#.", ".#..", ".#.."],
        "8": [".##.", "#..#", ".##.", "#..#", ".##."], "9": [".##.", "#..#", ".###", "...#", ".##."],
        ".": [".", ".", ".", ".", "#"], ",": ["..", "..", "..", ".#", "#."],
        "k": ["#...", "#..#", "#.#.", "###.", "#..#"], "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
        "B": ["###.", "#..#", "###.", "#..#", "###."],
        "€": ["..###", ".#...", "####.", ".#...", "..###"], "$": [".###.", "#.#..", ".###.", "..#.#", ".###."],
        "£": ["..##", ".#..", "###.", ".#..", "####"], "¥": ["#...#", ".#.#.", "#####", "..#..", "..#.."],
        "E": ["####", "#...", "###.", "#...", "####"], "U": ["#..#", "#..#", "#..#", "#..#", ".##."],
        "R": ["###.", "#..#", "###.", "#.#.", "#..#"], "G": [".###", "#...", "#.##", "#..#", ".###"],
        "P": ["###.", "#..#", "###.", "#...", "#..."], "J": ["..##", "...#", "...#", "#..#", ".##."],
        "Y": ["#...#", ".#.#.", "..#..", "..#..", "..#.."],
        "-": ["...", "...", "###", "...", "..."], "−": ["...", "...", "###", "...", "..."],
        " ": ["..", "..", "..", "..", ".."],
    ]
}
