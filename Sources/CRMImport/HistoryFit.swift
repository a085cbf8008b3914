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
    /// Whether the market was fitted to the flow (true) or given and the reach scaled.
    public var marketFitted: Bool

    /// Fits `scenario` (carrying the data-supported values of `Calibration.calibrate`) to the
    /// history from its first month with a closed deal to its last. Nil when no month has one.
    public init?(calibration: Calibration, scenario: Scenario, options: FitOptions) {
        let history = calibration.history
        guard let start = history.firstClosingMonth, let end = history.last, !scenario.stages.isEmpty else { return nil }
        let window = start...end
        let actual = WindowFigures(history.months(from: start, through: end))
        let months = end.index - start.index + 1
        let last = scenario.stages.count - 1
        var parameters = scenario
        parameters.simulation.paths = options.paths
        parameters.simulation.seed = options.seed
        if let accounts = options.marketAccounts { parameters.market.accounts = accounts }

        func replay(_ parameters: Scenario) -> (scenario: Scenario, figures: ModelWindowFigures, salesOwned: [Bool])? {
            let replayed = parameters.starting(at: start, history: history, months: months)
            guard let forecast = try? MonteCarlo.run(replayed) else { return nil }
            return (replayed, ModelWindowFigures(forecast.crmMonths(of: replayed)), forecast.salesOwnedStages)
        }

        for _ in 0..<max(1, options.rounds) {
            parameters = Self.fillingEarlyStages(parameters, start: start, history: history)
            guard let (replayed, figures, salesOwned) = replay(parameters) else { return nil }
            parameters.sales.dealsPerSellerPerMonth = max(
                parameters.sales.dealsPerSellerPerMonth,
                Self.dealsPerSellerCarrying(actual.opportunitiesPerMonth, stages: parameters.stages, salesOwned: salesOwned,
                                            sellers: replayed.levers.budget * replayed.levers.pushShare
                                                * replayed.sales.sellerShareOfPush / replayed.sales.sellerMonthlyCost))
            if figures.opportunitiesPerMonth > 0 {
                let ratio = actual.opportunitiesPerMonth / figures.opportunitiesPerMonth
                if options.marketAccounts == nil {
                    // Journeys start from untouched accounts: scale those, keep what is committed.
                    let committed = replayed.committedAccounts
                    let untouched = Double(replayed.market.accounts - committed)
                    parameters.market.accounts = min(ModelLimits.accounts.upperBound, committed + Int((untouched * ratio).rounded(.up)))
                } else {
                    parameters.response.outboundReach = min(1, parameters.response.outboundReach * ratio)
                    parameters.response.inboundReach = min(1, parameters.response.inboundReach * ratio)
                    parameters.response.partnerReach = min(1, parameters.response.partnerReach * ratio)
                }
            }
            if let winRate = actual.winRate, figures.winRate > 0 {
                parameters.stages[last].conversion = min(1, max(0.001, parameters.stages[last].conversion * winRate / figures.winRate))
            }
            if let meanDeal = actual.meanWonDeal, figures.meanWonDeal > 0 {
                parameters.sales.dealSizeMedian = min(ModelLimits.money, max(1, parameters.sales.dealSizeMedian * meanDeal / figures.meanWonDeal))
            }
            if let cycle = calibration.salesCycle?.meanMonths, figures.cycleMonths > 0 {
                parameters.stages[last].monthsInStage = min(60, max(0.1, parameters.stages[last].monthsInStage * cycle / figures.cycleMonths))
            }
            // Sellers that decide fewer deals than the data shows are a bottleneck the export does not have.
            if figures.decidedPerMonth < 0.97 * actual.closedPerMonth, parameters.sales.dealsPerSellerPerMonth < 1000 {
                parameters.sales.dealsPerSellerPerMonth = min(1000, parameters.sales.dealsPerSellerPerMonth * 1.5)
            }
        }
        guard let (_, final, _) = replay(parameters) else { return nil }
        self.parameters = parameters
        self.window = window
        self.actual = actual
        self.model = final
        self.marketFitted = options.marketAccounts == nil
        provenance = Self.provenance(source: calibration.sourceName, window: window, actual: actual,
                                     marketFitted: options.marketAccounts == nil, last: last, stages: parameters.stages)
    }

    /// Seller capacity counts moves through every sales-owned stage, while the export shows only what
    /// sellers closed: size it so the sellers move the observed flow with a quarter to spare. At a steady
    /// flow a stage sees as many deals leave as arrive, and stage i receives the opportunities divided by
    /// the conversions between it and the last stage.
    static func dealsPerSellerCarrying(_ opportunitiesPerMonth: Double, stages: [Stage], salesOwned: [Bool], sellers: Double) -> Double {
        guard sellers > 0, salesOwned.count == stages.count else { return 0 }
        var inflow = opportunitiesPerMonth, moves = 0.0
        for index in stages.indices.reversed() {
            if index < stages.count - 1 { inflow /= max(0.01, stages[index].conversion) }
            if salesOwned[index] { moves += inflow }
        }
        return min(1000, 1.25 * moves / sellers)
    }

    /// The stages before the last start as full as the flow keeps them: the model runs two years
    /// from an empty funnel and its mean occupancy at the end is taken, so opportunities arrive
    /// from the first month instead of after the funnel has filled.
    static func fillingEarlyStages(_ scenario: Scenario, start: YearMonth, history: MonthlyHistory) -> Scenario {
        var warmUp = scenario.starting(at: start, history: history, months: 24)
        for index in warmUp.stages.indices.dropLast() { warmUp.stages[index].openAtStart = 0 }
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
                + "so capacity carries the observed flow through every sales-owned stage with a quarter to spare",
        ]
        let flow = "the simulated new opportunities equal the observed \(decimal(actual.opportunitiesPerMonth)) a month"
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
