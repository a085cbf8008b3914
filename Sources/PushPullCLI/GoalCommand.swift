import ArgumentParser
import Foundation
import PushPullModel
import Reports

/// `pushpull goal`: the smallest lever value that reaches a target. Exits 1 when it cannot be reached.
struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: "Find the smallest lever value that reaches a target (exit status 1 when none does)."
    )

    @OptionGroup var options: ScenarioOptions

    @Option(help: "What to reach: arr (horizon ARR P50), bookings (period bookings P50), hit (P(hit target)).")
    var target: GoalTarget = .hit

    @Option(help: "The value to reach: money for arr and bookings (300k, 2.4M), a share for hit (0.8 or 80%). Default: 80% for hit, the target for bookings, 1.2 × starting ARR for arr.")
    var value: String?

    @Option(help: "The lever to solve for: \(Lever.allCases.map(\.rawValue).joined(separator: ", ")).")
    var solve: Lever = .budget

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: AnalysisFormat = .table

    func run() throws {
        let scenario = try options.scenario()
        let goal = Goal(target: target, value: try goalValue(scenario), lever: solve)
        let result = try AnalysisRun.run { try GoalSeek.solve(goal, in: scenario) }
        try format.print([GoalSeekReport.table(result, currency: scenario.finance.currency)], json: GoalSeekReport.document(result))
        if !result.reachable { throw ExitCode(1) }
    }

    private func goalValue(_ scenario: Scenario) throws -> Double {
        guard let value else { return target.defaultValue(for: scenario) }
        let unit: LeverUnit = target.isMoney ? .moneyPerMonth : .share
        let number = target.isMoney || value.contains("%") ? unit.parse(value) : Double(value)
        guard let number, number.isFinite, target.isMoney ? number >= 0 : (0...1).contains(number) else {
            throw ValidationError("--value must be \(target.isMoney ? "an amount of money, e.g. 2.4M" : "a share in 0…1 or 0%…100%"), got '\(value)'")
        }
        return number
    }
}

extension GoalTarget: ExpressibleByArgument {}
extension Lever: ExpressibleByArgument {}
