import PushPullModel

/// A place in a scenario file: 1-based line and column (columns count Unicode scalars).
public struct TextPosition: Equatable, Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = TextPosition(line: 1, column: 1)

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

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
        return parts.joined(separator: ":").escapingControlCharacters
    }
}

/// Every problem found in a scenario file, in the order they appear in it.
public struct ScenarioFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [ScenarioFileProblem]
    /// The system's error number (`errno`) when the file itself could not be read; nil when
    /// the problem is in what it holds. A command line tells "no input" from "bad data" by it.
    public var systemErrorNumber: Int32?

    public init(problems: [ScenarioFileProblem], systemErrorNumber: Int32? = nil) {
        self.problems = problems
        self.systemErrorNumber = systemErrorNumber
    }

    /// A problem with the file as a whole or its syntax, where no key is involved.
    init(file: String, position: TextPosition?, message: String) {
        self.init(problems: [ScenarioFileProblem(file: file, position: position, key: nil, message: message)])
    }

    /// One line per problem, ready for a terminal or an editor's error list.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
