import PushPullModel

/// The outcome of a best-balance search.
public enum BestBalance: Equatable, Sendable {
    case computing
    case found(BalanceRecommendation)
    case unavailable
}
