import TextSafety
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
                + (fit.marketFitted ? "(fitted to the flow of deals; an account is one buying journey at a time)" : "(given)"))
            let history = fit.history
            let openAtStart = history.openOpportunities(atStartOf: fit.window.lowerBound)
            let openAtEnd = history.openOpportunities(atStartOf: fit.window.upperBound.adding(months: 1))
            if abs(model.opportunitiesPerMonth / max(1, actual.opportunitiesPerMonth) - 1) > 0.05, openAtEnd != openAtStart {
                lines.append("  the flow is fitted on the deals decided a month (\(decimal(actual.closedPerMonth)) in the export, "
                    + "\(decimal(model.decidedPerMonth)) in the model); the export's open opportunities went from \(openAtStart) "
                    + "to \(openAtEnd) over the window, deals created but not decided that the model has no place for")
            }
            if model.decidedPerMonth < 0.95 * actual.closedPerMonth {
                let reason: String
                if scenario.sales.dealsPerSellerPerMonth >= 1000 {
                    reason = "the sellers' capacity reached the model's limit of 1000 deals a seller a month"
                } else if scenario.market.accounts >= ModelLimits.accounts.upperBound {
                    reason = "the market reached the model's limit of \(ModelLimits.accounts.upperBound) accounts"
                } else if !fit.marketFitted {
                    reason = "the reach is at its limit; a larger --market-accounts lets it fit"
                } else {
                    reason = "the model's flows could not be brought to it in the fit's rounds"
                }
                lines.append("  the model falls short of the flow: \(reason)")
            }
        } else {
            lines.append("Fit: no month with a closed deal, so the flows keep the base scenario's values")
        }
        if let seasonality = fit?.seasonality {
            let places = seasonality.byPlaceInQuarter.map { String(format: "%.2f", $0) }
            lines.append("Win-rate seasonality: × \(places[0]), \(places[1]), \(places[2]) in the first, second and third month of a quarter "
                + "(sales.seasonality)")
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
        return lines.map { UntrustedText.escaped($0) }.joined(separator: "\n")
    }
}
