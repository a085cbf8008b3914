import TerminalUI

/// Numbers five rows tall, for the presentation mode's headline figures on a projector.
enum BigText {
    static let height = 5

    /// Columns `text` takes: three per character and a space between.
    static func width(of text: String) -> Int { max(0, text.count * 4 - 1) }

    /// Draws `text` with `ink` for every lit pixel (a full block, or `#` in ASCII).
    static func draw(_ text: String, into buffer: inout Buffer, x: Int, y: Int, style: Style, ink: String) {
        for (index, character) in text.enumerated() {
            let left = x + index * 4
            guard let rows = font[character] else {
                buffer.write(String(character), x: left + 1, y: y + 2, style: style)
                continue
            }
            for (row, pattern) in rows.enumerated() {
                for (column, pixel) in pattern.enumerated() where pixel == "#" {
                    buffer.write(ink, x: left + column, y: y + row, style: style)
                }
            }
        }
    }

    private static let font: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"], "3": ["###", "..#", ".##", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"], "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "###"],
        ".": ["...", "...", "...", "...", ".#."], "k": ["#..", "#.#", "##.", "#.#", "#.#"],
        "M": ["#.#", "###", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "€": [".##", "#..", "##.", "#..", ".##"], "$": [".##", "##.", ".#.", ".##", "##."],
        "£": [".##", ".#.", "###", ".#.", "###"], "E": ["###", "#..", "##.", "#..", "###"],
        "U": ["#.#", "#.#", "#.#", "#.#", "###"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "-": ["...", "...", "###", "...", "..."], "−": ["...", "...", "###", "...", "..."],
        " ": ["...", "...", "...", "...", "..."],
    ]
}
