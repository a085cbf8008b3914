/// Everything the model takes: a company's market, funnel, costs, targets and levers.
/// Values are plain numbers so a scenario file maps onto this one to one.
public struct Scenario: Equatable, Sendable, Codable {
    public var name: String
    public var notes: String
    public var levers: Levers
    public var market: Market
    public var stages: [Stage]
    /// The stage where outbound (push-sourced) accounts enter: a first meeting accepted by sales.
    public var outboundEntryStage: String
    public var sales: Sales
    public var response: Response
    public var customers: Customers
    public var finance: Finance
    public var targets: Targets
    public var riskLimits: RiskLimits
    /// What the company spent before the plan: the model starts from its steady state.
    public var history: History
    /// What the plan does not know, drawn once per path.
    public var uncertainty: Uncertainty
    public var simulation: SimulationSettings

    public init(name: String, notes: String, levers: Levers, market: Market, stages: [Stage], outboundEntryStage: String,
                sales: Sales, response: Response, customers: Customers, finance: Finance, targets: Targets,
                riskLimits: RiskLimits, history: History, uncertainty: Uncertainty, simulation: SimulationSettings) {
        self.name = name
        self.notes = notes
        self.levers = levers
        self.market = market
        self.stages = stages
        self.outboundEntryStage = outboundEntryStage
        self.sales = sales
        self.response = response
        self.customers = customers
        self.finance = finance
        self.targets = targets
        self.riskLimits = riskLimits
        self.history = history
        self.uncertainty = uncertainty
        self.simulation = simulation
    }
}

/// The accounts the company can sell to, and where it starts.
public struct Market: Equatable, Sendable, Codable {
    /// Accounts in the addressable market (M).
    public var accounts: Int
    /// Customers at month 0 won by push (outbound, sellers).
    public var pushSourcedCustomers: Int
    /// Customers at month 0 won by pull (inbound, partners, word of mouth).
    public var pullSourcedCustomers: Int
    /// Annual recurring revenue at month 0.
    public var startingARR: Double
    /// Mean months before a lost or churned account can start a new journey.
    public var cooldownMonths: Double

    public init(accounts: Int, pushSourcedCustomers: Int, pullSourcedCustomers: Int, startingARR: Double, cooldownMonths: Double) {
        self.accounts = accounts
        self.pushSourcedCustomers = pushSourcedCustomers
        self.pullSourcedCustomers = pullSourcedCustomers
        self.startingARR = startingARR
        self.cooldownMonths = cooldownMonths
    }
}

/// The sales force and the deals it closes.
public struct Sales: Equatable, Sendable, Codable {
    /// Fully loaded cost of one seller per month.
    public var sellerMonthlyCost: Double
    /// Share of the push budget paying sellers; the rest pays outbound campaigns.
    public var sellerShareOfPush: Double
    /// Deals one seller can move forward per month (the capacity of sales-owned stages).
    public var dealsPerSellerPerMonth: Double
    /// Median first-year ARR of a won deal.
    public var dealSizeMedian: Double
    /// Spread of deal sizes: the sigma of the lognormal.
    public var dealSizeSigma: Double
    /// People in a typical buying group (5.4, CEB 2014).
    public var buyingGroupSize: Double
    /// Months for a new seller to be hired and fully productive (a cut in sellers acts at once).
    public var rampMonths: Double
    /// Monthly share of deals left waiting for a seller that give up (the bounded leak of a queue).
    public var stalledLeak: Double
    /// Multipliers of the last stage's win probability by calendar month, January first
    /// (quarter-end pushes, summer lulls); twelve ones when closing has no season.
    public var seasonality: [Double]

    public init(sellerMonthlyCost: Double, sellerShareOfPush: Double, dealsPerSellerPerMonth: Double,
                dealSizeMedian: Double, dealSizeSigma: Double, buyingGroupSize: Double, rampMonths: Double, stalledLeak: Double,
                seasonality: [Double] = Sales.noSeason) {
        self.sellerMonthlyCost = sellerMonthlyCost
        self.sellerShareOfPush = sellerShareOfPush
        self.dealsPerSellerPerMonth = dealsPerSellerPerMonth
        self.dealSizeMedian = dealSizeMedian
        self.dealSizeSigma = dealSizeSigma
        self.buyingGroupSize = buyingGroupSize
        self.rampMonths = rampMonths
        self.stalledLeak = stalledLeak
        self.seasonality = seasonality
    }

    /// Closing without a season: every calendar month alike.
    public static let noSeason = [Double](repeating: 1, count: 12)
}

/// How spend turns into buying journeys: carry-over, saturation, diffusion, and the lever effects.
public struct Response: Equatable, Sendable, Codable {
    /// Share of last month's push effect still working this month (adstock λ; fast decay).
    public var pushCarryover: Double
    /// The same for pull (slow decay: trust and content keep working).
    public var pullCarryover: Double
    /// Monthly push spend (carried over) that reaches half of the push effect (Hill K).
    public var pushHalfSaturation: Double
    /// The same for content and community spend.
    public var pullHalfSaturation: Double
    /// The same for partner spend.
    public var partnerHalfSaturation: Double
    /// Hill shape n: above 1 an S-curve, 1 a plain diminishing return.
    public var saturationShape: Double
    /// Yearly chance that outbound at full effect starts a journey with an untouched account (Bass p).
    public var outboundReach: Double
    /// Yearly word-of-mouth imitation at full pull effect (Bass q), scaled by the installed base share.
    public var wordOfMouth: Double
    /// Yearly chance that content at full effect starts an inbound journey.
    public var inboundReach: Double
    /// Yearly chance that partners at full effect bring a journey.
    public var partnerReach: Double
    /// The handoff moment where sellers help most (share of the journey).
    public var bestHandoff: Double
    /// Loss of win rate when sellers meet too early (irritation), at handoff 0.
    public var earlyHandoffPenalty: Double
    /// Loss of win rate when sellers meet too late (no solution development left), at handoff 1.
    public var lateHandoffPenalty: Double
    /// Win-rate uplift when both motions touch an account (push × pull synergy).
    public var synergy: Double
    /// Win-rate uplift of quota pressure at its maximum (closing harder now).
    public var quotaWinUplift: Double
    /// Share of trust (pull effect and word of mouth) that full quota pressure destroys.
    public var quotaTrustErosion: Double
    /// Larger first-year ARR of a senior-led deal at full executive focus (0.8: +80%).
    public var executiveDealSizeUplift: Double
    /// Extra seller time a senior-led deal needs at full executive focus (1: twice the time, and slower).
    public var executiveSellerTime: Double

    public init(pushCarryover: Double, pullCarryover: Double, pushHalfSaturation: Double, pullHalfSaturation: Double,
                partnerHalfSaturation: Double, saturationShape: Double, outboundReach: Double, wordOfMouth: Double,
                inboundReach: Double, partnerReach: Double, bestHandoff: Double, earlyHandoffPenalty: Double,
                lateHandoffPenalty: Double, synergy: Double, quotaWinUplift: Double, quotaTrustErosion: Double,
                executiveDealSizeUplift: Double, executiveSellerTime: Double) {
        self.pushCarryover = pushCarryover
        self.pullCarryover = pullCarryover
        self.pushHalfSaturation = pushHalfSaturation
        self.pullHalfSaturation = pullHalfSaturation
        self.partnerHalfSaturation = partnerHalfSaturation
        self.saturationShape = saturationShape
        self.outboundReach = outboundReach
        self.wordOfMouth = wordOfMouth
        self.inboundReach = inboundReach
        self.partnerReach = partnerReach
        self.bestHandoff = bestHandoff
        self.earlyHandoffPenalty = earlyHandoffPenalty
        self.lateHandoffPenalty = lateHandoffPenalty
        self.synergy = synergy
        self.quotaWinUplift = quotaWinUplift
        self.quotaTrustErosion = quotaTrustErosion
        self.executiveDealSizeUplift = executiveDealSizeUplift
        self.executiveSellerTime = executiveSellerTime
    }
}

/// What happens after the sale: churn and expansion, by source.
public struct Customers: Equatable, Sendable, Codable {
    /// Monthly churn of push-sourced customers (they switch supplier more easily).
    public var pushSourcedChurn: Double
    /// Monthly churn of pull-sourced customers.
    public var pullSourcedChurn: Double
    /// Monthly ARR expansion of pull-sourced customers.
    public var pullSourcedExpansion: Double
    /// Buying journeys each pull-sourced customer starts among its peers per month (push-sourced: half).
    public var referralsPerCustomer: Double
    /// How much a partner-sourced client forgets the supplier, 0…1: that share less expansion
    /// and referrals, and that share more churn, than a client won directly by pull.
    public var partnerForgetting: Double

    public init(pushSourcedChurn: Double, pullSourcedChurn: Double, pullSourcedExpansion: Double,
                referralsPerCustomer: Double, partnerForgetting: Double) {
        self.pushSourcedChurn = pushSourcedChurn
        self.pullSourcedChurn = pullSourcedChurn
        self.pullSourcedExpansion = pullSourcedExpansion
        self.referralsPerCustomer = referralsPerCustomer
        self.partnerForgetting = partnerForgetting
    }
}

/// Cash: what the company has and what it spends besides the go-to-market budget.
public struct Finance: Equatable, Sendable, Codable {
    public var startingCash: Double
    /// Other costs per month (product, G&A): spend that does not depend on the levers.
    public var fixedMonthlyCosts: Double
    /// Currency code shown next to money, e.g. "EUR".
    public var currency: String
    /// Share of partner-sourced revenue paid to the partners.
    public var partnerMargin: Double
    /// Share of revenue left after the cost of serving it (for CAC payback).
    public var grossMargin: Double

    public init(startingCash: Double, fixedMonthlyCosts: Double, currency: String, partnerMargin: Double, grossMargin: Double) {
        self.startingCash = startingCash
        self.fixedMonthlyCosts = fixedMonthlyCosts
        self.currency = currency
        self.partnerMargin = partnerMargin
        self.grossMargin = grossMargin
    }
}

/// The bookings target the plan is judged against.
public struct Targets: Equatable, Sendable, Codable {
    /// Months in the target period, counted from month 1 (12: the plan year).
    public var periodMonths: Int
    /// New ARR to book over that period.
    public var periodBookings: Double

    public init(periodMonths: Int, periodBookings: Double) {
        self.periodMonths = periodMonths
        self.periodBookings = periodBookings
    }

    /// The target for one quarter, pro rata.
    public var quarterlyBookings: Double { periodBookings / Double(max(1, periodMonths)) * 3 }
}

/// The risks the best balance must stay within.
public struct RiskLimits: Equatable, Sendable, Codable {
    /// Highest acceptable P(cash below zero before the horizon).
    public var maxCashShortfall: Double
    /// Highest acceptable P(missing the period's bookings target).
    public var maxTargetMiss: Double

    public init(maxCashShortfall: Double, maxTargetMiss: Double) {
        self.maxCashShortfall = maxCashShortfall
        self.maxTargetMiss = maxTargetMiss
    }
}

/// The spend before the plan starts. Carried-over effects and the sales team start at the
/// steady state of this spend, so with unchanged levers nothing drifts, and a change of
/// levers shows its transition (pull building up, sellers being hired).
public struct History: Equatable, Sendable, Codable {
    public var budget: Double
    public var pushShare: Double
    public var partnerShare: Double

    public init(budget: Double, pushShare: Double, partnerShare: Double) {
        self.budget = budget
        self.pushShare = pushShare
        self.partnerShare = partnerShare
    }

    /// The history of a company that has been spending as `levers` say.
    public init(levers: Levers) {
        self.init(budget: levers.budget, pushShare: levers.pushShare, partnerShare: levers.partnerShare)
    }
}

/// What the plan does not know: each is the sigma of a lognormal multiplier (median 1)
/// drawn once per path, so the P10–P90 band holds parameter uncertainty as well as
/// sampling noise. All zero gives the sampling-only band.
public struct Uncertainty: Equatable, Sendable, Codable {
    public var winRate: Double
    public var reach: Double
    public var wordOfMouth: Double
    public var churn: Double
    public var dealSize: Double

    public init(winRate: Double, reach: Double, wordOfMouth: Double, churn: Double, dealSize: Double) {
        self.winRate = winRate
        self.reach = reach
        self.wordOfMouth = wordOfMouth
        self.churn = churn
        self.dealSize = dealSize
    }

    public static let none = Uncertainty(winRate: 0, reach: 0, wordOfMouth: 0, churn: 0, dealSize: 0)
}

/// Monte Carlo settings.
public struct SimulationSettings: Equatable, Sendable, Codable {
    public var horizonMonths: Int
    public var paths: Int
    public var seed: UInt64
    /// Calendar month (1 = January) of the plan's first month, for `sales.seasonality`.
    public var startMonth: Int

    public init(horizonMonths: Int, paths: Int, seed: UInt64, startMonth: Int = 1) {
        self.horizonMonths = horizonMonths
        self.paths = paths
        self.seed = seed
        self.startMonth = startMonth
    }
}
