import Presentation
import PushPullModel

/// A lever's value as people read it: shares as percentages, the budget as money,
/// the balance as both shares.
public enum LeverText {
    public static func value(_ lever: Lever, _ value: Double, currency: String) -> String {
        guard lever == .pushShare else { return lever.unit.text(value, currency: currency) }
        let shares = NumberFormat.balance(pushShare: value)
        return "Push \(shares.push) / Pull \(shares.pull)"
    }
}

/// A gauge's value and state as words, so no reader depends on colour.
public enum GaugeText {
    public static func value(id: String, value: Double, horizon: Int) -> String {
        guard let gaugeID = GaugeID(rawValue: id) else { return String(value) }
        return NumberFormat.gauge(gaugeID.gauge(value), horizon: horizon)
    }

    public static func status(_ status: GaugeStatus) -> String { status.text() }
}
