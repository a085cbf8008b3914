import TerminalUI

/// The few symbols the dashboard writes inside text that no widget draws: signs,
/// key names. Everything a widget draws comes from `TerminalUI.Glyphs`;
/// these follow it, so an ASCII glyph set gives ASCII text too.
struct TextSymbols: Sendable {
    /// True when the glyph set is plain ASCII: money then shows currency codes instead of € or £.
    let isASCII: Bool
    let minus: String
    /// Between two ends of a range: `P10–P90`.
    let rangeDash: String
    let times: String
    /// Between parts of a title or a hint: `Pipeline · month 12`.
    let dot: String
    let atLeast: String
    let atMost: String
    let plusMinus: String
    /// Gauge states: a symbol beside the word, so the state shows without colour.
    let unsaved: String
    /// The dashed line where sales meets the buyer in the pipeline.
    let handoffRule: String
    /// How the arrow keys are named in hints and help: up, down, left, right.
    let arrowKeyNames: [String]

    init(matching glyphs: Glyphs) {
        let drawn = [glyphs.border.horizontal, glyphs.border.vertical, glyphs.focusMarker, glyphs.ellipsis,
                     glyphs.sliderKnob, glyphs.barPrimary.full, glyphs.arrowUp]
        isASCII = drawn.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }
        if isASCII {
            (minus, rangeDash, times, atLeast, atMost, dot) = ("-", "-", "x", ">=", "<=", "-")
            plusMinus = "+/-"
            (unsaved, handoffRule) = ("*", "-")
            arrowKeyNames = ["Up", "Down", "Left", "Right"]
        } else {
            (minus, rangeDash, times, atLeast, atMost, dot) = ("−", "–", "×", "≥", "≤", "·")
            plusMinus = "±"
            (unsaved, handoffRule) = ("●", "┄")
            arrowKeyNames = ["↑", "↓", "←", "→"]
        }
    }

    /// A message written for Unicode terminals, with ASCII stand-ins when the glyph set is ASCII.
    func readable(_ text: String) -> String {
        guard isASCII else { return text }
        return text.replacingOccurrences(of: "→", with: "->").replacingOccurrences(of: "–", with: "-")
            .replacingOccurrences(of: "€", with: "EUR ").replacingOccurrences(of: "£", with: "GBP ")
    }
}
