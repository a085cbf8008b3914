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

    /// A signed relative change: `+12%`, `−3%`, `±0%`.
    public static func change(from before: Double, to after: Double) -> String {
        guard before != 0, before.isFinite, after.isFinite else { return after == before ? "±0%" : "n/a" }
        let percent = Int(((after - before) / abs(before) * 100).rounded())
        return percent > 0 ? "+\(percent)%" : percent < 0 ? "−\(-percent)%" : "±0%"
    }

    /// A gauge value in its unit: `23%`, `18 mo`, `36+ mo` past the horizon, `never`, `2.6×`, `0.45`.
    public static func gauge(_ gauge: Gauge, horizon: Int, ascii: Bool = false) -> String {
        let value = gauge.value
        guard value.isFinite else { return "—" }
        switch gauge.unit {
        case .probability, .ratio: return percent(value)
        case .months:
            if value >= 999 { return "never" }
            if value >= Double(horizon) { return "\(horizon)+ mo" }
            return "\(Int(value.rounded())) mo"
        case .multiple: return value >= 999 ? "n/a" : fixed(value, digits: 1) + (ascii ? "x" : "×")
        case .index: return fixed(value, digits: 2)
        }
    }

    /// `value` with exactly `digits` decimals (0–2), without locale-dependent formatting.
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let scale = digits == 0 ? 1.0 : digits == 1 ? 10.0 : 100.0
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
