/// Why the dashboard cannot take over the terminal. Each case has a one-line
/// message; the caller prints it to stderr and exits with status 2.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case inputNotATerminal
    case outputNotATerminal
    case termNotSet
    case unknownTerminal(String)
    case cannotMoveCursor(String)
    case startFailed(String)

    public var description: String {
        switch self {
        case .inputNotATerminal:
            return "standard input is not a terminal; run the dashboard in an interactive terminal"
        case .outputNotATerminal:
            return "standard output is not a terminal; run the dashboard without redirecting its output"
        case .termNotSet:
            return "TERM is not set; set it to your terminal type (for example TERM=xterm-256color)"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term); set TERM to a type this system knows (for example xterm-256color)"
        case .cannotMoveCursor(let term):
            return "terminal type TERM=\(term) cannot move the cursor; the dashboard needs a full-screen terminal"
        case .startFailed(let term):
            return "could not start the screen for TERM=\(term)"
        }
    }
}
