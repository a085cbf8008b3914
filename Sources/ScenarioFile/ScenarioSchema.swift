import PushPullModel

/// A `[table]` of the file and the keys it holds, in the order they are written.
struct TableSchema {
    let name: String
    let comment: String
    let fields: [FieldCodec<Scenario>]
}

/// The documented file format, key by key. This is the one place that maps file keys to model
/// properties: the reader, the writer and the comments in saved files all come from it.
/// Keys are the Swift property names. A new model field is one line here, plus its property,
/// its value in the built-in example and its range in `Scenario.validationIssues()`.
enum ScenarioSchema {
    /// The format this code reads and writes; files declare it as `format = 1`.
    static let formatVersion = 1
    static let formatKey = "format"
    static let stagesKey = "stages"

    static let header = [
        "pushpull scenario, file format \(formatVersion). Plain TOML: edit it, diff it, keep it in git.",
        "Keys left out take the value of the built-in example scenario, so a short file that sets only",
        "what differs works. [[stages]], when present, replaces the whole list of stages.",
        "Unknown keys are errors (a typo would otherwise be silently ignored).",
        "Money is per month unless a key says otherwise, in the currency of [finance]. Shares are 0–1.",
    ]

    /// Keys before the first table: they describe the scenario as a whole.
    static var topLevel: [FieldCodec<Scenario>] {
        [
            .text("name", \.name, "Scenario name shown in the dashboard, 0–200 characters."),
            .text("notes", \.notes, "Free notes for the people who plan with this file, 0–10 000 characters."),
            .text("outboundEntryStage", \.outboundEntryStage,
                  "Stage where outbound (push-sourced) accounts enter the pipeline: one of the [[stages]] names."),
        ]
    }

    /// The parts of the file after the top-level keys, in the order they are written.
    enum Section {
        case table(TableSchema)
        case stages
    }

    /// Stages follow the market: together they are the funnel a newcomer reads top-down.
    static var sections: [Section] {
        [.table(levers), .table(market), .stages, .table(sales), .table(response), .table(customers),
         .table(finance), .table(targets), .table(riskLimits), .table(history), .table(uncertainty), .table(simulation)]
    }

    static var tables: [TableSchema] {
        sections.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    static var levers: TableSchema {
        TableSchema(name: "levers", comment: "The six levers a planning session moves.", fields: [
            .number("pushShare", \.levers.pushShare, "Share of the budget on push (sellers, outbound), 0–1; at 0 there is no seller."),
            .number("budget", \.levers.budget, "Go-to-market budget per month, money, 0–1 000 000 000."),
            .number("handoff", \.levers.handoff, "Share of the buyer's journey done before the first seller contact, 0–1."),
            .number("executiveFocus", \.levers.executiveFocus, "Share of outbound aimed at senior buyers, 0–1: fewer, larger, likelier deals."),
            .number("quotaPressure", \.levers.quotaPressure, "Pressure on sellers to close this quarter, 0–1."),
            .number("partnerShare", \.levers.partnerShare, "Share of the pull budget spent through partners, 0–1."),
        ])
    }

    static var market: TableSchema {
        TableSchema(name: "market", comment: "The accounts the company can sell to, and where it starts.", fields: [
            .wholeNumber("accounts", \.market.accounts, "Accounts in the addressable market, 1–10 000 000; at least the customers plus the open pipeline."),
            .wholeNumber("pushSourcedCustomers", \.market.pushSourcedCustomers, "Customers at month 0 won by push (outbound, sellers), whole number ≥ 0."),
            .wholeNumber("pullSourcedCustomers", \.market.pullSourcedCustomers, "Customers at month 0 won by pull (inbound, partners, word of mouth), whole number ≥ 0."),
            .number("startingARR", \.market.startingARR, "Annual recurring revenue at month 0, money per year, ≥ 0."),
            .number("cooldownMonths", \.market.cooldownMonths, "Mean months before a lost or churned account can start a new journey, 0–120."),
        ])
    }

    static let stagesIntro = "Pipeline stages, first to last: 2–12 [[stages]] blocks. Each has:"

    static var stageFields: [FieldCodec<Stage>] {
        [
            .text("name", \.name, "stage name, 1–40 characters"),
            .number("conversion", \.conversion, "share of accounts leaving the stage that move on (last stage: that are won), 0–1"),
            .number("monthsInStage", \.monthsInStage, "mean months an account spends in the stage, 0.1–60"),
            .wholeNumber("openAtStart", \.openAtStart, "accounts in the stage at month 0, whole number ≥ 0 (optional, default 0)"),
        ]
    }

    /// Keys every `[[stages]]` block must set; the others default as in `Stage.init`.
    static let requiredStageKeys: Set = ["name", "conversion", "monthsInStage"]

    /// What a stage starts as before its keys are read; required keys always overwrite it.
    static let blankStage = Stage(name: "", conversion: 0, monthsInStage: 0, openAtStart: 0)

    static var sales: TableSchema {
        TableSchema(name: "sales", comment: "The sales force and the deals it closes.", fields: [
            .number("sellerMonthlyCost", \.sales.sellerMonthlyCost, "Fully loaded cost of one seller, money per month, ≥ 1."),
            .number("sellerShareOfPush", \.sales.sellerShareOfPush, "Share of the push budget paying sellers (the rest pays outbound campaigns), 0–1."),
            .number("dealsPerSellerPerMonth", \.sales.dealsPerSellerPerMonth, "Deals one seller can move forward per month, 0–1000."),
            .number("dealSizeMedian", \.sales.dealSizeMedian, "Median first-year ARR of a won deal, money per year, ≥ 1."),
            .number("dealSizeSigma", \.sales.dealSizeSigma, "Spread of deal sizes: sigma of the lognormal, 0–3."),
            .number("buyingGroupSize", \.sales.buyingGroupSize, "People in a typical buying group, 1–50 (5.4: CEB, 2014)."),
            .number("rampMonths", \.sales.rampMonths, "Months for a new seller to be hired and productive, 0–36 (cutting sellers acts at once)."),
            .number("stalledLeak", \.sales.stalledLeak, "Monthly share of deals waiting for a seller that give up, 0–0.5."),
            .numbers("seasonality", \.sales.seasonality, "Win-probability multipliers by calendar month, January first: 12 numbers, each 0–3."),
        ])
    }

    static var response: TableSchema {
        TableSchema(name: "response", comment: "How spend turns into buying journeys: carry-over, saturation, diffusion, lever effects.", fields: [
            .number("pushCarryover", \.response.pushCarryover, "Share of last month's push effect still working this month (adstock), 0–0.99."),
            .number("pullCarryover", \.response.pullCarryover, "The same for pull (trust and content keep working), 0–0.99."),
            .number("pushHalfSaturation", \.response.pushHalfSaturation, "Monthly push spend (carried over) reaching half the push effect, money, ≥ 1."),
            .number("pullHalfSaturation", \.response.pullHalfSaturation, "The same for content and community spend, money, ≥ 1."),
            .number("partnerHalfSaturation", \.response.partnerHalfSaturation, "The same for partner spend, money, ≥ 1."),
            .number("saturationShape", \.response.saturationShape, "Hill shape: 1 a plain diminishing return, above 1 an S-curve, 0.2–5."),
            .number("outboundReach", \.response.outboundReach, "Yearly chance that full outbound starts a journey with an untouched account (Bass p), 0–1."),
            .number("wordOfMouth", \.response.wordOfMouth, "Yearly word-of-mouth imitation at full pull (Bass q), scaled by the installed base, 0–5."),
            .number("inboundReach", \.response.inboundReach, "Yearly chance that full content effect starts an inbound journey, 0–1."),
            .number("partnerReach", \.response.partnerReach, "Yearly chance that full partner effect brings a journey, 0–1."),
            .number("bestHandoff", \.response.bestHandoff, "Handoff moment where sellers help most, share of the journey, 0.05–0.95."),
            .number("earlyHandoffPenalty", \.response.earlyHandoffPenalty, "Win-rate loss when sellers meet at the very start (irritation), 0–1."),
            .number("lateHandoffPenalty", \.response.lateHandoffPenalty, "Win-rate loss when sellers meet at the very end (no solution development left), 0–1."),
            .number("synergy", \.response.synergy, "Win-rate uplift when both push and pull touch an account, 0–2."),
            .number("quotaWinUplift", \.response.quotaWinUplift, "Win-rate uplift of maximal quota pressure, 0–2."),
            .number("quotaTrustErosion", \.response.quotaTrustErosion, "Share of trust (pull effect, word of mouth) that full quota pressure destroys, 0–1."),
            .number("executiveDealSizeUplift", \.response.executiveDealSizeUplift, "Larger first-year ARR of senior-led deals at full executive focus, 0–5 (0.8: +80%)."),
            .number("executiveSellerTime", \.response.executiveSellerTime, "Extra seller time (and slower moves) of senior-led deals at full executive focus, 0–5."),
        ])
    }

    static var customers: TableSchema {
        TableSchema(name: "customers", comment: "After the sale: churn and expansion by source.", fields: [
            .number("pushSourcedChurn", \.customers.pushSourcedChurn, "Monthly churn of push-sourced customers, 0–0.5."),
            .number("pullSourcedChurn", \.customers.pullSourcedChurn, "Monthly churn of pull-sourced customers, 0–0.5."),
            .number("pullSourcedExpansion", \.customers.pullSourcedExpansion, "Monthly ARR expansion of pull-sourced customers, 0–0.2."),
            .number("referralsPerCustomer", \.customers.referralsPerCustomer, "Journeys one pull-sourced customer starts among its peers per month (push-sourced: half), 0–1."),
            .number("partnerForgetting", \.customers.partnerForgetting, "How much partner-sourced clients forget the supplier: that share less expansion and referrals, more churn, 0–1."),
        ])
    }

    static var finance: TableSchema {
        TableSchema(name: "finance", comment: "Cash, and costs besides the go-to-market budget.", fields: [
            .number("startingCash", \.finance.startingCash, "Cash at month 0, money, may be negative."),
            .number("fixedMonthlyCosts", \.finance.fixedMonthlyCosts, "Other costs per month (product, G&A) that the levers do not move, money, ≥ 0."),
            .text("currency", \.finance.currency, "Currency code shown next to money, e.g. \"EUR\", 0–8 characters."),
            .number("partnerMargin", \.finance.partnerMargin, "Share of partner-sourced revenue paid to the partners, 0–1."),
            .number("grossMargin", \.finance.grossMargin, "Share of revenue left after the cost of serving it (CAC payback), 0.01–1."),
        ])
    }

    static var targets: TableSchema {
        TableSchema(name: "targets", comment: "The bookings target the plan is judged against.", fields: [
            .wholeNumber("periodMonths", \.targets.periodMonths, "Months in the target period, counted from month 1, 1–120."),
            .number("periodBookings", \.targets.periodBookings, "New ARR to book over that period, money per year, ≥ 0."),
        ])
    }

    static var riskLimits: TableSchema {
        TableSchema(name: "riskLimits", comment: "The risks the best balance must stay within.", fields: [
            .number("maxCashShortfall", \.riskLimits.maxCashShortfall, "Highest acceptable P(cash below zero before the horizon), 0–1."),
            .number("maxTargetMiss", \.riskLimits.maxTargetMiss, "Highest acceptable P(missing the period's bookings target), 0–1."),
        ])
    }

    static var history: TableSchema {
        TableSchema(name: "history", comment: "Spend before the plan: the model starts from its steady state (left out: the levers).", fields: [
            .number("budget", \.history.budget, "Go-to-market budget per month before the plan, money, 0–1 000 000 000."),
            .number("pushShare", \.history.pushShare, "Share of that budget that went to push, 0–1."),
            .number("partnerShare", \.history.partnerShare, "Share of the pull budget that went through partners, 0–1."),
        ])
    }

    static var uncertainty: TableSchema {
        TableSchema(name: "uncertainty", comment: "What the plan does not know: sigma of a per-path lognormal multiplier (0: sampling noise only).", fields: [
            .number("winRate", \.uncertainty.winRate, "On the win rate of the last stage, 0–2."),
            .number("reach", \.uncertainty.reach, "On the reach of outbound, content and partners, 0–2."),
            .number("wordOfMouth", \.uncertainty.wordOfMouth, "On word of mouth and referrals, 0–2."),
            .number("churn", \.uncertainty.churn, "On churn, 0–2."),
            .number("dealSize", \.uncertainty.dealSize, "On deal sizes, 0–2."),
        ])
    }

    static var simulation: TableSchema {
        TableSchema(name: "simulation", comment: "Monte Carlo settings.", fields: [
            .wholeNumber("horizonMonths", \.simulation.horizonMonths, "Months simulated, 1–120."),
            .wholeNumber("paths", \.simulation.paths, "Simulated paths, 1–100 000: more is steadier and slower."),
            .wholeNumber("startMonth", \.simulation.startMonth, "Calendar month of the plan's first month (1 = January), for sales.seasonality, 1–12."),
            .seed("seed", \.simulation.seed, "Random seed, whole number 0–18446744073709551615 (above 2^63 − 1 written as a string)."),
        ])
    }
}
