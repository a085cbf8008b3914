/// A mouse event at a cell of the screen (0-based column `x`, row `y`): the left button
/// pressed, dragged or released, or the wheel turned. Other buttons are not reported.
public struct MouseEvent: Equatable, Hashable, Sendable {
    public enum Action: Equatable, Hashable, Sendable { case press, drag, release, wheelUp, wheelDown }

    public var action: Action
    public var x: Int
    public var y: Int

    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}
