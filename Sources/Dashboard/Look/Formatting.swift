import Presentation
import PushPullModel
import TerminalUI

/// How numbers read on screen: compact money, whole percentages, changes with a direction.
struct Formatting: Sendable {
    let symbols: TextSymbols
    let up: String
    let down: String
    let currency: String

    init(glyphs: Glyphs, currency: String) {
        symbols = TextSymbols(matching: glyphs)
        up = glyphs.arrowUp
        down = glyphs.arrowDown
        self.currency = currency
    }

    /// `€2.4M`, `€250k`, `€950`; negative with a real minus sign.
    func money(_ value: Double) -> String { NumberFormat.money(value, currency: currency, ascii: symbols.isASCII) }

    /// A share as a whole percentage: 0.55 → `55%`.
    func percent(_ share: Double) -> String { NumberFormat.percent(share) }

    /// The relative change from `baseline` to `value`: `▲ +12%`, `▼ −3%`, `same`.
    func change(from baseline: Double, to value: Double) -> String {
        guard baseline != 0 else { return value == 0 ? NumberFormat.noChange : "" }
        let percent = Int(((value - baseline) / abs(baseline) * 100).rounded())
        if percent == 0 { return NumberFormat.noChange }
        return percent > 0 ? "\(up) +\(percent)%" : "\(down) \(symbols.minus)\(-percent)%"
    }

    /// A gauge's value in its unit; months beyond the horizon read `36+ mo`.
    func gaugeValue(_ gauge: Gauge, horizon: Int) -> String { NumberFormat.gauge(gauge, horizon: horizon, ascii: symbols.isASCII) }

    /// The change of a gauge as the difference of the two values as shown (the same rounding, months
    /// capped at the horizon alike), so the change never says more than the values: `+5pt`, `−2mo`, `same`.
    func gaugeChange(from baseline: Gauge, to gauge: Gauge, horizon: Int) -> String {
        guard let before = NumberFormat.shown(baseline, horizon: horizon), let after = NumberFormat.shown(gauge, horizon: horizon) else {
            return NumberFormat.shown(baseline, horizon: horizon) == nil && NumberFormat.shown(gauge, horizon: horizon) == nil
                ? NumberFormat.noChange : ""
        }
        let unit = switch gauge.unit {
        case .probability, .ratio: "pt"
        case .months: "mo"
        case .multiple: symbols.times
        case .index: ""
        }
        return signed(after.value - before.value, digits: max(before.digits, after.digits), unit: unit)
    }

    /// The change of a share in percentage points: `+5pt`, `−10pt`, `same`.
    func pointChange(from baseline: Double, to value: Double) -> String {
        signed((value - baseline) * 100, digits: 0, unit: "pt")
    }

    /// A change of money, signed: `+€1.2M`, `−€130k`, `same`.
    func moneyChange(_ delta: Double) -> String {
        let shown = money(abs(delta))
        if delta == 0 || Double(NumberFormat.fixed(abs(delta), digits: 0)) == 0 { return NumberFormat.noChange }
        return (delta > 0 ? "+" : symbols.minus) + shown
    }

    private func signed(_ delta: Double, digits: Int, unit: String) -> String {
        let shown = NumberFormat.fixed(abs(delta), digits: digits)
        if Double(shown) == 0 { return NumberFormat.noChange }
        return (delta > 0 ? "+" : symbols.minus) + shown + unit
    }
}
