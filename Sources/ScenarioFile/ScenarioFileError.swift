import PushPullModel
import TOMLGuard

/// One thing wrong with a scenario file: the problem type every TOML format shares.
public typealias ScenarioFileProblem = TOMLProblem

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
