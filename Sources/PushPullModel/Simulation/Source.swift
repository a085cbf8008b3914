/// Where an account's journey came from. Pull covers inbound and partners.
public enum Source: Int, CaseIterable, Sendable {
    case push = 0, pull = 1
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
