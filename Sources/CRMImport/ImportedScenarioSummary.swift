import Foundation
import PushPullModel

extension ImportedScenario {
    /// The lines `pushpull import` adds after the export's summary: how well the fit replays the
    /// export, where the plan starts, and every value the export could not give.
    public var summary: String {
        var lines: [String] = []
        if let fit {
            let actual = fit.actual, model = fit.model
            lines.append("Fit: replaying \(fit.window.lowerBound)…\(fit.window.upperBound) (\(actual.months) months), data vs model:")
            lines.append("  new opportunities/month \(decimal(actual.opportunitiesPerMonth)) vs \(decimal(model.opportunitiesPerMonth)); "
                + "won/month \(decimal(actual.wonPerMonth)) vs \(decimal(model.wonPerMonth))")
            lines.append("  win rate \(actual.winRate.map(percent) ?? "–") vs \(percent(model.winRate)); "
                + "mean won deal \(actual.meanWonDeal.map(decimal) ?? "–") vs \(decimal(model.meanWonDeal)); "
                + "cycle \(decimal(model.cycleMonths)) months in the model")
            lines.append("  market: \(scenario.market.accounts) accounts "
                + (fit.marketFitted ? "(fitted to the opportunity flow; an account is one buying journey at a time)" : "(given)"))
            if model.opportunitiesPerMonth < 0.95 * actual.opportunitiesPerMonth {
                lines.append("  the model falls short of the opportunity flow: "
                    + (fit.marketFitted ? "the market reached the model's limit of \(ModelLimits.accounts.upperBound) accounts"
                                        : "the reach is at its limit; a larger --market-accounts lets it fit"))
            }
        } else {
            lines.append("Fit: no month with a closed deal, so the flows keep the base scenario's values")
        }
        if let seasonality {
            let places = seasonality.byPlaceInQuarter.map { String(format: "%.2f", $0) }
            lines.append("Win-rate seasonality: × \(places[0]), \(places[1]), \(places[2]) in the first, second and third month of a quarter")
        }
        let sales = scenario.sales
        lines.append("Deal size in the model: lognormal median \(decimal(sales.dealSizeMedian)), sigma \(decimal(sales.dealSizeSigma)) "
            + "before executive focus and quota pressure scale it" + (fit.map { ", a mean won deal of \(decimal($0.model.meanWonDeal)) in the replay" } ?? ""))
        lines.append("Start: \(scenario.stages.last.map { "\($0.openAtStart) open opportunities" } ?? "no stage"), "
            + "\(scenario.market.pushSourcedCustomers + scenario.market.pullSourcedCustomers) customers, "
            + "ARR \(decimal(scenario.market.startingARR)), target \(decimal(scenario.targets.periodBookings)) over \(scenario.targets.periodMonths) months")
        lines.append("Assumptions (not in the export; marked `assumption` in the file):")
        for assumption in assumptions {
            lines.append("  \(assumption.field) = \(assumption.value): \(assumption.reason)")
        }
        return lines.map(\.escapingControlCharacters).joined(separator: "\n")
    }
}
