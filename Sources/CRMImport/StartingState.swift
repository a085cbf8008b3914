import PushPullModel

extension Scenario {
    /// The scenario starting at the beginning of `month` in the state the export shows then:
    /// the opportunities open at that date in the last stage, and the deals won in the twelve
    /// months before as customers whose ARR is their amounts (amounts read as first-year ARR).
    /// Customers split between push and pull as in the scenario before; the plan's first month is `month`
    /// in the calendar.
    public func starting(at month: YearMonth, history: MonthlyHistory, months: Int) -> Scenario {
        var scenario = self
        if !scenario.stages.isEmpty {
            scenario.stages[scenario.stages.count - 1].openAtStart = max(0, history.openOpportunities(atStartOf: month))
        }
        let inherited = history.won(inMonths: 12, before: month)
        let before = market.pushSourcedCustomers + market.pullSourcedCustomers
        let pushShare = before > 0 ? Double(market.pushSourcedCustomers) / Double(before) : 0.5
        scenario.market.pushSourcedCustomers = Int((Double(inherited.deals) * pushShare).rounded())
        scenario.market.pullSourcedCustomers = inherited.deals - scenario.market.pushSourcedCustomers
        scenario.market.startingARR = min(ModelLimits.money, inherited.amount)
        scenario.simulation.horizonMonths = min(ModelLimits.horizonMonths.upperBound, max(1, months))
        // The model's month 1 is this calendar month, for the seasonality of closing.
        scenario.simulation.startMonth = month.month
        scenario.market.accounts = max(scenario.market.accounts, scenario.committedAccounts)
        return scenario
    }

    /// Accounts in the pipeline or customers at the start.
    var committedAccounts: Int {
        stages.reduce(0) { $0 + $1.openAtStart } + market.pushSourcedCustomers + market.pullSourcedCustomers
    }
}
