import TerminalUI

/// The hues data and status roles take on terminals of 16 or 8 colours. Nearest-colour
/// mapping alone sent push orange to yellow ("warn"), pull sky blue to cyan, which "ok"
/// green also reached, and the band to magenta: with so few colours, meaning picks the hue.
/// Status keeps the traffic-light hues; data takes the others, so no data colour is a status colour.
enum BasicPalette {
    static let red: UInt8 = 1, green: UInt8 = 2, yellow: UInt8 = 3, blue: UInt8 = 4, magenta: UInt8 = 5, cyan: UInt8 = 6
    static let white: UInt8 = 7, brightBlack: UInt8 = 8

    static let statusRoles: [Role] = [.good, .warn, .alert]
    static let dataRoles: [Role] = [.push, .pull, .band]

    /// The basic colour index for `role` at `depth` (16 or 8 colours) on a light or dark
    /// canvas, or nil when the role keeps its nearest colour.
    static func hue(of role: Role, depth: ColorDepth, lightCanvas: Bool) -> UInt8? {
        guard depth == .c16 || depth == .c8 else { return nil }
        // Bright variants read better on dark; the plain ones on light.
        let bright: UInt8 = depth == .c16 && !lightCanvas ? 8 : 0
        switch role {
        case .good: return green + bright
        case .warn: return yellow + bright
        case .alert: return red + bright
        case .push: return magenta + bright
        // Cyan on white is faint and blue on black is dark: each canvas takes the one it shows.
        case .pull: return (lightCanvas ? blue : cyan) + bright
        case .band:
            if depth == .c16 { return lightCanvas ? white : brightBlack }
            return lightCanvas ? cyan : blue
        default: return nil
        }
    }
}
