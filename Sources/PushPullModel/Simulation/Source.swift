/// Where an account's journey came from: push (outbound, sellers), or pull, told apart
/// into inbound (content, community, word of mouth, referrals) and partners, because a
/// partner-sourced client behaves differently after the sale.
public enum Source: Int, CaseIterable, Sendable {
    case push = 0, inbound = 1, partner = 2

    static let count = 3
    public var isPull: Bool { self != .push }
}

/// The channel that started a journey (finer than `Source`, for concentration risk).
public enum Channel: Int, CaseIterable, Sendable {
    case outbound = 0, inbound = 1, partner = 2

    public var label: String {
        switch self {
        case .outbound: "outbound"
        case .inbound: "inbound"
        case .partner: "partner"
        }
    }
}
