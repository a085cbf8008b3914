/// A value outside what the model accepts, named by its dotted path (e.g. `levers.pushShare`).
public struct ValidationIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Hard limits: past them the model refuses the scenario rather than run for ever or draw nonsense.
public enum ModelLimits {
    public static let horizonMonths = 1...120
    public static let paths = 1...100_000
    public static let stageCount = 2...12
    public static let accounts = 1...10_000_000
    public static let stageNameLength = 1...40
    public static let scenarioNameLength = 0...200
    public static let notesLength = 0...10_000
    /// Money values (budget, costs, cash, deal sizes) stay below this.
    public static let money = 1e12
}

extension Scenario {
    /// Every value outside its range, in a stable order; empty when the scenario can run.
    /// Ranges come from the field table (`Scenario.fields`, `Stage.fields`); the checks
    /// here are the ones that relate several values.
    public func validationIssues() -> [ValidationIssue] {
        var issues = Self.fields.flatMap { $0.issues(in: self) }
        if !ModelLimits.stageCount.contains(stages.count) {
            let range = ModelLimits.stageCount
            issues.append(ValidationIssue(field: "stages", message: "\(stages.count) is out of range \(range.lowerBound)…\(range.upperBound)"))
        }
        for (index, stage) in stages.enumerated() {
            issues += Stage.fields.flatMap { $0.issues(in: stage, prefix: "stages[\(index)].") }
        }
        if !stages.contains(where: { $0.name == outboundEntryStage }) {
            let names = stages.map(\.name).joined(separator: ", ")
            issues.append(ValidationIssue(field: "outboundEntryStage", message: "\"\(outboundEntryStage)\" is not one of the stages (\(names))"))
        }
        // Summed as doubles: counts near Int.max must give an issue, not an overflow trap.
        let committed = stages.reduce(0.0) { $0 + Double($1.openAtStart) }
            + Double(market.pushSourcedCustomers) + Double(market.pullSourcedCustomers)
        if committed > Double(market.accounts) {
            issues.append(ValidationIssue(field: "market.accounts", message: "\(market.accounts) is fewer than the customers and open pipeline at start (\(plain(committed)))"))
        }
        if sales.seasonality.count != 12 {
            issues.append(ValidationIssue(field: "sales.seasonality", message: "expected 12 multipliers (January to December), found \(sales.seasonality.count)"))
        }
        return issues
    }

    /// Throws the first issue, for callers that stop at one.
    public func validated() throws -> Scenario {
        if let first = validationIssues().first { throw first }
        return self
    }
}
