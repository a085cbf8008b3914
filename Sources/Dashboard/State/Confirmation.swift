import TerminalUI

/// A question the dashboard is waiting on before it throws away unsaved changes or a file:
/// `y` goes ahead, any other key stays.
public enum Confirmation: Equatable, Sendable {
    case quit
    /// Opening another scenario (the path is asked for after the answer).
    case open
    /// Saving over a file that is there already.
    case replace(path: String)
    /// Saving over the scenario's file, which someone else changed since it was read.
    case changedOnDisk(path: String)

    /// The command a key answers with: `y` goes ahead; a file changed on disk also takes `t` and `S`.
    func command(for key: Key) -> Command {
        switch (self, key) {
        case (_, .character("y")): .confirm(true)
        case (.changedOnDisk, .character("t")): .takeTheirs
        case (.changedOnDisk, .character("S")): .saveAs
        default: .confirm(false)
        }
    }

    var question: String {
        switch self {
        case .quit: "unsaved changes: quit anyway? y = quit, any other key = stay"
        case .open: "unsaved changes: open another scenario anyway? y = open, any other key = stay"
        // The answers first: at 80 columns a long path would push them off the status line.
        case .replace(let path): "a file is there: replace it? y = replace, any other key = keep it (\(path))"
        case .changedOnDisk: "file changed on disk: y = keep mine, t = take theirs, S = save as, else cancel"
        }
    }
}
