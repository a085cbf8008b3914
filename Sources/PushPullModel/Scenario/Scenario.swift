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
    public var simulation: SimulationSettings

    public init(name: String, notes: String, levers: Levers, market: Market, stages: [Stage], outboundEntryStage: String,
                sales: Sales, response: Response, customers: Customers, finance: Finance, targets: Targets,
                riskLimits: RiskLimits, simulation: SimulationSettings) {
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

    public init(accounts: Int, pushSourcedCustomers: Int, pullSourcedCustomers: Int, startingARR: Double) {
        self.accounts = accounts
        self.pushSourcedCustomers = pushSourcedCustomers
        self.pullSourcedCustomers = pullSourcedCustomers
        self.startingARR = startingARR
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

    public init(sellerMonthlyCost: Double, sellerShareOfPush: Double, dealsPerSellerPerMonth: Double,
                dealSizeMedian: Double, dealSizeSigma: Double, buyingGroupSize: Double) {
        self.sellerMonthlyCost = sellerMonthlyCost
        self.sellerShareOfPush = sellerShareOfPush
        self.dealsPerSellerPerMonth = dealsPerSellerPerMonth
        self.dealSizeMedian = dealSizeMedian
        self.dealSizeSigma = dealSizeSigma
        self.buyingGroupSize = buyingGroupSize
    }
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

    public init(pushCarryover: Double, pullCarryover: Double, pushHalfSaturation: Double, pullHalfSaturation: Double,
                partnerHalfSaturation: Double, saturationShape: Double, outboundReach: Double, wordOfMouth: Double,
                inboundReach: Double, partnerReach: Double, bestHandoff: Double, earlyHandoffPenalty: Double,
                lateHandoffPenalty: Double, synergy: Double, quotaWinUplift: Double, quotaTrustErosion: Double) {
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

    public init(pushSourcedChurn: Double, pullSourcedChurn: Double, pullSourcedExpansion: Double) {
        self.pushSourcedChurn = pushSourcedChurn
        self.pullSourcedChurn = pullSourcedChurn
        self.pullSourcedExpansion = pullSourcedExpansion
    }
}

/// Cash: what the company has and what it spends besides the go-to-market budget.
public struct Finance: Equatable, Sendable, Codable {
    public var startingCash: Double
    /// Other costs per month (product, G&A): spend that does not depend on the levers.
    public var fixedMonthlyCosts: Double
    /// Currency code shown next to money, e.g. "EUR".
    public var currency: String

    public init(startingCash: Double, fixedMonthlyCosts: Double, currency: String) {
        self.startingCash = startingCash
        self.fixedMonthlyCosts = fixedMonthlyCosts
        self.currency = currency
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

/// Monte Carlo settings.
public struct SimulationSettings: Equatable, Sendable, Codable {
    public var horizonMonths: Int
    public var paths: Int
    public var seed: UInt64

    public init(horizonMonths: Int, paths: Int, seed: UInt64) {
        self.horizonMonths = horizonMonths
        self.paths = paths
        self.seed = seed
    }
}
