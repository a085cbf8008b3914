import PushPullModel

/// What `pushpull import` writes: the fitted scenario starting the month after the export ends,
/// what each value came from, and what the export could not tell.
public struct ImportedScenario: Sendable {
    public var scenario: Scenario
    public var provenance: [String: String]
    /// Values the export cannot give, set from flags or kept from the base scenario.
    public var assumptions: [Assumption]
    /// The fit to the export's past; nil when no month has a closed deal.
    public var fit: HistoryFit?
}

extension Calibration {
    /// Calibrates `base` from the export and fits it to the export's months, then starts it the month
    /// after the export ends: open opportunities in the last stage, the last twelve months' won deals as
    /// customers and ARR, a twelve-month target equal to the last year's bookings.
    public func importedScenario(base: Scenario, options: FitOptions = FitOptions()) -> ImportedScenario {
        let calibrated = calibrate(base, budget: options.budget)
        var provenance = calibrated.provenance
        var scenario = calibrated.scenario
        let fit = HistoryFit(calibration: self, scenario: scenario, options: options)
        if let fit {
            scenario = fit.parameters
            provenance.merge(fit.provenance) { $1 }
        }
        scenario.simulation = base.simulation
        var assumptions: [Assumption] = []

        if let end = history.last {
            let next = end.adding(months: 1)
            scenario = scenario.starting(at: next, history: history, months: base.simulation.horizonMonths)
            let source = "the export's state at the start of \(next) \(inSource)"
            provenance[Stage.path(\.openAtStart, stage: scenario.stages.count - 1)] = "opportunities open at the end of \(end) \(inSource)"
            for key in [Scenario.path(\.market.pushSourcedCustomers), Scenario.path(\.market.pullSourcedCustomers)] {
                provenance[key] = "deals won in the twelve months to \(end) \(inSource), split as in the base scenario"
            }
            provenance[Scenario.path(\.market.startingARR)] = "amounts won in the twelve months to \(end), read as first-year ARR (\(source))"
            let yearBookings = lastYearBookings(to: end)
            scenario.targets.periodMonths = 12
            scenario.targets.periodBookings = min(ModelLimits.money, yearBookings.amount)
            provenance[Scenario.path(\.targets.periodMonths)] = "a plan year"
            provenance[Scenario.path(\.targets.periodBookings)] = "bookings of the twelve months to \(end) \(inSource)"
                + (yearBookings.monthsWithData < 12 ? ", scaled up from \(yearBookings.monthsWithData) months with closed deals" : "")
        }
        if options.marketAccounts != nil {
            provenance[Scenario.path(\.market.accounts)] = "assumption: given with --market-accounts"
            assumptions.append(Assumption(field: Scenario.path(\.market.accounts), value: "\(scenario.market.accounts)", reason: "--market-accounts"))
        } else if fit == nil {
            assumptions.append(Assumption(field: Scenario.path(\.market.accounts), value: "\(scenario.market.accounts)",
                                          reason: "kept from the base scenario: no closed month to fit it to"))
        }
        if let currency = options.currency {
            scenario.finance.currency = currency
            provenance[Scenario.path(\.finance.currency)] = "given with --currency"
        } else {
            provenance[Scenario.path(\.finance.currency)] = "assumption: the export's amounts carry no currency; kept from the base scenario"
            assumptions.append(Assumption(field: Scenario.path(\.finance.currency), value: scenario.finance.currency,
                                          reason: "the export's amounts carry no currency (pass --currency)"))
        }
        if let cash = options.cash {
            scenario.finance.startingCash = cash
            provenance[Scenario.path(\.finance.startingCash)] = "given with --cash"
        } else {
            provenance[Scenario.path(\.finance.startingCash)] = "assumption: kept from the base scenario (pass --cash)"
            assumptions.append(Assumption(field: Scenario.path(\.finance.startingCash), value: decimal(scenario.finance.startingCash),
                                          reason: "kept from the base scenario (pass --cash)"))
        }
        if options.budget == nil {
            assumptions.append(Assumption(field: Scenario.path(\.levers.budget), value: decimal(scenario.levers.budget),
                                          reason: "pays the active sellers at sales.sellerMonthlyCost plus the base scenario's pull spend (pass --budget)"))
        }
        assumptions.append(Assumption(field: Scenario.path(\.finance.fixedMonthlyCosts), value: decimal(scenario.finance.fixedMonthlyCosts),
                                      reason: "kept from the base scenario"))
        provenance[Scenario.path(\.finance.fixedMonthlyCosts)] = "assumption: kept from the base scenario"
        scenario.market.accounts = max(scenario.market.accounts, scenario.committedAccounts)
        scenario.notes = notes(fit: fit)
        return ImportedScenario(scenario: scenario, provenance: provenance, assumptions: assumptions, fit: fit)
    }

    /// Bookings of the twelve months to `end`, scaled to a year when fewer months had closed deals.
    private func lastYearBookings(to end: YearMonth) -> (amount: Double, monthsWithData: Int) {
        let months = history.months(from: max(end.adding(months: -11), history.firstClosingMonth ?? end), through: end)
        let amount = months.reduce(0) { $0 + $1.bookings }
        return (months.isEmpty ? 0 : amount * 12 / Double(months.count), months.count)
    }

    private func notes(fit: HistoryFit?) -> String {
        var text = "Calibrated by pushpull import from \(sourceName): \(rows.used) deals"
        if let first = history.first, let last = history.last { text += " from \(first) to \(last)" }
        text += "."
        if let fit {
            text += " Flows fitted by replaying \(fit.window.lowerBound)…\(fit.window.upperBound) in the model; "
                + "the plan starts the month after the export ends. Values marked `assumption` are not in the export."
        }
        return text
    }
}
