import TerminalUI

/// The key bindings of the dashboard's normal mode, as data: the key interpreter, the help
/// overlay and the footer's key hints all come from this list, so they cannot drift apart.
/// `standard` is the default; the config file's `[keys]` table changes it (`overriding`).
public struct KeyMap: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var command: Command
        public var help: String
        /// How the footer names the binding, when it does.
        public var hint: Hint?
        /// The panels where the binding acts; nil for everywhere. Each panel has its own keys:
        /// the arrows step the lever on the levers, move the month on the pipeline and chart.
        public var panels: Set<FocusPanel>?

        public init(_ keys: [Key], _ command: Command, _ help: String, hint: Hint? = nil, in panels: Set<FocusPanel>? = nil) {
            self.keys = keys
            self.command = command
            self.help = help
            self.hint = hint
            self.panels = panels
        }

        func acts(in panel: FocusPanel) -> Bool { panels?.contains(panel) ?? true }
    }

    /// A word after the binding's first key in the footer (`r reset`); the `essential` ones
    /// stay when the screen is too narrow for all of them. Bindings side by side with the same
    /// word share it (`↑/↓ lever`).
    public struct Hint: Sendable {
        public var word: String
        public var essential: Bool

        public init(_ word: String, essential: Bool = false) {
            self.word = word
            self.essential = essential
        }
    }

    public let bindings: [Binding]

    public init(_ bindings: [Binding]) { self.bindings = bindings }

    /// The command `key` gives with `panel` focused: a binding for that panel comes before
    /// one for every panel.
    public func command(for key: Key, in panel: FocusPanel) -> Command? {
        let matching = bindings.filter { $0.keys.contains(key) && $0.acts(in: panel) }
        return (matching.first { $0.panels != nil } ?? matching.first)?.command
    }

    /// The panels where `key` does something, for saying so when it does nothing in this one.
    public func panels(where key: Key) -> [FocusPanel] {
        FocusPanel.allCases.filter { command(for: key, in: $0) != nil }
    }

    /// The bindings that act with `panel` focused.
    public func bindings(in panel: FocusPanel) -> [Binding] { bindings.filter { $0.acts(in: panel) } }

    /// This key map with the keys of some actions replaced (the config file's `[keys]`): each
    /// action named gets exactly the keys given, in the panels where it acted (everywhere if it
    /// did anywhere), and those keys leave every other action, so the user's choice always wins.
    /// An action given no keys has none. Names must be actions' names (`Command(named:)`).
    public func overriding(_ overrides: [(action: String, keys: [Key])]) -> KeyMap {
        var bindings = self.bindings
        for (action, keys) in overrides {
            guard let command = Command(named: action) else { continue }
            for index in bindings.indices { bindings[index].keys.removeAll { keys.contains($0) } }
            if let first = bindings.firstIndex(where: { $0.command == command }) {
                let own = bindings.filter { $0.command == command }
                bindings[first].keys = keys
                // Everywhere the action acted before: everywhere if any of its bindings did.
                bindings[first].panels = own.contains { $0.panels == nil } ? nil : own.reduce(into: Set()) { $0.formUnion($1.panels ?? []) }
                bindings = bindings.enumerated().filter { $0.offset == first || $0.element.command != command }.map(\.element)
            } else {
                bindings.append(Binding(keys, command, action))
            }
        }
        return KeyMap(bindings)
    }

    private static let chart: Set<FocusPanel> = [.pipeline, .forecast]

    public static let standard = KeyMap([
        Binding([.up, .character("k")], .selectLever(offset: -1), "previous lever", hint: Hint("lever", essential: true), in: [.levers]),
        Binding([.down, .character("j")], .selectLever(offset: 1), "next lever", hint: Hint("lever", essential: true), in: [.levers]),
        Binding([.left, .character("h")], .step(direction: -1, size: .small), "small step down", hint: Hint("step", essential: true),
                in: [.levers]),
        Binding([.right, .character("l")], .step(direction: 1, size: .small), "small step up", hint: Hint("step", essential: true),
                in: [.levers]),
        Binding([.shiftLeft, .pageDown], .step(direction: -1, size: .large), "large step down", in: [.levers]),
        Binding([.shiftRight, .pageUp], .step(direction: 1, size: .large), "large step up", in: [.levers]),
        Binding([.left, .character("h")], .moveMonth(offset: -1), "month cursor back", hint: Hint("month", essential: true),
                in: chart),
        Binding([.right, .character("l")], .moveMonth(offset: 1), "month cursor forward", hint: Hint("month", essential: true),
                in: chart),
        Binding([.shiftLeft, .pageDown], .moveMonth(offset: -3), "a quarter back", in: chart),
        Binding([.shiftRight, .pageUp], .moveMonth(offset: 3), "a quarter forward", in: chart),
        Binding([.enter], .beginExactValue, "type an exact value", hint: Hint("type", essential: true), in: [.levers]),
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
        Binding([.character("!")], .toggleMessage, "the whole last message"),
        Binding([.character(":")], .beginCommandLine, "command line"),
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
