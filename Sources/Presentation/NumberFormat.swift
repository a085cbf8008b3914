import PushPullModel
import TextSafety

/// How figures read for people: short money (€2.4M), whole percentages, gauge values
/// in their units. One place, so the dashboard, the reports and the README agree.
/// `ascii` writes `-`, `x` and `EUR ` where the Unicode form has `−`, `×` and `€`.
public enum NumberFormat {
    /// Money with a currency symbol and a k/M/B suffix: `€2.4M`, `€250k`, `€2.4k`, `−€1.2M`.
    public static func money(_ value: Double, currency: String, ascii: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        let sign = value < 0 ? (ascii ? "-" : "−") : ""
        let amount = abs(value)
        let (scaled, suffix): (Double, String) =
            amount >= 1e9 ? (amount / 1e9, "B") : amount >= 1e6 ? (amount / 1e6, "M") : amount >= 1e3 ? (amount / 1e3, "k") : (amount, "")
        let digits = suffix.isEmpty || scaled >= 100 ? 0 : 1
        return sign + currencySymbol(currency, ascii: ascii) + fixed(scaled, digits: digits) + suffix
    }

    /// A share as a whole percentage: 0.6 → `60%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "—" }
        return "\(wholePercent(share))%"
    }

    /// The push and pull shares as whole percentages that always add up to 100: pull is
    /// what rounding left to push does not take (0.5% push is `1%` and `99%`, never `100%`).
    public static func balance(pushShare: Double) -> (push: String, pull: String) {
        guard pushShare.isFinite else { return ("—", "—") }
        let push = wholePercent(pushShare)
        return ("\(push)%", "\(100 - push)%")
    }

    private static func wholePercent(_ share: Double) -> Int { Int((share * 100).rounded()) }

    /// The one word for "no change", on screen and in reports alike: `= 0%` read as "equals zero",
    /// and the Markdown report said `±0%` for the same thing.
    public static let noChange = "same"

    /// A signed relative change: `+12%`, `−3%`, `same` (what rounds to 0%).
    public static func change(from before: Double, to after: Double) -> String {
        guard before != 0, before.isFinite, after.isFinite else { return after == before ? noChange : "n/a" }
        let percent = Int(((after - before) / abs(before) * 100).rounded())
        return percent > 0 ? "+\(percent)%" : percent < 0 ? "−\(-percent)%" : noChange
    }

    /// A gauge's value as it is shown, in its unit's terms (percentage points for shares).
    public struct ShownGauge: Equatable, Sendable {
        public var value: Double
        public var digits: Int
        /// Months past the horizon, shown as `36+ mo`: `value` is the horizon.
        public var capped: Bool
    }

    /// The one rounding rule for a gauge's value, its change and its thresholds: the fewest
    /// digits of its unit that keep the shown value on the same side of each threshold as the
    /// value itself (29.8% beside a ≥30% threshold reads `29.8%`, not `30%` marked ok); months
    /// past the horizon are the horizon. Nil for no finite value or `never` (999 months or more).
    public static func shown(_ gauge: Gauge, horizon: Int) -> ShownGauge? {
        let value = gauge.value
        guard value.isFinite, value < 999 else { return nil }
        let (scale, fewest): (Double, Int) = switch gauge.unit {
        case .probability, .ratio: (100, 0)
        case .months: (1, 0)
        case .multiple: (1, 1)
        case .index: (1, 2)
        }
        if gauge.unit == .months, value >= Double(horizon) { return ShownGauge(value: Double(horizon), digits: 0, capped: true) }
        let status = gauge.id.thresholds.status(of: value)
        var shown = ShownGauge(value: value * scale, digits: fewest, capped: false)
        for digits in fewest...fewest + 2 {
            let power = pow10(digits)
            shown = ShownGauge(value: (value * scale * power).rounded() / power, digits: digits, capped: false)
            if gauge.id.thresholds.status(of: shown.value / scale) == status { break }
        }
        return shown
    }

    private static func pow10(_ digits: Int) -> Double { (0..<digits).reduce(1) { value, _ in value * 10 } }

    /// A gauge value in its unit: `23%`, `29.8%` beside a 30% threshold, `18 mo`, `36+ mo` past
    /// the horizon, `never`, `2.6×`, `0.45`.
    public static func gauge(_ gauge: Gauge, horizon: Int, ascii: Bool = false) -> String {
        guard gauge.value.isFinite else { return "—" }
        guard let shown = shown(gauge, horizon: horizon) else { return gauge.unit == .multiple ? "n/a" : "never" }
        let number = fixed(shown.value, digits: shown.digits)
        switch gauge.unit {
        case .probability, .ratio: return number + "%"
        case .months: return shown.capped ? "\(horizon)+ mo" : number + " mo"
        case .multiple: return number + (ascii ? "x" : "×")
        case .index: return number
        }
    }

    /// `value` with exactly `digits` decimals (0–4), without locale-dependent formatting.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let scale = pow10(digits)
        let scaled = Int((value * scale).rounded())
        guard digits > 0 else { return String(scaled) }
        let whole = String(abs(scaled) / Int(scale)), fraction = String(abs(scaled) % Int(scale))
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return (scaled < 0 ? "-" : "") + whole + "." + padded
    }

    /// The symbol for common ISO codes; other codes are written out with a space. A code comes from
    /// a file or a flag: a control character in it is written as `\u001B`, never sent to a terminal.
    static func currencySymbol(_ code: String, ascii: Bool) -> String {
        switch code.uppercased() {
        case "USD": "$"
        case "EUR": ascii ? "EUR " : "€"
        case "GBP": ascii ? "GBP " : "£"
        case "JPY": ascii ? "JPY " : "¥"
        case "": ""
        default: UntrustedText.escaped(code) + " "
        }
    }
}
