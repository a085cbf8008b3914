import Foundation

/// The won amounts as the data has them: mean and 90th percentile, which the model's deal-size
/// distribution must match (the lognormal fitted to logs puts the mean far off on skewed data).
public struct DealAmounts: Sendable, Equatable {
    public var mean: Double
    public var p90: Double
    /// Won deals with a positive amount.
    public var wonDeals: Int

    /// The lognormal (median, sigma) with this mean and 90th percentile. With mean = e^(μ+σ²/2)
    /// and P90 = e^(μ+zσ), σ solves σ²/2 − zσ + ln(P90/mean) = 0 (the smaller root); when the tail is
    /// heavier than any lognormal with this mean allows, σ = z, the closest it can come.
    public var lognormal: (median: Double, sigma: Double) {
        let z = 1.2815515655446004
        let gap = log(max(p90, 1e-9) / max(mean, 1e-9))
        let sigma = min(3, max(0, z - max(0, z * z - 2 * gap).squareRoot()))
        return (mean * exp(-sigma * sigma / 2), sigma)
    }
}

/// Amounts counted in buckets 0.2% wide on a log scale: a percentile within 0.1% in memory
/// bounded by the range of amounts, not by the rows.
struct LogHistogram {
    private static let bucketsPerUnit = 500.0
    private var counts: [Int: Int] = [:]
    private(set) var count = 0
    private(set) var sum = 0.0

    mutating func add(_ value: Double) {
        guard value > 0 else { return }
        counts[Int((log(value) * Self.bucketsPerUnit).rounded(.down)), default: 0] += 1
        count += 1
        sum += value
    }

    /// The value below which `share` of the amounts lie (the bucket's geometric middle).
    func quantile(_ share: Double) -> Double? {
        guard count > 0 else { return nil }
        let rank = Int((share * Double(count)).rounded(.up))
        var seen = 0
        for (bucket, bucketCount) in counts.sorted(by: { $0.key < $1.key }) {
            seen += bucketCount
            if seen >= max(1, rank) { return exp((Double(bucket) + 0.5) / Self.bucketsPerUnit) }
        }
        return nil
    }

    var amounts: DealAmounts? {
        guard count > 0, let p90 = quantile(0.9) else { return nil }
        return DealAmounts(mean: sum / Double(count), p90: p90, wonDeals: count)
    }
}
