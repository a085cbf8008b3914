/// Where a deal stands: only won and lost are closed; every other stage name is open pipeline.
public enum DealOutcome: Sendable, Equatable {
    case won, lost, open

    /// Won, Closed Won, closedwon (HubSpot's internal value)… are won; the same for lost.
    init(stage: String) {
        switch nameKey(stage) {
        case "won", "closedwon": self = .won
        case "lost", "closedlost": self = .lost
        default: self = .open
        }
    }
}
