import Testing
@testable import PushPullModel

/// One way to break a valid scenario, and the field path the issue must name.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    let field: String
    let what: String
    let change: @Sendable (inout Scenario) -> Void

    var testDescription: String { "\(field): \(what)" }

    static let all: [InvalidCase] = [
        InvalidCase(field: "levers.pushShare", what: "NaN") { $0.levers.pushShare = .nan },
        InvalidCase(field: "levers.budget", what: "infinity") { $0.levers.budget = .infinity },
        InvalidCase(field: "levers.budget", what: "negative") { $0.levers.budget = -1 },
        InvalidCase(field: "levers.handoff", what: "below 0") { $0.levers.handoff = -0.01 },
        InvalidCase(field: "levers.executiveFocus", what: "above 1") { $0.levers.executiveFocus = 1.01 },
        InvalidCase(field: "levers.quotaPressure", what: "−infinity") { $0.levers.quotaPressure = -.infinity },
        InvalidCase(field: "levers.partnerShare", what: "NaN") { $0.levers.partnerShare = .nan },
        InvalidCase(field: "market.pushSourcedCustomers", what: "negative") { $0.market.pushSourcedCustomers = -1 },
        InvalidCase(field: "market.pullSourcedCustomers", what: "negative") { $0.market.pullSourcedCustomers = -30 },
        InvalidCase(field: "market.startingARR", what: "NaN") { $0.market.startingARR = .nan },
        InvalidCase(field: "market.accounts", what: "fewer than the customers and open pipeline") { $0.market.accounts = 300 },
        InvalidCase(field: "stages[2].openAtStart", what: "negative") { $0.stages[2].openAtStart = -5 },
        InvalidCase(field: "stages[1].conversion", what: "above 1") { $0.stages[1].conversion = 1.2 },
        InvalidCase(field: "stages[4].conversion", what: "NaN") { $0.stages[4].conversion = .nan },
        InvalidCase(field: "stages[0].monthsInStage", what: "zero") { $0.stages[0].monthsInStage = 0 },
        InvalidCase(field: "stages[3].monthsInStage", what: "infinity") { $0.stages[3].monthsInStage = .infinity },
        InvalidCase(field: "stages", what: "one stage only") { $0.stages = [Stage(name: "SAL", conversion: 0.3, monthsInStage: 1)] },
        InvalidCase(field: "stages", what: "13 stages") { s in
            s.stages += (0..<8).map { Stage(name: "Extra \($0)", conversion: 0.5, monthsInStage: 1) }
        },
        InvalidCase(field: "outboundEntryStage", what: "not a stage name") { $0.outboundEntryStage = "Demo" },
        InvalidCase(field: "sales.dealSizeSigma", what: "negative") { $0.sales.dealSizeSigma = -0.1 },
        InvalidCase(field: "sales.sellerMonthlyCost", what: "zero (would divide by zero)") { $0.sales.sellerMonthlyCost = 0 },
        InvalidCase(field: "response.pullCarryover", what: "1 (adstock would never settle)") { $0.response.pullCarryover = 1 },
        InvalidCase(field: "response.saturationShape", what: "NaN") { $0.response.saturationShape = .nan },
        InvalidCase(field: "response.bestHandoff", what: "0 (handoff factor would divide by zero)") { $0.response.bestHandoff = 0 },
        InvalidCase(field: "customers.pushSourcedChurn", what: "above 0.5") { $0.customers.pushSourcedChurn = 0.6 },
        InvalidCase(field: "finance.startingCash", what: "−infinity") { $0.finance.startingCash = -.infinity },
        InvalidCase(field: "targets.periodMonths", what: "zero") { $0.targets.periodMonths = 0 },
        InvalidCase(field: "riskLimits.maxTargetMiss", what: "above 1") { $0.riskLimits.maxTargetMiss = 1.1 },
        InvalidCase(field: "simulation.horizonMonths", what: "0") { $0.simulation.horizonMonths = 0 },
        InvalidCase(field: "simulation.horizonMonths", what: "121") { $0.simulation.horizonMonths = 121 },
        InvalidCase(field: "simulation.paths", what: "0") { $0.simulation.paths = 0 },
        InvalidCase(field: "simulation.paths", what: "100,001") { $0.simulation.paths = 100_001 },
    ]
}

@Suite("Scenario validation")
struct ValidationTests {
    @Test("The built-in example is valid")
    func exampleIsValid() throws {
        #expect(Scenario.example.validationIssues().isEmpty)
        #expect(try Scenario.example.validated() == Scenario.example)
    }

    @Test("The limits themselves are accepted: horizon 1 and 120, paths 1 and 100,000, 2 and 12 stages")
    func boundariesAreValid() {
        let changes: [(inout Scenario) -> Void] = [
            { $0.simulation.horizonMonths = 1 }, { $0.simulation.horizonMonths = 120 },
            { $0.simulation.paths = 1 }, { $0.simulation.paths = 100_000 },
            { $0.stages = Array($0.stages[2...3]) },
            { $0.stages += (0..<7).map { Stage(name: "Extra \($0)", conversion: 0.5, monthsInStage: 1) } },
            { $0.levers.pushShare = 0 }, { $0.levers.pushShare = 1 }, { $0.levers.budget = 0 },
        ]
        for change in changes {
            var scenario = Scenario.example
            change(&scenario)
            #expect(scenario.validationIssues().isEmpty, "\(scenario.validationIssues())")
        }
    }

    @Test("Each broken value gives an issue naming exactly its field", arguments: InvalidCase.all)
    func issueNamesTheField(_ invalid: InvalidCase) {
        var scenario = Scenario.example
        invalid.change(&scenario)
        let issues = scenario.validationIssues()
        #expect(Set(issues.map(\.field)) == [invalid.field], "\(issues)")
        #expect(issues.allSatisfy { !$0.message.isEmpty && $0.description.hasPrefix("\($0.field): ") })
    }

    @Test("Running an invalid scenario throws its first issue instead of crashing", arguments: InvalidCase.all)
    func runThrows(_ invalid: InvalidCase) {
        var scenario = Scenario.example
        scenario.simulation.paths = 10
        invalid.change(&scenario)
        let thrown = #expect(throws: ValidationIssue.self) { try MonteCarlo.run(scenario) }
        #expect(thrown?.field == invalid.field)
        #expect(throws: ValidationIssue.self) { try BalanceOptimizer.best(for: scenario) }
    }

    @Test("A value past the money limit is told both bounds of its range")
    func moneyLimitMessageNamesBothBounds() {
        var scenario = Scenario.example
        scenario.sales.dealSizeMedian = 2e12
        scenario.finance.startingCash = -2e12
        #expect(scenario.validationIssues().map(\.description) == [
            "sales.dealSizeMedian: 2000000000000 is out of range 1…1000000000000",
            "finance.startingCash: -2000000000000 is out of range -1000000000000…1000000000000",
        ])
    }

    @Test("Several broken values are all reported, in a stable order: the field table's, then the stages")
    func allIssuesReported() {
        var scenario = Scenario.example
        scenario.levers.budget = .nan
        scenario.stages[0].conversion = -1
        scenario.simulation.paths = 0
        let fields = scenario.validationIssues().map(\.field)
        #expect(fields == ["levers.budget", "simulation.paths", "stages[0].conversion"])
        #expect(scenario.validationIssues() == scenario.validationIssues())
    }

    @Test("Every field of the table is read back by its own path: the table and the model agree")
    func everyFieldHasARange() {
        var scenario = Scenario.example
        for field in Scenario.fields {
            // Push every number past its range: the issue must name that field's path.
            switch field.kind {
            case .number(let path, let range):
                scenario = Scenario.example
                scenario[keyPath: path] = range.upperBound + 1
                #expect(scenario.validationIssues().contains { $0.field == field.path }, "\(field.path)")
            case .wholeNumber(let path, let range):
                scenario = Scenario.example
                scenario[keyPath: path] = range.upperBound == Int.max ? range.lowerBound - 1 : range.upperBound + 1
                #expect(scenario.validationIssues().contains { $0.field == field.path }, "\(field.path)")
            case .numbers, .text, .seed:
                continue
            }
        }
        #expect(Set(Scenario.fields.map(\.path)).count == Scenario.fields.count, "no path is described twice")
    }

    @Test("A key path finds its field's file path, for notes that name a value")
    func pathsComeFromTheTable() {
        #expect(Scenario.path(\.market.startingARR) == "market.startingARR")
        #expect(Scenario.path(\.levers.budget) == "levers.budget")
        #expect(Stage.path(\.conversion, stage: 4) == "stages[4].conversion")
        for field in Scenario.fields { #expect(Scenario.path(field.keyPath) == field.path) }
    }
}
