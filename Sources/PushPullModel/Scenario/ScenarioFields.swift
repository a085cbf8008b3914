/// The scenario's values, each described once: its dotted path in the file, where it lives
/// in Swift, its range and what it means. Reading, writing, validation, `--param` and the
/// comments of saved files all come from this table, so a new field is one line here plus its
/// declaration, with the built-in example's value, in its section (`Scenario.swift`);
/// `FieldTableTests` fails when either is missing.
extension Scenario {
    public static var fields: [Field<Scenario>] {
        [
            .text("name", \.name, length: ModelLimits.scenarioNameLength, "Scenario name shown in the dashboard, 0–200 characters."),
            .text("notes", \.notes, length: ModelLimits.notesLength, "Free notes for the people who plan with this file, 0–10 000 characters."),
            .text("outboundEntryStage", \.outboundEntryStage, length: ModelLimits.stageNameLength,
                  "Stage where outbound (push-sourced) accounts enter the pipeline: one of the [[stages]] names."),
            .number("levers.pushShare", \.levers.pushShare, Lever.pushShare.range, "Share of the budget on push (sellers, outbound), 0–1; at 0 there is no seller."),
            .number("levers.budget", \.levers.budget, Lever.budget.range, "Go-to-market budget per month, money, 0–1 000 000 000."),
            .number("levers.handoff", \.levers.handoff, Lever.handoff.range, "Share of the buyer's journey done before the first seller contact, 0–1."),
            .number("levers.executiveFocus", \.levers.executiveFocus, Lever.executiveFocus.range, "Share of outbound aimed at senior buyers, 0–1: fewer, larger, likelier deals."),
            .number("levers.quotaPressure", \.levers.quotaPressure, Lever.quotaPressure.range, "Pressure on sellers to close this quarter, 0–1."),
            .number("levers.partnerShare", \.levers.partnerShare, Lever.partnerShare.range, "Share of the pull budget spent through partners, 0–1."),
            .wholeNumber("market.accounts", \.market.accounts, ModelLimits.accounts, "Accounts in the addressable market, 1–10 000 000; at least the customers plus the open pipeline."),
            .wholeNumber("market.pushSourcedCustomers", \.market.pushSourcedCustomers, 0...ModelLimits.accounts.upperBound, "Customers at month 0 won by push (outbound, sellers), whole number ≥ 0."),
            .wholeNumber("market.pullSourcedCustomers", \.market.pullSourcedCustomers, 0...ModelLimits.accounts.upperBound, "Customers at month 0 won by pull (inbound, partners, word of mouth), whole number ≥ 0."),
            .number("market.startingARR", \.market.startingARR, 0...ModelLimits.money, "Annual recurring revenue at month 0, money per year, ≥ 0."),
            .number("market.cooldownMonths", \.market.cooldownMonths, 0...120, "Mean months before a lost or churned account can start a new journey, 0–120."),
            .number("sales.sellerMonthlyCost", \.sales.sellerMonthlyCost, 1...ModelLimits.money, "Fully loaded cost of one seller, money per month, ≥ 1."),
            .number("sales.sellerShareOfPush", \.sales.sellerShareOfPush, 0...1, "Share of the push budget paying sellers (the rest pays outbound campaigns), 0–1."),
            .number("sales.dealsPerSellerPerMonth", \.sales.dealsPerSellerPerMonth, 0...1000, "Deals one seller can move forward per month, 0–1000."),
            .number("sales.dealSizeMedian", \.sales.dealSizeMedian, 1...ModelLimits.money, "Median first-year ARR of a won deal, money per year, ≥ 1."),
            .number("sales.dealSizeSigma", \.sales.dealSizeSigma, 0...3, "Spread of deal sizes: sigma of the lognormal, 0–3."),
            .number("sales.buyingGroupSize", \.sales.buyingGroupSize, 1...50, "People in a typical buying group, 1–50 (5.4: CEB, 2014)."),
            .number("sales.rampMonths", \.sales.rampMonths, 0...36, "Months for a new seller to be hired and productive, 0–36 (cutting sellers acts at once)."),
            .number("sales.stalledLeak", \.sales.stalledLeak, 0...0.5, "Monthly share of deals waiting for a seller that give up, 0–0.5."),
            .numbers("sales.seasonality", \.sales.seasonality, 0...3, "Win-probability multipliers by calendar month, January first: 12 numbers, each 0–3."),
            .number("response.pushCarryover", \.response.pushCarryover, 0...0.99, "Share of last month's push effect still working this month (adstock), 0–0.99."),
            .number("response.pullCarryover", \.response.pullCarryover, 0...0.99, "The same for pull (trust and content keep working), 0–0.99."),
            .number("response.pushHalfSaturation", \.response.pushHalfSaturation, 1...ModelLimits.money, "Monthly push spend (carried over) reaching half the push effect, money, ≥ 1."),
            .number("response.pullHalfSaturation", \.response.pullHalfSaturation, 1...ModelLimits.money, "The same for content and community spend, money, ≥ 1."),
            .number("response.partnerHalfSaturation", \.response.partnerHalfSaturation, 1...ModelLimits.money, "The same for partner spend, money, ≥ 1."),
            .number("response.saturationShape", \.response.saturationShape, 0.2...5, "Hill shape: 1 a plain diminishing return, above 1 an S-curve, 0.2–5."),
            .number("response.outboundReach", \.response.outboundReach, 0...1, "Yearly chance that full outbound starts a journey with an untouched account (Bass p), 0–1."),
            .number("response.wordOfMouth", \.response.wordOfMouth, 0...5, "Yearly word-of-mouth imitation at full pull (Bass q), scaled by the installed base, 0–5."),
            .number("response.inboundReach", \.response.inboundReach, 0...1, "Yearly chance that full content effect starts an inbound journey, 0–1."),
            .number("response.partnerReach", \.response.partnerReach, 0...1, "Yearly chance that full partner effect brings a journey, 0–1."),
            .number("response.bestHandoff", \.response.bestHandoff, 0.05...0.95, "Handoff moment where sellers help most, share of the journey, 0.05–0.95."),
            .number("response.earlyHandoffPenalty", \.response.earlyHandoffPenalty, 0...1, "Win-rate loss when sellers meet at the very start (irritation), 0–1."),
            .number("response.lateHandoffPenalty", \.response.lateHandoffPenalty, 0...1, "Win-rate loss when sellers meet at the very end (no solution development left), 0–1."),
            .number("response.synergy", \.response.synergy, 0...2, "Win-rate uplift when both push and pull touch an account, 0–2."),
            .number("response.quotaWinUplift", \.response.quotaWinUplift, 0...2, "Win-rate uplift of maximal quota pressure, 0–2."),
            .number("response.quotaTrustErosion", \.response.quotaTrustErosion, 0...1, "Share of trust (pull effect, word of mouth) that full quota pressure destroys, 0–1."),
            .number("response.executiveDealSizeUplift", \.response.executiveDealSizeUplift, 0...5, "Larger first-year ARR of senior-led deals at full executive focus, 0–5 (0.8: +80%)."),
            .number("response.executiveSellerTime", \.response.executiveSellerTime, 0...5, "Extra seller time (and slower moves) of senior-led deals at full executive focus, 0–5."),
            .number("customers.pushSourcedChurn", \.customers.pushSourcedChurn, 0...0.5, "Monthly churn of push-sourced customers, 0–0.5."),
            .number("customers.pullSourcedChurn", \.customers.pullSourcedChurn, 0...0.5, "Monthly churn of pull-sourced customers, 0–0.5."),
            .number("customers.pullSourcedExpansion", \.customers.pullSourcedExpansion, 0...0.2, "Monthly ARR expansion of pull-sourced customers, 0–0.2."),
            .number("customers.referralsPerCustomer", \.customers.referralsPerCustomer, 0...1, "Journeys one pull-sourced customer starts among its peers per month (push-sourced: half), 0–1."),
            .number("customers.partnerForgetting", \.customers.partnerForgetting, 0...1, "How much partner-sourced clients forget the supplier: that share less expansion and referrals, more churn, 0–1."),
            .number("finance.startingCash", \.finance.startingCash, -ModelLimits.money...ModelLimits.money, "Cash at month 0, money, may be negative."),
            .number("finance.fixedMonthlyCosts", \.finance.fixedMonthlyCosts, 0...ModelLimits.money, "Other costs per month (product, G&A) that the levers do not move, money, ≥ 0."),
            .text("finance.currency", \.finance.currency, length: 0...8, "Currency code shown next to money, e.g. \"EUR\", 0–8 characters."),
            .number("finance.partnerMargin", \.finance.partnerMargin, 0...1, "Share of partner-sourced revenue paid to the partners, 0–1."),
            .number("finance.grossMargin", \.finance.grossMargin, 0.01...1, "Share of revenue left after the cost of serving it (CAC payback), 0.01–1."),
            .wholeNumber("targets.periodMonths", \.targets.periodMonths, 1...ModelLimits.horizonMonths.upperBound, "Months in the target period, counted from month 1, 1–120."),
            .number("targets.periodBookings", \.targets.periodBookings, 0...ModelLimits.money, "New ARR to book over that period, money per year, ≥ 0."),
            .number("riskLimits.maxCashShortfall", \.riskLimits.maxCashShortfall, 0...1, "Highest acceptable P(cash below zero before the horizon), 0–1."),
            .number("riskLimits.maxTargetMiss", \.riskLimits.maxTargetMiss, 0...1, "Highest acceptable P(missing the period's bookings target), 0–1."),
            .number("history.budget", \.history.budget, Lever.budget.range, "Go-to-market budget per month before the plan, money, 0–1 000 000 000."),
            .number("history.pushShare", \.history.pushShare, 0...1, "Share of that budget that went to push, 0–1."),
            .number("history.partnerShare", \.history.partnerShare, 0...1, "Share of the pull budget that went through partners, 0–1."),
            .number("uncertainty.winRate", \.uncertainty.winRate, 0...2, "On the win rate of the last stage, 0–2."),
            .number("uncertainty.reach", \.uncertainty.reach, 0...2, "On the reach of outbound, content and partners, 0–2."),
            .number("uncertainty.wordOfMouth", \.uncertainty.wordOfMouth, 0...2, "On word of mouth and referrals, 0–2."),
            .number("uncertainty.churn", \.uncertainty.churn, 0...2, "On churn, 0–2."),
            .number("uncertainty.dealSize", \.uncertainty.dealSize, 0...2, "On deal sizes, 0–2."),
            .wholeNumber("simulation.horizonMonths", \.simulation.horizonMonths, ModelLimits.horizonMonths, "Months simulated, 1–120."),
            .wholeNumber("simulation.paths", \.simulation.paths, ModelLimits.paths, "Simulated paths, 1–100 000: more is steadier and slower."),
            .wholeNumber("simulation.startMonth", \.simulation.startMonth, 1...12, "Calendar month of the plan's first month (1 = January), for sales.seasonality, 1–12."),
            .seed("simulation.seed", \.simulation.seed, "Random seed, whole number 0–18446744073709551615 (above 2^63 − 1 written as a string)."),
        ]
    }
}

extension Stage {
    /// The keys of one `[[stages]]` block; paths are relative to the stage.
    public static var fields: [Field<Stage>] {
        [
            .text("name", \.name, length: ModelLimits.stageNameLength, "stage name, 1–40 characters"),
            .number("conversion", \.conversion, 0...1, "share of accounts leaving the stage that move on (last stage: that are won), 0–1"),
            .number("monthsInStage", \.monthsInStage, 0.1...60, "mean months an account spends in the stage, 0.1–60"),
            .wholeNumber("openAtStart", \.openAtStart, 0...ModelLimits.accounts.upperBound, "accounts in the stage at month 0, whole number ≥ 0 (optional, default 0)"),
        ]
    }
}

extension Scenario {
    /// The file path of the value at `keyPath` (`\.market.startingARR` → `market.startingARR`),
    /// so that notes about a value (an import's provenance, its assumptions) name it by the
    /// table, not by a string spelled a second time.
    public static func path(_ keyPath: PartialKeyPath<Scenario>) -> String {
        guard let field = fields.first(where: { $0.keyPath == keyPath }) else {
            preconditionFailure("\(keyPath) is not in Scenario.fields")
        }
        return field.path
    }
}

extension Stage {
    /// The file path of a stage's value: `stages[4].conversion`.
    public static func path(_ keyPath: PartialKeyPath<Stage>, stage index: Int) -> String {
        guard let field = fields.first(where: { $0.keyPath == keyPath }) else {
            preconditionFailure("\(keyPath) is not in Stage.fields")
        }
        return "stages[\(index)].\(field.path)"
    }
}
