/// Mean and spread of a stream of numbers in constant memory (Welford's update, stable
/// where summing squares would lose precision).
struct RunningMoments {
    private(set) var count = 0
    private(set) var mean = 0.0
    private var sumOfSquaredDeviations = 0.0

    mutating func add(_ value: Double) {
        count += 1
        let delta = value - mean
        mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (value - mean)
    }

    /// The maximum-likelihood (divide by n) standard deviation.
    var standardDeviation: Double { count == 0 ? 0 : (sumOfSquaredDeviations / Double(count)).squareRoot() }
}

/// Counts of whole numbers (e.g. days): an exact median in memory bounded by distinct values.
struct IntegerHistogram {
    private var counts: [Int: Int] = [:]
    private(set) var count = 0
    private var sum = 0

    mutating func add(_ value: Int) {
        counts[value, default: 0] += 1
        count += 1
        sum += value
    }

    var mean: Double { Double(sum) / Double(max(1, count)) }

    /// The middle value, or the mean of the two middle values for an even count.
    var median: Double {
        let lowerRank = (count - 1) / 2, upperRank = count / 2
        var seen = 0
        var lower: Int?
        for (value, valueCount) in counts.sorted(by: { $0.key < $1.key }) {
            seen += valueCount
            if lower == nil, seen > lowerRank { lower = value }
            if seen > upperRank { return Double(lower! + value) / 2 }
        }
        return 0
    }
}
