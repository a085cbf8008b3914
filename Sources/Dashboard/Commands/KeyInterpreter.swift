import TerminalUI

/// Turns a key into a command, given the mode the state is in: an open input
/// field, a pending question or an overlay take keys before the key map, and the focused
/// panel picks among the key map's bindings.
public struct KeyInterpreter: Sendable {
    public var keyMap: KeyMap

    public init(keyMap: KeyMap = .standard) { self.keyMap = keyMap }

    public func command(for key: Key, in state: DashboardState) -> Command? {
        if state.input != nil {
            switch key {
            case .character(let character): return .type(character)
            case .backspace, .delete: return .deleteBackward
            case .enter: return .submitInput
            case .escape: return .cancelInput
            case .control("u"): return .clearInput
            case .tab: return .completeInput
            default: return nil
            }
        }
        if let question = state.confirming { return question.command(for: key) }
        // Presentation shows the selected lever and nothing else to act on: the levers' keys act,
        // whichever panel had the focus before.
        let panel: FocusPanel = state.isPresenting ? .levers : state.focus
        let command = keyMap.command(for: key, in: panel)
        // An overlay closes with Esc or with the key that opened it, and takes every other key.
        if state.isMessageShown { return key == .escape || command == .toggleMessage ? .toggleMessage : nil }
        if state.isHelpShown { return key == .escape || command == .toggleHelp ? .closeHelp : nil }
        if state.isPastReplayShown { return key == .escape || command == .togglePastReplay ? .togglePastReplay : nil }
        if let command { return command }
        // A key that acts in other panels says where, rather than doing something unseen here.
        let elsewhere = keyMap.panels(where: key)
        guard !elsewhere.isEmpty else { return nil }
        return .explain("\(KeySpelling.spelling(of: key)) acts on \(elsewhere.map(\.title).joined(separator: ", ")), "
                        + "not on \(panel.title): Tab moves the focus")
    }
}
