/// What the user gives a fit that the export cannot: money, currency and market size,
/// and how hard to work at it.
public struct FitOptions: Sendable, Equatable {
    /// Accounts in the market (`--market-accounts`); nil fits it to the opportunity flow.
    public var marketAccounts: Int?
    /// Currency code of the amounts (`--currency`); nil keeps the base scenario's, as an assumption.
    public var currency: String?
    /// Go-to-market budget per month (`--budget`); nil pays the active sellers and keeps the base's pull spend.
    public var budget: Double?
    /// Cash at the start (`--cash`); nil keeps the base scenario's, as an assumption.
    public var cash: Double?
    /// Paths per model run while fitting: enough for means within about 1%.
    public var paths: Int
    public var seed: UInt64
    /// Fit rounds: each runs the model and corrects every fitted value by what it missed.
    public var rounds: Int

    public init(marketAccounts: Int? = nil, currency: String? = nil, budget: Double? = nil, cash: Double? = nil,
                paths: Int = 400, seed: UInt64 = 42, rounds: Int = 8) {
        self.marketAccounts = marketAccounts
        self.currency = currency
        self.budget = budget
        self.cash = cash
        self.paths = paths
        self.seed = seed
        self.rounds = rounds
    }
}

/// A value the scenario needs and the export cannot give, with why it has the value it has.
public struct Assumption: Sendable, Equatable {
    /// Dotted path, e.g. `finance.startingCash`.
    public var field: String
    public var value: String
    public var reason: String
}
