/// The six investment levers a planning session moves (at the built-in example's values).
@FieldTable
public struct Levers: Equatable, Hashable, Sendable, Codable {
    @Field(Lever.pushShare.range, "Share of the budget on push (sellers, outbound), 0–1; at 0 there is no seller.") public var pushShare = 0.70
    @Field(Lever.budget.range, "Go-to-market budget per month, money, 0–1 000 000 000.") public var budget = 250_000.0
    @Field(Lever.handoff.range, "Share of the buyer's journey done before the first seller contact, 0–1.") public var handoff = 0.35
    @Field(Lever.executiveFocus.range, "Share of outbound aimed at senior buyers, 0–1: fewer, larger, likelier deals.") public var executiveFocus = 0.30
    @Field(Lever.quotaPressure.range, "Pressure on sellers to close this quarter, 0–1.") public var quotaPressure = 0.30
    @Field(Lever.partnerShare.range, "Share of the pull budget spent through partners, 0–1.") public var partnerShare = 0.20

    /// The built-in example's levers.
    public init() {}

    public subscript(lever: Lever) -> Double {
        get {
            switch lever {
            case .pushShare: pushShare
            case .budget: budget
            case .handoff: handoff
            case .executiveFocus: executiveFocus
            case .quotaPressure: quotaPressure
            case .partnerShare: partnerShare
            }
        }
        set {
            switch lever {
            case .pushShare: pushShare = newValue
            case .budget: budget = newValue
            case .handoff: handoff = newValue
            case .executiveFocus: executiveFocus = newValue
            case .quotaPressure: quotaPressure = newValue
            case .partnerShare: partnerShare = newValue
            }
        }
    }
}

/// A lever's name, range and steps: one place for the command line, files and sliders.
public enum Lever: String, CaseIterable, Sendable, Codable {
    case pushShare, budget, handoff, executiveFocus, quotaPressure, partnerShare

    public var label: String {
        switch self {
        case .pushShare: "Push / pull balance"
        case .budget: "Budget per month"
        case .handoff: "Moment of the meeting"
        case .executiveFocus: "Executive focus"
        case .quotaPressure: "Quota pressure"
        case .partnerShare: "Partner share of pull"
        }
    }

    /// The allowed range. The budget's upper bound is a sanity limit, not a business rule.
    public var range: ClosedRange<Double> {
        switch self {
        case .budget: 0...1_000_000_000
        default: 0...1
        }
    }

    /// Whether the value is a share shown as a percentage.
    public var isShare: Bool { unit == .share }

    /// One arrow-key step and one page step; the budget moves in 2% and 20% of its baseline.
    public func steps(baseline: Double) -> (small: Double, large: Double) {
        switch self {
        case .budget:
            let unit = max(1000, baseline)
            return (unit * 0.02, unit * 0.20)
        default:
            return (0.01, 0.10)
        }
    }
}
