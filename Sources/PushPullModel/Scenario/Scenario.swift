/// Everything the model takes: a company's market, funnel, costs, targets and levers.
/// Values are plain numbers so a scenario file maps onto this one to one; each one's meaning,
/// unit and range is in the one field table, `Scenario.fields`, which reading, writing,
/// validation, `--param` and the docs all follow.
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
/// So a new value is one line in its section below (with the example's value) and one line in
/// the field table.
public struct Scenario: Equatable, Sendable, Codable {
    public var name = "Example B2B software company"
    public var notes = "Built-in example: a push-heavy plan. Move the balance towards pull and watch next quarter fall and year three rise."
    public var levers = Levers()
    public var market = Market()
    public var stages = [
        Stage(name: "Inquiry", conversion: 0.40, monthsInStage: 1.0, openAtStart: 60),
        Stage(name: "MQL", conversion: 0.55, monthsInStage: 1.0, openAtStart: 30),
        Stage(name: "SAL", conversion: 0.65, monthsInStage: 1.0, openAtStart: 40),
        Stage(name: "SQL", conversion: 0.55, monthsInStage: 1.5, openAtStart: 30),
        Stage(name: "Opportunity", conversion: 0.30, monthsInStage: 2.5, openAtStart: 35),
    ]
    /// The stage where outbound (push-sourced) accounts enter: a first meeting accepted by sales.
    public var outboundEntryStage = "SAL"
    public var sales = Sales()
    public var response = Response()
    public var customers = Customers()
    public var finance = Finance()
    public var targets = Targets()
    public var riskLimits = RiskLimits()
    /// What the company spent before the plan: the model starts from its steady state.
    public var history = History()
    /// What the plan does not know, drawn once per path.
    public var uncertainty = Uncertainty()
    public var simulation = SimulationSettings()

    /// The built-in example.
    public init() {}

    /// The built-in example, the scenario `swift run pushpull` opens.
    public static let example = Scenario()
}

/// The accounts the company can sell to, and where it starts.
public struct Market: Equatable, Sendable, Codable {
    /// Accounts in the addressable market (M).
    public var accounts = 6_000
    /// Customers at month 0 won by push (outbound, sellers).
    public var pushSourcedCustomers = 90
    /// Customers at month 0 won by pull (inbound, partners, word of mouth).
    public var pullSourcedCustomers = 30
    /// Annual recurring revenue at month 0.
    public var startingARR = 2_400_000.0
    /// Mean months before a lost or churned account can start a new journey.
    public var cooldownMonths = 6.0

}

/// The sales force and the deals it closes.
public struct Sales: Equatable, Sendable, Codable {
    /// Fully loaded cost of one seller per month.
    public var sellerMonthlyCost = 15_000.0
    /// Share of the push budget paying sellers; the rest pays outbound campaigns.
    public var sellerShareOfPush = 0.75
    /// Deals one seller can move forward per month (the capacity of sales-owned stages).
    public var dealsPerSellerPerMonth = 30.0
    /// Median first-year ARR of a won deal.
    public var dealSizeMedian = 20_000.0
    /// Spread of deal sizes: the sigma of the lognormal.
    public var dealSizeSigma = 0.6
    /// People in a typical buying group (5.4, CEB 2014).
    public var buyingGroupSize = 5.4
    /// Months for a new seller to be hired and fully productive (a cut in sellers acts at once).
    public var rampMonths = 4.0
    /// Monthly share of deals left waiting for a seller that give up (the bounded leak of a queue).
    public var stalledLeak = 0.10
    /// Multipliers of the last stage's win probability by calendar month, January first
    /// (quarter-end pushes, summer lulls); twelve ones when closing has no season.
    public var seasonality: [Double] = Sales.noSeason

    /// Closing without a season: every calendar month alike.
    public static let noSeason = [Double](repeating: 1, count: 12)
}

/// How spend turns into buying journeys: carry-over, saturation, diffusion, and the lever effects.
public struct Response: Equatable, Sendable, Codable {
    /// Share of last month's push effect still working this month (adstock λ; fast decay).
    public var pushCarryover = 0.30
    /// The same for pull (slow decay: trust and content keep working).
    public var pullCarryover = 0.85
    /// Monthly push spend (carried over) that reaches half of the push effect (Hill K).
    public var pushHalfSaturation = 150_000.0
    /// The same for content and community spend.
    public var pullHalfSaturation = 400_000.0
    /// The same for partner spend.
    public var partnerHalfSaturation = 150_000.0
    /// Hill shape n: above 1 an S-curve, 1 a plain diminishing return.
    public var saturationShape = 2.0
    /// Yearly chance that outbound at full effect starts a journey with an untouched account (Bass p).
    public var outboundReach = 0.20
    /// Yearly word-of-mouth imitation at full pull effect (Bass q), scaled by the installed base share.
    public var wordOfMouth = 0.38
    /// Yearly chance that content at full effect starts an inbound journey.
    public var inboundReach = 0.30
    /// Yearly chance that partners at full effect bring a journey.
    public var partnerReach = 0.04
    /// The handoff moment where sellers help most (share of the journey).
    public var bestHandoff = 0.57
    /// Loss of win rate when sellers meet too early (irritation), at handoff 0.
    public var earlyHandoffPenalty = 0.35
    /// Loss of win rate when sellers meet too late (no solution development left), at handoff 1.
    public var lateHandoffPenalty = 0.50
    /// Win-rate uplift when both motions touch an account (push × pull synergy).
    public var synergy = 0.50
    /// Win-rate uplift of quota pressure at its maximum (closing harder now).
    public var quotaWinUplift = 0.30
    /// Share of trust (pull effect and word of mouth) that full quota pressure destroys.
    public var quotaTrustErosion = 0.50
    /// Larger first-year ARR of a senior-led deal at full executive focus (0.8: +80%).
    public var executiveDealSizeUplift = 0.5
    /// Extra seller time a senior-led deal needs at full executive focus (1: twice the time, and slower).
    public var executiveSellerTime = 1.0

}

/// What happens after the sale: churn and expansion, by source.
public struct Customers: Equatable, Sendable, Codable {
    /// Monthly churn of push-sourced customers (they switch supplier more easily).
    public var pushSourcedChurn = 0.025
    /// Monthly churn of pull-sourced customers.
    public var pullSourcedChurn = 0.010
    /// Monthly ARR expansion of pull-sourced customers.
    public var pullSourcedExpansion = 0.008
    /// Buying journeys each pull-sourced customer starts among its peers per month (push-sourced: half).
    public var referralsPerCustomer = 0.05
    /// How much a partner-sourced client forgets the supplier, 0…1: that share less expansion
    /// and referrals, and that share more churn, than a client won directly by pull.
    public var partnerForgetting = 0.5

}

/// Cash: what the company has and what it spends besides the go-to-market budget.
public struct Finance: Equatable, Sendable, Codable {
    public var startingCash = 6_000_000.0
    /// Other costs per month (product, G&A): spend that does not depend on the levers.
    public var fixedMonthlyCosts = 150_000.0
    /// Currency code shown next to money, e.g. "EUR".
    public var currency = "EUR"
    /// Share of partner-sourced revenue paid to the partners.
    public var partnerMargin = 0.20
    /// Share of revenue left after the cost of serving it (for CAC payback).
    public var grossMargin = 0.80

}

/// The bookings target the plan is judged against.
public struct Targets: Equatable, Sendable, Codable {
    /// Months in the target period, counted from month 1 (12: the plan year).
    public var periodMonths = 12
    /// New ARR to book over that period.
    public var periodBookings = 1_950_000.0

    /// The target for one quarter, pro rata.
    public var quarterlyBookings: Double { periodBookings / Double(max(1, periodMonths)) * 3 }
}

/// The risks the best balance must stay within.
public struct RiskLimits: Equatable, Sendable, Codable {
    /// Highest acceptable P(cash below zero before the horizon).
    public var maxCashShortfall = 0.10
    /// Highest acceptable P(missing the period's bookings target).
    public var maxTargetMiss = 0.50

}

/// The spend before the plan starts. Carried-over effects and the sales team start at the
/// steady state of this spend, so with unchanged levers nothing drifts, and a change of
/// levers shows its transition (pull building up, sellers being hired).
public struct History: Equatable, Sendable, Codable {
    public var budget = 250_000.0
    public var pushShare = 0.70
    public var partnerShare = 0.20
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
public struct Uncertainty: Equatable, Sendable, Codable {
    public var winRate = 0.10
    public var reach = 0.15
    public var wordOfMouth = 0.25
    public var churn = 0.20
    public var dealSize = 0.10

    public static let none = Uncertainty(winRate: 0, reach: 0, wordOfMouth: 0, churn: 0, dealSize: 0)
}

/// Monte Carlo settings.
public struct SimulationSettings: Equatable, Sendable, Codable {
    public var horizonMonths = 36
    public var paths = 1_000
    public var seed: UInt64 = 42
    /// Calendar month (1 = January) of the plan's first month, for `sales.seasonality`.
    public var startMonth = 1

}
