/// xterm's 256-colour palette: the one reference for what an indexed colour looks like
/// (themes mapping colours down, the backend on direct-colour terminals, SVG output).
public enum XtermColors {
    /// xterm's defaults for the 16 basic colours (terminals may differ; these are the usual reference).
    public static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six levels of each channel in the 6×6×6 cube (indices 16–231).
    public static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The red, green and blue of `index`.
    public static func rgb(_ index: UInt8) -> (Int, Int, Int) {
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
}
