/// Whether the terminal's own background is dark or light: the default theme follows it,
/// so a dark theme is not shown on a white terminal (or the other way round) by surprise.
public enum TerminalBackground: String, Equatable, Sendable {
    case dark, light

    /// From `COLORFGBG` ("15;0", "0;default;15": the last field is the background's
    /// colour index), as rxvt, Konsole and others set it; nil when absent or unreadable.
    public init?(colorFGBG: String?) {
        guard let last = colorFGBG?.split(separator: ";").last, let index = Int(last), (0...255).contains(index) else { return nil }
        // 7 (white) and 9–15 (the bright colours but bright black) are light backgrounds.
        self = index == 7 || (9...15).contains(index) ? .light : .dark
    }

    /// From a terminal's answer to the OSC 11 query (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by
    /// BEL or ST; 1 to 4 hex digits a channel); nil when the text holds no such answer.
    public init?(osc11Reply reply: String) {
        let marker = Array("]11;rgb:")
        let characters = Array(reply)
        guard let start = characters.indices.first(where: { characters[$0...].starts(with: marker) }) else { return nil }
        let body = String(characters[(start + marker.count)...].prefix { $0.isHexDigit || $0 == "/" })
        let channels = body.split(separator: "/").compactMap { part -> Double? in
            guard (1...4).contains(part.count), let value = Int(part, radix: 16) else { return nil }
            return Double(value) / Double((1 << (4 * part.count)) - 1)
        }
        guard channels.count == 3 else { return nil }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        self = luminance > 0.5 ? .light : .dark
    }
}
