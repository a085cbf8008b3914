import PushPullModel
import TOMLGuard
import TextSafety

/// One thing wrong with a scenario file, printed as `file:line:column: key: message`.
public struct ScenarioFileProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// Nil when the problem concerns the whole file (it cannot be read, it is too large).
    public var position: TextPosition?
    /// The dotted key path (`levers.pushShare`, `stages[2].conversion`), nil for syntax and file problems.
    public var key: String?
    public var message: String

    public init(file: String, position: TextPosition?, key: String?, message: String) {
        self.file = file
        self.position = position
        self.key = key
        self.message = message
    }

    public var description: String {
        var parts = [file]
        if let position { parts += ["\(position.line)", "\(position.column)"] }
        if let key { parts.append(" \(key)") }
        parts.append(" \(message)")
        // Keys, values and file names come from the file: a control character in them (an escape
        // sequence, a line break in a quoted key) is shown as `\u001B` rather than sent to the terminal.
        return UntrustedText.escaped(parts.joined(separator: ":"))
    }
}

/// Every problem found in a scenario file, in the order they appear in it.
public struct ScenarioFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [ScenarioFileProblem]
    /// What kept the file from being read or parsed at all (it cannot be read, is too large, is
    /// not UTF-8, is not TOML); nil when it parsed and the problems are in what it holds. A
    /// command line tells "no input" from "bad data" by it.
    public var inputProblem: TOMLInput.Problem?

    public init(problems: [ScenarioFileProblem]) {
        self.problems = problems
    }

    /// The file could not be read or parsed: one problem, with the position when there is one.
    init(file: String, inputProblem: TOMLInput.Problem) {
        self.init(problems: [ScenarioFileProblem(file: file, position: inputProblem.position, key: nil,
                                                 message: inputProblem.message(fileKind: "scenario file"))])
        self.inputProblem = inputProblem
    }

    /// One line per problem, ready for a terminal or an editor's error list.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
