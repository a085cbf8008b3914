import CNcurses
import Glibc

/// What terminfo says about a terminal type.
public enum TerminfoEntry: Equatable, Sendable {
    case missing
    case found(canMoveCursor: Bool)
}

/// The checks that must pass before ncurses starts: started on a pipe, a file or
/// an unusable TERM, ncurses would write escape codes into a file or spin on input.
public enum TerminalCheck {
    /// The first problem with these facts, or nil when the dashboard can start.
    /// Pure, so every case can be tested without a terminal.
    public static func problem(
        inputIsTerminal: Bool,
        outputIsTerminal: Bool,
        term: String?,
        lookup: (String) -> TerminfoEntry
    ) -> TerminalError? {
        guard inputIsTerminal else { return .inputNotATerminal }
        guard outputIsTerminal else { return .outputNotATerminal }
        guard let term, !term.isEmpty else { return .termNotSet }
        switch lookup(term) {
        case .missing: return .unknownTerminal(term)
        case .found(canMoveCursor: false): return .cannotMoveCursor(term)
        case .found(canMoveCursor: true): return nil
        }
    }

    /// Checks this process's stdin, stdout and TERM.
    public static func current() throws(TerminalError) {
        let failure = problem(
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            term: getenv("TERM").map { String(cString: $0) },
            lookup: terminfoEntry
        )
        if let failure { throw failure }
    }

    /// The direct-colour (24-bit) terminfo entry of `term`'s family (`xterm-256color` →
    /// `xterm-direct`), when the system has it and `term` is not one already.
    public static func directColorVariant(of term: String) -> String? {
        guard !term.isEmpty, !term.hasSuffix("-direct"), let family = term.split(separator: "-").first else { return nil }
        let candidate = "\(family)-direct"
        guard case .found(canMoveCursor: true) = terminfoEntry(candidate) else { return nil }
        return candidate
    }

    /// Reads the system's terminfo entry for `term`.
    public static func terminfoEntry(_ term: String) -> TerminfoEntry {
        var canMoveCursor: Int32 = 0
        guard pp_terminfo_lookup(term, STDOUT_FILENO, &canMoveCursor) == 1 else { return .missing }
        return .found(canMoveCursor: canMoveCursor == 1)
    }
}
