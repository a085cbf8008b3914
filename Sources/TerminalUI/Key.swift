/// A key press (or mouse event) as the dashboard understands it, independent of the terminal library.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case control(Character)          // Ctrl + letter, lower-case: .control("r")
    case up, down, left, right
    case shiftLeft, shiftRight
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case resize
    /// A click, drag or wheel turn (only when the mouse is on).
    case mouse(MouseEvent)
}
