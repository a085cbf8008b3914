import PushPullModel

/// A scenario whose flows reproduce the export's past: fitted by replaying the fit window from the
/// state the export shows at its start, and correcting each fitted value by the ratio of what the
/// data shows to what the model gave, round after round. Fitting through the model itself, rather
/// than inverting its formulas, keeps the fit right whatever the model's win-rate and capacity
/// effects are.
public struct HistoryFit: Sendable {
    /// The fitted values, with the state of the fit window's start.
    public var parameters: Scenario
    public var provenance: [String: String]
    /// The months fitted.
    public var window: ClosedRange<YearMonth>
    public var actual: WindowFigures
    /// The model's figures over the window after the last round.
    public var model: ModelWindowFigures
    /// The model's months over the window after the last round.
    public var modelMonths: [ModelMonth]
    /// Whether the market was fitted to the flow (true) or given and the reach scaled.
    public var marketFitted: Bool
    /// The export's months the fit read.
    public var history: MonthlyHistory
    /// The win rate's season the fit gave the model; nil when the export shows none beyond chance.
    public var seasonality: WinSeasonality?

    /// Fits `scenario` (carrying the data-supported values of `Calibration.calibrate`) to the
    /// history from its first month with a closed deal to its last. Nil when no month has one.
    public init?(calibration: Calibration, scenario: Scenario, options: FitOptions) {
        let history = calibration.history
        guard let window = history.replayWindow, !scenario.stages.isEmpty else { return nil }
        let start = window.lowerBound, end = window.upperBound
        let actual = WindowFigures(history.months(from: start, through: end))
        let months = end.index - start.index + 1
        let last = scenario.stages.count - 1
        var parameters = scenario
        parameters.simulation.paths = options.paths
        parameters.simulation.seed = options.seed
        if let accounts = options.marketAccounts { parameters.market.accounts = accounts }
        // Closing's season (a quarter-end push) when the export shows one beyond chance; the win-rate
        // correction below then sets its level.
        let seasonality = WinSeasonality(history: history).flatMap { $0.isMarked ? $0 : nil }
        if let seasonality { parameters.sales.seasonality = seasonality.multipliers }

        func replay(_ parameters: Scenario) -> (scenario: Scenario, forecast: Forecast)? {
            let replayed = parameters.starting(at: start, history: history, months: months)
            guard let forecast = try? MonteCarlo.run(replayed) else { return nil }
            return (replayed, forecast)
        }

        let windowMonths = history.months(from: start, through: end)
        let actualTrend = Self.relativeSlope(windowMonths.map { Double($0.newOpportunities) })
        let rounds = max(2, options.rounds)
        for round in 0..<rounds {
            // The company has been spending as its levers say: the model starts from that steady state.
            parameters.history = History(levers: parameters.levers)
            parameters = Self.fillingEarlyStages(parameters, start: start, history: history)
            guard let (replayed, forecast) = replay(parameters) else { return nil }
            let modelMonths = forecast.crmMonths
            let figures = ModelWindowFigures(modelMonths)
            if round == rounds / 2 {
                // Halfway, once the means fit: the band gets the scatter the export shows beyond chance,
                // and the remaining rounds correct the means for it.
                parameters.uncertainty = Self.uncertainty(actual: windowMonths, model: modelMonths,
                                                          base: parameters.uncertainty, dealSigma: parameters.sales.dealSizeSigma)
            }
            let sellersBind = Self.correctCapacity(&parameters, replayed: replayed, forecast: forecast, actual: actual, figures: figures)
            Self.correctFlow(&parameters, replayed: replayed, actual: actual, figures: figures, marketGiven: options.marketAccounts != nil)
            if let trend = actualTrend, let modelTrend = Self.relativeSlope(modelMonths.map(\.meanOpportunities)) {
                Self.correctTrend(&parameters, actual: trend, model: modelTrend)
            }
            if let winRate = actual.winRate, figures.winRate > 0 {
                parameters.stages[last].conversion = min(1, max(0.001, parameters.stages[last].conversion * winRate / figures.winRate))
            }
            if let meanDeal = actual.meanWonDeal, figures.meanWonDeal > 0 {
                parameters.sales.dealSizeMedian = min(ModelLimits.money, max(1, parameters.sales.dealSizeMedian * meanDeal / figures.meanWonDeal))
            }
            // A queue for sellers lengthens the stay whatever the stage's time: the cycle is fitted once it is gone.
            if let cycle = calibration.salesCycle?.meanMonths, figures.cycleMonths > 0, !sellersBind {
                parameters.stages[last].monthsInStage = min(60, max(0.1, parameters.stages[last].monthsInStage * cycle / figures.cycleMonths))
            }
        }
        parameters.history = History(levers: parameters.levers)
        parameters = Self.fillingEarlyStages(parameters, start: start, history: history)
        guard let (_, finalForecast) = replay(parameters) else { return nil }
        modelMonths = finalForecast.crmMonths
        let final = ModelWindowFigures(modelMonths)
        self.parameters = parameters
        self.window = window
        self.actual = actual
        self.model = final
        self.marketFitted = options.marketAccounts == nil
        self.history = history
        self.seasonality = seasonality
        provenance = Self.provenance(source: calibration.sourceName, window: window, actual: actual,
                                     marketFitted: options.marketAccounts == nil, last: last, stages: parameters.stages)
        if let seasonality {
            let places = seasonality.byPlaceInQuarter.map { String(format: "%.2f", $0) }.joined(separator: ", ")
            provenance[Scenario.path(\.sales.seasonality)] = "win rate in the first, second and third month of a quarter over the average "
                + "(\(places)) in \(calibration.sourceName)"
        }
    }

    /// Seller capacity counts moves through every sales-owned stage, while the export shows only what
    /// sellers closed: size it so the sellers move the observed flow with a quarter to spare. At a steady
    /// flow a stage sees as many deals leave as arrive, and stage i receives the opportunities divided by
    /// the conversions between it and the last stage.
    static func dealsPerSellerCarrying(_ opportunitiesPerMonth: Double, stages: [Stage], salesShare: [Double], sellers: Double) -> Double {
        guard sellers > 0, salesShare.count == stages.count else { return 0 }
        var inflow = opportunitiesPerMonth, moves = 0.0
        for index in stages.indices.reversed() {
            if index < stages.count - 1 { inflow /= max(0.01, stages[index].conversion) }
            moves += inflow * salesShare[index]
        }
        return min(1000, 1.25 * moves / sellers)
    }

    /// The least-squares slope of a monthly series over its mean: its growth per month as a fraction.
    /// Nil for fewer than three months or a zero mean.
    static func relativeSlope(_ series: [Double]) -> Double? {
        guard series.count >= 3 else { return nil }
        let n = Double(series.count), meanT = (n - 1) / 2, meanY = series.reduce(0, +) / n
        guard meanY > 0 else { return nil }
        var covariance = 0.0, variance = 0.0
        for (t, y) in series.enumerated() {
            covariance += (Double(t) - meanT) * (y - meanY)
            variance += (Double(t) - meanT) * (Double(t) - meanT)
        }
        return covariance / variance / meanY
    }

    /// The scatter of the export's months around the model's means, beyond chance, as the per-path
    /// sigmas of what the plan does not know: reach from the deals decided a month (the flow the fit
    /// matches), the win rate from won deals, deal size from the mean won deal. Word of mouth and churn,
    /// which an opportunity export does not show, keep the base scenario's.
    static func uncertainty(actual: [MonthActivity], model: [ModelMonth], base: Uncertainty, dealSigma: Double) -> Uncertainty {
        guard let spread = MonthlySpread(actual: actual, expectedDecided: model.map(\.meanDecided),
                                         expectedWon: model.map(\.meanWon),
                                         expectedMeanDeal: model.map { $0.meanWon > 0 ? $0.meanBookings / $0.meanWon : 0 },
                                         dealSigma: dealSigma) else { return base }
        var fitted = base
        fitted.reach = min(2, spread.decided)
        // Not less the flow's share: reach reaches won deals through the funnel's lag and smoothing, so
        // taking it out left the won band narrower than the months it must hold.
        fitted.winRate = min(2, spread.won)
        fitted.dealSize = min(2, spread.dealSize)
        return fitted
    }

    /// The stages before the last start as full as the flow keeps them: the model runs two years
    /// from an empty funnel and its mean occupancy at the end is taken, so opportunities arrive
    /// from the first month instead of after the funnel has filled.
    static func fillingEarlyStages(_ scenario: Scenario, start: YearMonth, history: MonthlyHistory) -> Scenario {
        var warmUp = scenario.starting(at: start, history: history, months: 24)
        for index in warmUp.stages.indices.dropLast() { warmUp.stages[index].openAtStart = 0 }
        // Referrals come from customers, and the customers the warm-up wins are not there at the start:
        // the funnel is filled with the flow the start's own customers refer (none at a fit window's
        // start, which is the first month with a closed deal), not with two years of growth.
        let startingCustomers = Double(warmUp.market.pushSourcedCustomers + warmUp.market.pullSourcedCustomers)
        if startingCustomers == 0 { warmUp.customers.referralsPerCustomer = 0 }
        guard let forecast = try? MonteCarlo.run(warmUp), let end = forecast.months.last else { return scenario }
        var filled = scenario
        for index in filled.stages.indices.dropLast() {
            filled.stages[index].openAtStart = Int(end.meanPipeline[index].total.rounded())
        }
        filled.market.accounts = max(filled.market.accounts, filled.committedAccounts)
        return filled
    }

    private static func provenance(source: String, window: ClosedRange<YearMonth>, actual: WindowFigures, marketFitted: Bool,
                                   last: Int, stages: [Stage]) -> [String: String] {
        let replay = "fitted by replaying \(window.lowerBound)…\(window.upperBound) of \(source) in the model"
        var notes = [
            "stages[\(last)].conversion": "\(replay): the simulated win rate equals the observed \(actual.winRate.map(percent) ?? "–")",
            "stages[\(last)].monthsInStage": "\(replay): months as an opportunity equal the mean sales cycle (created to won)",
            "sales.dealSizeMedian": "\(replay): the simulated mean won deal equals the observed \(actual.meanWonDeal.map(decimal) ?? "–")",
            "sales.dealsPerSellerPerMonth": "\(replay): the export shows what sellers closed, not what they could move, "
                + "so capacity carries the observed flow through the sellers' share of every stage with a quarter to spare",
            "customers.referralsPerCustomer": "\(replay): the simulated trend of new opportunities equals the observed one "
                + "(no referrals when the export's flow does not grow)",
            "uncertainty.reach": "\(replay): the scatter of the deals decided a month beyond chance",
            "uncertainty.winRate": "\(replay): the scatter of won deals a month beyond chance",
            "uncertainty.dealSize": "\(replay): the scatter of the mean won deal a month beyond chance",
            "history.budget": "the plan's levers: the company has been spending as they say",
            "history.pushShare": "the plan's levers: the company has been spending as they say",
            "history.partnerShare": "the plan's levers: the company has been spending as they say",
        ]
        let flow = "the simulated deals decided (won or lost) equal the observed \(decimal(actual.closedPerMonth)) a month"
        if marketFitted {
            notes["market.accounts"] = "\(replay): \(flow) (an account is one buying journey at a time, so accounts that buy "
                + "again count again)"
        } else {
            for key in ["response.outboundReach", "response.inboundReach", "response.partnerReach"] {
                notes[key] = "\(replay): scaled together so that \(flow) in the market given by --market-accounts"
            }
        }
        for (index, stage) in stages.enumerated().dropLast() {
            notes["stages[\(index)].openAtStart"] = "\(replay): the steady \(stage.name) load of the fitted flow"
        }
        return notes
    }
}
