import PushPullModel

/// The corrections of one fit round: each moves one group of values by what the replay missed.
extension HistoryFit {
    /// Sizes seller capacity for the observed flow, and raises it while deals wait for a seller (a
    /// bottleneck the export does not show). True while they wait.
    static func correctCapacity(_ parameters: inout Scenario, replayed: Scenario, forecast: Forecast,
                                actual: WindowFigures, figures: ModelWindowFigures) -> Bool {
        let sales = replayed.sales
        let sellers = replayed.levers.budget * replayed.levers.pushShare * sales.sellerShareOfPush / sales.sellerMonthlyCost
        parameters.sales.dealsPerSellerPerMonth = max(
            parameters.sales.dealsPerSellerPerMonth,
            dealsPerSellerCarrying(actual.opportunitiesPerMonth, stages: parameters.stages,
                                   salesShare: forecast.salesShareOfStage, sellers: sellers))
        let waiting = forecast.months.reduce(0) { $0 + $1.meanWaitingForSeller } / Double(max(1, forecast.months.count))
        let sellersBind = waiting > 0.02 * max(1, figures.decidedPerMonth)
        if sellersBind {
            parameters.sales.dealsPerSellerPerMonth = min(1000, parameters.sales.dealsPerSellerPerMonth * 1.5)
        }
        return sellersBind
    }

    /// The flow is fitted on the deals decided a month, which make the won deals: an export whose
    /// opportunities pile up open (stale deals never closed) would otherwise make the model decide too
    /// many. The market's untouched accounts are scaled, or with a given market the reach.
    static func correctFlow(_ parameters: inout Scenario, replayed: Scenario, actual: WindowFigures,
                            figures: ModelWindowFigures, marketGiven: Bool) {
        let ratio: Double
        if figures.decidedPerMonth > 0, actual.closedPerMonth > 0 {
            ratio = actual.closedPerMonth / figures.decidedPerMonth
        } else if figures.opportunitiesPerMonth > 0 {
            ratio = actual.opportunitiesPerMonth / figures.opportunitiesPerMonth
        } else {
            return
        }
        if marketGiven {
            parameters.response.outboundReach = min(1, parameters.response.outboundReach * ratio)
            parameters.response.inboundReach = min(1, parameters.response.inboundReach * ratio)
            parameters.response.partnerReach = min(1, parameters.response.partnerReach * ratio)
        } else {
            // Journeys start from untouched accounts: scale those, keep what is committed.
            let committed = replayed.committedAccounts
            let untouched = Double(replayed.market.accounts - committed)
            parameters.market.accounts = min(ModelLimits.accounts.upperBound, committed + Int((untouched * ratio).rounded(.up)))
        }
    }

    /// The flow's trend comes from referrals, which grow with the customers: fitted on the slope of new
    /// opportunities, a step at most ×4 a round; an export whose flow does not grow gets none.
    static func correctTrend(_ parameters: inout Scenario, actual: Double, model: Double) {
        let referrals = parameters.customers.referralsPerCustomer
        if actual <= 0 {
            parameters.customers.referralsPerCustomer = 0
        } else if model <= 0.001 {
            parameters.customers.referralsPerCustomer = min(1, max(0.01, referrals * 2))
        } else {
            parameters.customers.referralsPerCustomer = min(1, referrals * min(4, max(0.25, actual / model)))
        }
    }
}
