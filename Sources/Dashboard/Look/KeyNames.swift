import TerminalUI

extension TextSymbols {
    /// How a key is written in hints and help: `↑`, `Shift-→`, `Ctrl-R`, `Space`.
    func name(of key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-\(character.uppercased())"
        case .up: arrowKeyNames[0]
        case .down: arrowKeyNames[1]
        case .left: arrowKeyNames[2]
        case .right: arrowKeyNames[3]
        case .shiftLeft: "Shift-\(arrowKeyNames[2])"
        case .shiftRight: "Shift-\(arrowKeyNames[3])"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let number): "F\(number)"
        case .resize: "resize"
        case .mouse: "mouse"
        }
    }
}
