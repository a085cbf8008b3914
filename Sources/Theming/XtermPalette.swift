import TerminalUI

/// The xterm 256-colour palette and nearest-colour searches in it.
enum XtermPalette {
    typealias RGB = (r: Int, g: Int, b: Int)

    static let basic: [RGB] = XtermColors.basic.map { (r: $0.0, g: $0.1, b: $0.2) }

    static func rgb(ofIndex index: UInt8) -> RGB {
        let (r, g, b) = XtermColors.rgb(index)
        return (r, g, b)
    }

    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b
        return dr * dr + dg * dg + db * db
    }

    /// The nearest of indices 16–255: the closest cube colour or the closest grey,
    /// whichever is nearer. The basic 16 are left out because terminals redefine them.
    static func nearest256(_ c: RGB) -> UInt8 {
        func cubeStep(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        let cube = 16 + 36 * cubeStep(c.r) + 6 * cubeStep(c.g) + cubeStep(c.b)
        let average = (c.r + c.g + c.b) / 3
        let grey = 232 + (average > 238 ? 23 : max(0, (average - 3) / 10))
        let cubeDistance = distance(c, rgb(ofIndex: UInt8(cube)))
        let greyDistance = distance(c, rgb(ofIndex: UInt8(grey)))
        return UInt8(greyDistance < cubeDistance ? grey : cube)
    }

    /// The nearest of the first `count` basic colours (16, or 8), the lower index on a tie,
    /// leaving out `avoiding` (the canvas's own colour, so text never vanishes into it).
    /// A grey only goes to a grey entry: plain distance would send mid greys to yellow.
    static func nearestBasic(_ c: RGB, count: Int, avoiding: Set<Int> = []) -> UInt8 {
        let isGrey = max(c.r, c.g, c.b) - min(c.r, c.g, c.b) < 32
        let greys = count == 8 ? [0, 7] : [0, 8, 7, 15]
        let all = isGrey ? greys : Array(0..<count)
        let candidates = all.filter { !avoiding.contains($0) }
        let best = (candidates.isEmpty ? all : candidates).min { distance(c, basic[$0]) < distance(c, basic[$1]) } ?? 0
        return UInt8(best)
    }
}
