import PushPullModel

extension LeverUnit {
    /// The value as people read it: `55%`, `€300k/mo`.
    public func text(_ value: Double, currency: String) -> String {
        switch self {
        case .share: NumberFormat.percent(value)
        case .moneyPerMonth: NumberFormat.money(value, currency: currency) + "/mo"
        }
    }
}
