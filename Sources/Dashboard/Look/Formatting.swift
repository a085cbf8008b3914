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

    /// The relative change from `baseline` to `value`: `▲ +12%`, `▼ −3%`, `= 0%`.
    func change(from baseline: Double, to value: Double) -> String {
        guard baseline != 0 else { return value == 0 ? "\(symbols.unchanged) 0%" : "" }
        let percent = Int(((value - baseline) / abs(baseline) * 100).rounded())
        if percent == 0 { return "\(symbols.unchanged) 0%" }
        return percent > 0 ? "\(up) +\(percent)%" : "\(down) \(symbols.minus)\(-percent)%"
    }

    /// A gauge's value in its unit; months beyond the horizon read `36+ mo`.
    func gaugeValue(_ gauge: Gauge, horizon: Int) -> String { NumberFormat.gauge(gauge, horizon: horizon, ascii: symbols.isASCII) }

    /// The absolute change of a gauge in its unit: `+5pt`, `−2 mo`, `+0.4×`, `=`.
    func gaugeChange(from baseline: Gauge, to gauge: Gauge) -> String {
        if baseline.value >= 999 || gauge.value >= 999 { return baseline.value == gauge.value ? symbols.unchanged : "" }
        let (delta, digits, unit): (Double, Int, String) = switch gauge.unit {
        case .probability, .ratio: ((gauge.value - baseline.value) * 100, 0, "pt")
        case .months: (gauge.value - baseline.value, 0, "mo")
        case .multiple: (gauge.value - baseline.value, 1, symbols.times)
        case .index: (gauge.value - baseline.value, 2, "")
        }
        return signed(delta, digits: digits, unit: unit)
    }

    /// The change of a share in percentage points: `+5pt`, `−10pt`, `=`.
    func pointChange(from baseline: Double, to value: Double) -> String {
        signed((value - baseline) * 100, digits: 0, unit: "pt")
    }

    /// A change of money, signed: `+€1.2M`, `−€130k`, `=`.
    func moneyChange(_ delta: Double) -> String {
        let shown = money(abs(delta))
        if delta == 0 || Double(NumberFormat.fixed(abs(delta), digits: 0)) == 0 { return symbols.unchanged }
        return (delta > 0 ? "+" : symbols.minus) + shown
    }

    private func signed(_ delta: Double, digits: Int, unit: String) -> String {
        let shown = NumberFormat.fixed(abs(delta), digits: digits)
        if Double(shown) == 0 { return symbols.unchanged }
        return (delta > 0 ? "+" : symbols.minus) + shown + unit
    }
}
