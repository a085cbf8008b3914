import ArgumentParser
import PushPullModel
import ScenarioFile

/// The options every command that runs the model shares: which scenario, and what to change in it.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "A scenario file (TOML). Without one, the built-in example is used.", completion: .file(extensions: ["toml"]))
    var scenarioFile: String?

    @Option(name: .customLong("set"), parsing: .singleValue,
            help: ArgumentHelp("Set a lever: LEVER=VALUE. Repeatable. Levers: \(LeverAssignment.helpText).", valueName: "lever=value"),
            transform: LeverAssignment.parse)
    var assignments: [LeverAssignment] = []

    @Option(name: .customLong("param"), parsing: .singleValue,
            help: ArgumentHelp("Set any scenario value by its dotted path in the file format: KEY=VALUE, e.g. market.accounts=30000 or stages[4].conversion=0.3. Repeatable; checked like the file.",
                               valueName: "key=value"),
            transform: ScenarioParameter.commandLineArgument)
    var parameters: [ScenarioParameter] = []

    @Option(help: "Monte Carlo paths (\(ModelLimits.paths.lowerBound)…\(ModelLimits.paths.upperBound)).")
    var paths: Int?

    // Unconditional, so that `--seed -1` is read as a value and refused with the range,
    // rather than taken for a flag and reported as a missing value.
    @Option(parsing: .unconditional, help: "Random seed (0…\(UInt64.max)): the same seed gives the same figures.",
            transform: parseSeed)
    var seed: UInt64?

    @Option(help: "Months to simulate (\(ModelLimits.horizonMonths.lowerBound)…\(ModelLimits.horizonMonths.upperBound)).")
    var horizon: Int?

    func validate() throws {
        if let paths, !ModelLimits.paths.contains(paths) {
            throw ValidationError("--paths \(paths) is out of range \(ModelLimits.paths.lowerBound)…\(ModelLimits.paths.upperBound)")
        }
        if let horizon, !ModelLimits.horizonMonths.contains(horizon) {
            throw ValidationError("--horizon \(horizon) is out of range \(ModelLimits.horizonMonths.lowerBound)…\(ModelLimits.horizonMonths.upperBound)")
        }
    }

    private static func parseSeed(_ argument: String) throws -> UInt64 {
        guard let seed = UInt64(argument) else { throw ValidationError("expected a whole number in 0…\(UInt64.max)") }
        return seed
    }

    /// The scenario to run: the file (or the example) with the command line's changes.
    func scenario() throws -> Scenario {
        var scenario = try ScenarioLoader.load(path: scenarioFile)
        for parameter in parameters {
            do throws(ScenarioParameter.Problem) {
                try parameter.apply(to: &scenario)
            } catch {
                throw ValidationError("--param \(error.description)")
            }
        }
        for assignment in assignments { scenario.levers[assignment.lever] = assignment.value }
        if let paths { scenario.simulation.paths = paths }
        if let seed { scenario.simulation.seed = seed }
        if let horizon { scenario.simulation.horizonMonths = horizon }
        return scenario
    }
}

/// `--set pushShare=0.6`: a lever name and a value inside the lever's range.
struct LeverAssignment {
    let lever: Lever
    let value: Double

    static var helpText: String {
        Lever.allCases.map { "\($0.rawValue) (\(format($0.range)))" }.joined(separator: ", ")
    }

    /// Reads `LEVER=VALUE`, saying exactly what is wrong when it cannot.
    static func parse(_ argument: String) throws -> LeverAssignment {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw ValidationError("expected LEVER=VALUE, got '\(argument)'") }
        guard let lever = Lever(rawValue: parts[0]) else {
            throw ValidationError("unknown lever '\(parts[0])'; levers are " + Lever.allCases.map(\.rawValue).joined(separator: ", "))
        }
        // Shares stay 0…1 on the command line, as in files ("1" is all of it); "60%" and
        // money such as "300k" are read by the lever's unit.
        let text = parts[1]
        let number = lever.unit == .share && !text.contains("%") ? Double(text) : lever.unit.parse(text)
        guard let value = number, value.isFinite, lever.range.contains(value) else {
            throw ValidationError("\(lever.rawValue) must be a number in \(format(lever.range)), got '\(parts[1])'")
        }
        return LeverAssignment(lever: lever, value: value)
    }

    private static func format(_ range: ClosedRange<Double>) -> String {
        func number(_ v: Double) -> String { v == v.rounded() ? String(Int64(v)) : String(v) }
        return "\(number(range.lowerBound))…\(number(range.upperBound))"
    }
}

extension ScenarioParameter {
    /// `parse`, with its problem told the way the argument parser tells a bad option.
    static func commandLineArgument(_ argument: String) throws -> ScenarioParameter {
        do throws(Problem) {
            return try parse(argument)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
