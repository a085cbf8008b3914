/// Everything the model takes: a company's market, funnel, costs, targets and levers.
/// Values are plain numbers so a scenario file maps onto this one to one. Each is declared
/// once, with its range and meaning (`@Field`), and `@FieldTable` makes the one field table,
/// `Scenario.fields`, from these declarations: reading, writing, validation, `--param`,
/// provenance and the docs all follow it.
///
/// Every value starts at the built-in example's (`Scenario.example`): a B2B software company
/// selling a ~€20k-a-year product to 6,000 mid-sized accounts, with 9 sellers today and a
/// push-heavy plan. Why these numbers:
/// - Funnel conversions sit inside the SiriusDecisions demand-waterfall ranges,
///   counted per account rather than per lead.
/// - The first seller contact at 35% of the journey is earlier than the 57% CEB
///   average, as in most push-led companies; the best moment is set at that 57%.
/// - Carry-over 0.3 for push and 0.85 for pull follow the marketing-mix-model rules of thumb.
/// - Diffusion rates are yearly hazards of starting a buying journey (not of adopting),
///   so they are higher than Bass's adoption averages (p ≈ 0.03, q ≈ 0.38).
/// - Buying group of 5.4 people (CEB, 2014).
///
/// So a new value is one line in its section below: `@Field(range, doc)` and its declaration
/// with the example's value. Its place among the section's lines is its place in saved files.
@FieldTable
public struct Scenario: Equatable, Sendable, Codable {
    @Field(length: ModelLimits.scenarioNameLength, "Scenario name shown in the dashboard, 0–200 characters.") public var name = "Example B2B software company"
    @Field(length: ModelLimits.notesLength, "Free notes for the people who plan with this file, 0–10 000 characters.") public var notes = "Built-in example: a push-heavy plan. Move the balance towards pull and watch next quarter fall and year three rise."
    /// In the example, a first meeting accepted by sales.
    @Field(length: ModelLimits.stageNameLength, "Stage where outbound (push-sourced) accounts enter the pipeline: one of the [[stages]] names.") public var outboundEntryStage = "SAL"
    @Table public var levers = Levers()
    @Table public var market = Market()
    /// Described by `Stage.fields`, written as `[[stages]]` blocks after the market.
    public var stages = [
        Stage(name: "Inquiry", conversion: 0.40, monthsInStage: 1.0, openAtStart: 60),
        Stage(name: "MQL", conversion: 0.55, monthsInStage: 1.0, openAtStart: 30),
        Stage(name: "SAL", conversion: 0.65, monthsInStage: 1.0, openAtStart: 40),
        Stage(name: "SQL", conversion: 0.55, monthsInStage: 1.5, openAtStart: 30),
        Stage(name: "Opportunity", conversion: 0.30, monthsInStage: 2.5, openAtStart: 35),
    ]
    @Table public var sales = Sales()
    @Table public var response = Response()
    @Table public var customers = Customers()
    @Table public var finance = Finance()
    @Table public var targets = Targets()
    @Table public var riskLimits = RiskLimits()
    /// What the company spent before the plan: the model starts from its steady state.
    @Table public var history = History()
    /// What the plan does not know, drawn once per path.
    @Table public var uncertainty = Uncertainty()
    @Table public var simulation = SimulationSettings()

    /// The built-in example.
    public init() {}

    /// The built-in example, the scenario `swift run pushpull` opens.
    public static let example = Scenario()
}

/// The accounts the company can sell to, and where it starts.
@FieldTable
public struct Market: Equatable, Sendable, Codable {
    /// M in the model.
    @Field(ModelLimits.accounts, "Accounts in the addressable market, 1–10 000 000; at least the customers plus the open pipeline.") public var accounts = 6_000
    @Field(0...ModelLimits.accounts.upperBound, "Customers at month 0 won by push (outbound, sellers), whole number ≥ 0.") public var pushSourcedCustomers = 90
    @Field(0...ModelLimits.accounts.upperBound, "Customers at month 0 won by pull (inbound, partners, word of mouth), whole number ≥ 0.") public var pullSourcedCustomers = 30
    @Field(0...ModelLimits.money, "Annual recurring revenue at month 0, money per year, ≥ 0.") public var startingARR = 2_400_000.0
    @Field(0...120, "Mean months before a lost or churned account can start a new journey, 0–120.") public var cooldownMonths = 6.0
}

/// The sales force and the deals it closes.
@FieldTable
public struct Sales: Equatable, Sendable, Codable {
    @Field(1...ModelLimits.money, "Fully loaded cost of one seller, money per month, ≥ 1.") public var sellerMonthlyCost = 15_000.0
    @Field(0...1, "Share of the push budget paying sellers (the rest pays outbound campaigns), 0–1.") public var sellerShareOfPush = 0.75
    /// The capacity of the sales-owned stages.
    @Field(0...1000, "Deals one seller can move forward per month, 0–1000.") public var dealsPerSellerPerMonth = 30.0
    @Field(1...ModelLimits.money, "Median first-year ARR of a won deal, money per year, ≥ 1.") public var dealSizeMedian = 20_000.0
    @Field(0...3, "Spread of deal sizes: sigma of the lognormal, 0–3.") public var dealSizeSigma = 0.6
    @Field(1...50, "People in a typical buying group, 1–50 (5.4: CEB, 2014).") public var buyingGroupSize = 5.4
    @Field(0...36, "Months for a new seller to be hired and productive, 0–36 (cutting sellers acts at once).") public var rampMonths = 4.0
    /// The bounded leak of a queue.
    @Field(0...0.5, "Monthly share of deals waiting for a seller that give up, 0–0.5.") public var stalledLeak = 0.10
    /// Quarter-end pushes, summer lulls; twelve ones (`noSeason`) when closing has no season.
    @Field(0...3, "Win-probability multipliers by calendar month, January first: 12 numbers, each 0–3.") public var seasonality: [Double] = Sales.noSeason

    /// Closing without a season: every calendar month alike.
    public static let noSeason = [Double](repeating: 1, count: 12)
}

/// How spend turns into buying journeys: carry-over, saturation, diffusion, and the lever effects.
@FieldTable
public struct Response: Equatable, Sendable, Codable {
    /// Adstock λ: fast decay (pull: slow).
    @Field(0...0.99, "Share of last month's push effect still working this month (adstock), 0–0.99.") public var pushCarryover = 0.30
    @Field(0...0.99, "The same for pull (trust and content keep working), 0–0.99.") public var pullCarryover = 0.85
    /// Hill K.
    @Field(1...ModelLimits.money, "Monthly push spend (carried over) reaching half the push effect, money, ≥ 1.") public var pushHalfSaturation = 150_000.0
    @Field(1...ModelLimits.money, "The same for content and community spend, money, ≥ 1.") public var pullHalfSaturation = 400_000.0
    @Field(1...ModelLimits.money, "The same for partner spend, money, ≥ 1.") public var partnerHalfSaturation = 150_000.0
    /// Hill n.
    @Field(0.2...5, "Hill shape: 1 a plain diminishing return, above 1 an S-curve, 0.2–5.") public var saturationShape = 2.0
    @Field(0...1, "Yearly chance that full outbound starts a journey with an untouched account (Bass p), 0–1.") public var outboundReach = 0.20
    @Field(0...5, "Yearly word-of-mouth imitation at full pull (Bass q), scaled by the installed base, 0–5.") public var wordOfMouth = 0.38
    @Field(0...1, "Yearly chance that full content effect starts an inbound journey, 0–1.") public var inboundReach = 0.30
    @Field(0...1, "Yearly chance that full partner effect brings a journey, 0–1.") public var partnerReach = 0.04
    @Field(0.05...0.95, "Handoff moment where sellers help most, share of the journey, 0.05–0.95.") public var bestHandoff = 0.57
    @Field(0...1, "Win-rate loss when sellers meet at the very start (irritation), 0–1.") public var earlyHandoffPenalty = 0.35
    @Field(0...1, "Win-rate loss when sellers meet at the very end (no solution development left), 0–1.") public var lateHandoffPenalty = 0.50
    @Field(0...2, "Win-rate uplift when both push and pull touch an account, 0–2.") public var synergy = 0.50
    @Field(0...2, "Win-rate uplift of maximal quota pressure, 0–2.") public var quotaWinUplift = 0.30
    @Field(0...1, "Share of trust (pull effect, word of mouth) that full quota pressure destroys, 0–1.") public var quotaTrustErosion = 0.50
    @Field(0...5, "Larger first-year ARR of senior-led deals at full executive focus, 0–5 (0.8: +80%).") public var executiveDealSizeUplift = 0.5
    /// 1: twice the time.
    @Field(0...5, "Extra seller time (and slower moves) of senior-led deals at full executive focus, 0–5.") public var executiveSellerTime = 1.0
}

/// What happens after the sale: churn and expansion, by source.
@FieldTable
public struct Customers: Equatable, Sendable, Codable {
    /// They switch supplier more easily.
    @Field(0...0.5, "Monthly churn of push-sourced customers, 0–0.5.") public var pushSourcedChurn = 0.025
    @Field(0...0.5, "Monthly churn of pull-sourced customers, 0–0.5.") public var pullSourcedChurn = 0.010
    @Field(0...0.2, "Monthly ARR expansion of pull-sourced customers, 0–0.2.") public var pullSourcedExpansion = 0.008
    @Field(0...1, "Journeys one pull-sourced customer starts among its peers per month (push-sourced: half), 0–1.") public var referralsPerCustomer = 0.05
    /// Compared with a client won directly by pull.
    @Field(0...1, "How much partner-sourced clients forget the supplier: that share less expansion and referrals, more churn, 0–1.") public var partnerForgetting = 0.5
}

/// Cash: what the company has and what it spends besides the go-to-market budget.
@FieldTable
public struct Finance: Equatable, Sendable, Codable {
    @Field(-ModelLimits.money...ModelLimits.money, "Cash at month 0, money, may be negative.") public var startingCash = 6_000_000.0
    @Field(0...ModelLimits.money, "Other costs per month (product, G&A) that the levers do not move, money, ≥ 0.") public var fixedMonthlyCosts = 150_000.0
    @Field(length: 0...8, "Currency code shown next to money, e.g. \"EUR\", 0–8 characters.") public var currency = "EUR"
    @Field(0...1, "Share of partner-sourced revenue paid to the partners, 0–1.") public var partnerMargin = 0.20
    @Field(0.01...1, "Share of revenue left after the cost of serving it (CAC payback), 0.01–1.") public var grossMargin = 0.80
}

/// The bookings target the plan is judged against.
@FieldTable
public struct Targets: Equatable, Sendable, Codable {
    /// 12: the plan year.
    @Field(1...ModelLimits.horizonMonths.upperBound, "Months in the target period, counted from month 1, 1–120.") public var periodMonths = 12
    @Field(0...ModelLimits.money, "New ARR to book over that period, money per year, ≥ 0.") public var periodBookings = 1_950_000.0

    /// The target for one quarter, pro rata.
    public var quarterlyBookings: Double { periodBookings / Double(max(1, periodMonths)) * 3 }
}

/// The risks the best balance must stay within.
@FieldTable
public struct RiskLimits: Equatable, Sendable, Codable {
    @Field(0...1, "Highest acceptable P(cash below zero before the horizon), 0–1.") public var maxCashShortfall = 0.10
    @Field(0...1, "Highest acceptable P(missing the period's bookings target), 0–1.") public var maxTargetMiss = 0.50
}

/// The spend before the plan starts. Carried-over effects and the sales team start at the
/// steady state of this spend, so with unchanged levers nothing drifts, and a change of
/// levers shows its transition (pull building up, sellers being hired).
@FieldTable
public struct History: Equatable, Sendable, Codable {
    @Field(Lever.budget.range, "Go-to-market budget per month before the plan, money, 0–1 000 000 000.") public var budget = 250_000.0
    @Field(0...1, "Share of that budget that went to push, 0–1.") public var pushShare = 0.70
    @Field(0...1, "Share of the pull budget that went through partners, 0–1.") public var partnerShare = 0.20
}

extension History {
    /// The history of a company that has been spending as `levers` say.
    public init(levers: Levers) {
        self.init(budget: levers.budget, pushShare: levers.pushShare, partnerShare: levers.partnerShare)
    }
}

/// What the plan does not know: each is the sigma of a lognormal multiplier (median 1)
/// drawn once per path, so the P10–P90 band holds parameter uncertainty as well as
/// sampling noise. All zero gives the sampling-only band.
@FieldTable
public struct Uncertainty: Equatable, Sendable, Codable {
    @Field(0...2, "On the win rate of the last stage, 0–2.") public var winRate = 0.10
    @Field(0...2, "On the reach of outbound, content and partners, 0–2.") public var reach = 0.15
    @Field(0...2, "On word of mouth and referrals, 0–2.") public var wordOfMouth = 0.25
    @Field(0...2, "On churn, 0–2.") public var churn = 0.20
    @Field(0...2, "On deal sizes, 0–2.") public var dealSize = 0.10

    public static let none = Uncertainty(winRate: 0, reach: 0, wordOfMouth: 0, churn: 0, dealSize: 0)
}

/// Monte Carlo settings.
@FieldTable
public struct SimulationSettings: Equatable, Sendable, Codable {
    @Field(ModelLimits.horizonMonths, "Months simulated, 1–120.") public var horizonMonths = 36
    @Field(ModelLimits.paths, "Simulated paths, 1–100 000: more is steadier and slower.") public var paths = 1_000
    @Field(1...12, "Calendar month of the plan's first month (1 = January), for sales.seasonality, 1–12.") public var startMonth = 1
    @Field("Random seed, whole number 0–18446744073709551615 (above 2^63 − 1 written as a string).") public var seed: UInt64 = 42
}
