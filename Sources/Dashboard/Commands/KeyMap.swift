import TerminalUI

/// The key bindings of the dashboard's normal mode, as data: the key interpreter, the help
/// overlay and the footer's key hints all come from this list, so they cannot drift apart.
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
        public var help: String
        /// How the footer names the binding, when it does.
        public var hint: Hint?

        public init(_ keys: [Key], _ command: Command, _ help: String, hint: Hint? = nil) {
            self.keys = keys
            self.command = command
            self.help = help
            self.hint = hint
        }
    }

    /// A word after the binding's first key in the footer (`r reset`); the `essential` ones
    /// stay when the screen is too narrow for all of them.
    public struct Hint: Sendable {
        public var word: String
        public var essential: Bool

        public init(_ word: String, essential: Bool = false) {
            self.word = word
            self.essential = essential
        }
    }

    public let bindings: [Binding]
    private let lookup: [Key: Command]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        var lookup: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil { lookup[key] = binding.command }
        }
        self.lookup = lookup
    }

    public func command(for key: Key) -> Command? { lookup[key] }

    public static let standard = KeyMap([
        Binding([.up, .character("k")], .selectLever(offset: -1), "previous lever"),
        Binding([.down, .character("j")], .selectLever(offset: 1), "next lever"),
        Binding([.left, .character("h")], .step(direction: -1, size: .small), "small step down"),
        Binding([.right, .character("l")], .step(direction: 1, size: .small), "small step up"),
        Binding([.shiftLeft, .pageDown], .step(direction: -1, size: .large), "large step down"),
        Binding([.shiftRight, .pageUp], .step(direction: 1, size: .large), "large step up"),
        Binding([.enter], .beginExactValue, "type an exact value", hint: Hint("type", essential: true)),
        Binding([.character("r")], .resetLever, "reset lever to baseline", hint: Hint("reset")),
        Binding([.character("b")], .pinBaseline, "pin levers as baseline", hint: Hint("baseline")),
        Binding([.character("u")], .undo, "undo", hint: Hint("undo", essential: true)),
        Binding([.control("r")], .redo, "redo"),
        Binding([.tab], .moveFocus(offset: 1), "next panel", hint: Hint("panel", essential: true)),
        Binding([.backTab], .moveFocus(offset: -1), "previous panel"),
        Binding([.character("[")], .moveMonth(offset: -1), "month cursor back"),
        Binding([.character("]")], .moveMonth(offset: 1), "month cursor forward"),
        Binding([.character(" ")], .togglePlayback, "play / pause the months", hint: Hint("play")),
        Binding([.character("t")], .nextTheme, "next theme"),
        Binding([.character("p")], .togglePresentation, "presentation mode", hint: Hint("present")),
        Binding([.character("?")], .toggleHelp, "help", hint: Hint("keys", essential: true)),
        Binding([.character("d")], .toggleDrivers, "drivers: why the month moves"),
        Binding([.character("B")], .togglePastReplay, "back-test (--backtest)"),
        Binding([.character("f")], .toggleAnalysis(.frontier), "frontier: ARR vs risk"),
        Binding([.character("z")], .toggleAnalysis(.sensitivity), "sensitivity tornado"),
        Binding([.character("g")], .toggleAnalysis(.goalSeek), "goal seek for the lever"),
        Binding([.character("c")], .toggleAnalysis(.comparison), "compare with baseline"),
        Binding([.character("v")], .toggleAnalysis(.responseCurves), "response curves"),
        Binding([.character("m")], .toggleAnalysis(.bestPlan), "best plan of the mix"),
        Binding([.character("x")], .cycleAnalysisMeasure, "next measure (f z g)"),
        Binding([.character("a")], .applySuggestion, "apply the g or m answer"),
        Binding([.character("s")], .save, "save"),
        Binding([.character("S")], .saveAs, "save as"),
        Binding([.character("o")], .open, "open a scenario"),
        Binding([.character("e")], .export, "export"),
        Binding([.control("l")], .repaint, "repaint the screen"),
        Binding([.character("q")], .quit, "quit", hint: Hint("quit", essential: true)),
    ])
}
