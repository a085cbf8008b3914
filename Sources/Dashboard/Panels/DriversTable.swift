import Presentation
import PushPullModel
import TerminalUI
import Theming

/// Why the month moves: the cursor month's sellers, journeys, opportunities, win rate, customers,
/// churn, expansion, spend and cash, each with its change against the baseline's same month.
/// Shown under the pipeline when there is room, and over the dashboard with `d`.
struct DriversTable: Widget {
    let view: DashboardView

    /// Rows the table needs: a header and one row per driver.
    static let height = 11

    func render(into buffer: inout Buffer, area: Rect) {
        guard let month = view.cursorMonth, let months = view.forecast?.months else { return }
        let index = month.month - 1
        let base = view.baselineForecast?.months[safe: index]
        let rows = drivers(month, previous: months[safe: index - 1], baseline: base,
                           baselinePrevious: view.baselineForecast?.months[safe: index - 1]).map { driver in
            [driver.label, driver.value, base == nil ? "" : driver.change]
        }
        let valueWidth = 9, changeWidth = 9
        Table(columns: [.init("Month \(month.month) drivers", width: max(0, area.width - valueWidth - changeWidth - 2)),
                        .init("P50/mean", width: valueWidth, alignment: .right), .init("vs base", width: changeWidth, alignment: .right)],
              rows: rows, headerStyle: view.theme[.muted], rowStyle: view.theme[.text], glyphs: view.glyphs)
            .render(into: &buffer, area: area)
    }

    private struct Driver {
        var label: String
        var value: String
        var change: String
    }

    /// Each driver's value this month and its change against the baseline, in the driver's own unit.
    private func drivers(_ month: MonthForecast, previous: MonthForecast?, baseline: MonthForecast?,
                         baselinePrevious: MonthForecast?) -> [Driver] {
        let format = view.format
        let spend = view.state.levers.budget, baselineSpend = view.state.baseline.budget
        func count(_ label: String, _ value: (MonthForecast) -> Double, digits: Int = 0) -> Driver {
            let now = value(month), then = baseline.map(value) ?? now
            return Driver(label: label, value: NumberFormat.fixed(now, digits: digits), change: delta(now - then, digits: digits))
        }
        func money(_ label: String, _ now: Double, _ then: Double) -> Driver {
            Driver(label: label, value: format.money(now), change: format.change(from: then, to: now))
        }
        let churn = { (month: MonthForecast, previous: MonthForecast?) in
            max(0, (previous?.meanCustomers ?? month.meanCustomers - month.meanWonDeals) + month.meanWonDeals - month.meanCustomers)
        }
        let churned = churn(month, previous), baselineChurned = baseline.map { churn($0, baselinePrevious) } ?? churned
        return [
            count("Sellers at work", \.sellers, digits: 1),
            count("Deals waiting for a seller", \.meanWaitingForSeller),
            count("Journeys started", \.meanJourneys),
            count("Opportunities", \.meanOpportunities),
            Driver(label: "Win rate", value: format.percent(month.meanWinRate),
                   change: format.pointChange(from: baseline?.meanWinRate ?? month.meanWinRate, to: month.meanWinRate)),
            count("Customers", \.meanCustomers),
            Driver(label: "Customers churned", value: NumberFormat.fixed(churned, digits: 1), change: delta(churned - baselineChurned, digits: 1)),
            money("Expansion ARR", month.meanExpansion, baseline?.meanExpansion ?? month.meanExpansion),
            money("Spend a month", spend, baselineSpend),
            money("Cash (P50)", month.cash.p50, baseline?.cash.p50 ?? month.cash.p50),
        ]
    }

    private func delta(_ value: Double, digits: Int) -> String {
        let shown = NumberFormat.fixed(abs(value), digits: digits)
        if Double(shown) == 0 { return NumberFormat.noChange }
        return (value > 0 ? "+" : view.symbols.minus) + shown
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
