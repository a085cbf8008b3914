import PushPullModel

/// A lever's value as people read it: shares as percentages, the budget as money,
/// the balance as both shares.
public enum LeverText {
    public static func value(_ lever: Lever, _ value: Double, currency: String) -> String {
        switch lever {
        case .budget: return NumberFormat.money(value, currency: currency) + "/mo"
        case .pushShare:
            let shares = NumberFormat.balance(pushShare: value)
            return "Push \(shares.push) / Pull \(shares.pull)"
        default: return NumberFormat.percent(value)
        }
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
