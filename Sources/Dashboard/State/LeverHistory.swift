import PushPullModel

/// Unbounded undo and redo of lever changes within a session.
public struct LeverHistory: Equatable, Sendable {
    private var undoStack: [Levers] = []
    private var redoStack: [Levers] = []

    public init() {}

    /// Remembers `previous` before a new change; a new change forgets what could be redone.
    mutating func record(_ previous: Levers) {
        undoStack.append(previous)
        redoStack.removeAll()
    }

    /// The levers before the last change, keeping `current` for redo.
    mutating func undo(from current: Levers) -> Levers? {
        guard let previous = undoStack.popLast() else { return nil }
        redoStack.append(current)
        return previous
    }

    /// The levers of the last undone change, keeping `current` for undo.
    mutating func redo(from current: Levers) -> Levers? {
        guard let next = redoStack.popLast() else { return nil }
        undoStack.append(current)
        return next
    }
}
