import TerminalUI

/// Turns a key into a command, given the mode the state is in: an open input
/// field, a pending question or the help overlay take keys before the key map, and
/// the focused panel decides what the steps act on.
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
            default: return nil
            }
        }
        if let question = state.confirming { return question.command(for: key) }
        if state.isHelpShown {
            return key == .escape || key == .character("?") ? .closeHelp : nil
        }
        if state.isPastReplayShown {
            return key == .escape || key == .character("B") ? .togglePastReplay : nil
        }
        let command = keyMap.command(for: key)
        // With the pipeline or the chart focused, the steps move the month cursor instead
        // (a large step is a quarter): what the arrows act on follows the focus.
        if case .step(let direction, let size)? = command, state.focus.arrowsMoveMonth {
            return .moveMonth(offset: direction * (size == .small ? 1 : 3))
        }
        return command
    }
}
