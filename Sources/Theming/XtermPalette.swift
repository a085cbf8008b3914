/// The xterm 256-colour palette and nearest-colour searches in it.
enum XtermPalette {
    typealias RGB = (r: Int, g: Int, b: Int)

    /// xterm's defaults for the 16 basic colours (terminals may differ; these are the usual reference).
    static let basic: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six levels of each channel in the 6×6×6 cube (indices 16–231).
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: UInt8) -> RGB {
        let i = Int(index)
        switch i {
        case 0..<16: return basic[i]
        case 16..<232:
            let n = i - 16
            return (cubeLevels[n / 36], cubeLevels[n / 6 % 6], cubeLevels[n % 6])
        default:
            let level = 8 + 10 * (i - 232)
            return (level, level, level)
        }
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
