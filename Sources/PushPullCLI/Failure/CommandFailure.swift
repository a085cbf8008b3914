import TextSafety

/// Why a command stopped, as the user reads it, and the status it exits with, so a script can
/// tell a typo in a flag from a missing file or a full disk.
public struct CommandFailure: Error, Equatable, CustomStringConvertible {
    /// The exit statuses of `sysexits.h`, and 2 for a missing terminal.
    public enum Status: Int32, CaseIterable, Sendable {
        /// The dashboard needs a terminal and there is none (or it is too limited).
        case noTerminal = 2
        /// EX_USAGE: a flag, an argument or a value on the command line is wrong.
        case usage = 64
        /// EX_DATAERR: an input file is there but what it holds is wrong.
        case dataError = 65
        /// EX_NOINPUT: an input file does not exist or cannot be read.
        case noInput = 66
        /// EX_CANTCREAT: an output file cannot be created.
        case cannotCreate = 73
        /// EX_IOERR: reading or writing failed part way (a full disk, a device error).
        case ioError = 74
    }

    public var status: Status
    /// What went wrong, one line per problem (a scenario file may have several).
    public var problem: String
    /// What to do about it, when the problem does not say: the valid names, the flag to pass.
    public var hint: String?

    public init(_ status: Status, _ problem: String, hint: String? = nil) {
        self.status = status
        self.problem = problem
        self.hint = hint
    }

    /// Problem and hint quote file names, keys and arguments: a control character in them is
    /// shown escaped (`\u001B`), never sent to the terminal, on each line.
    public var description: String {
        UntrustedText.escapedLines([problem, hint].compactMap { $0 }.joined(separator: "\n"))
    }
}

extension CommandFailure {
    /// An output file that is there already: replacing it is the user's call, made with a flag.
    static func existingOutput(_ path: String) -> CommandFailure {
        CommandFailure(.usage, "\(path) exists; pass --force to replace it")
    }
}
