import Foundation
import TestSupport

/// Small statistics helpers for the distribution tests, independent of the model's code.

/// The standard normal CDF from the C library's erfc, to check the model's quantile against.
func normalCDF(_ x: Double) -> Double {
    0.5 * erfc(-x / 2.0.squareRoot())
}

/// Mean and (population) variance of a sample.
func meanAndVariance<S: Sequence>(_ values: S) -> (mean: Double, variance: Double) where S.Element == Double {
    var count = 0.0, sum = 0.0, sumOfSquares = 0.0
    for value in values {
        count += 1
        sum += value
        sumOfSquares += value * value
    }
    let mean = sum / count
    return (mean, sumOfSquares / count - mean * mean)
}

/// The exact binomial probability mass function, by the same recurrence a textbook gives,
/// computed in log space so it holds for any n.
func binomialPMF(_ n: Int, _ p: Double) -> [Double] {
    (0...n).map { k in
        let logChoose = lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
        return exp(logChoose + Double(k) * log(p) + Double(n - k) * log1p(-p))
    }
}

/// `count` uniforms in (0, 1) from the test generator (not from the model's `CounterRandom`).
/// 52 bits plus a half keep every value exactly representable and strictly inside (0, 1).
func testUniforms(count: Int, seed: UInt64) -> [Double] {
    var rng = SeededGenerator(state: seed)
    return (0..<count).map { _ in (Double(rng.next() >> 12) + 0.5) * 0x1.0p-52 }
}

/// Least-squares trends of a series against its index, for shape tests.
enum Trend {
    /// The slope of log(values) per step: the growth rate per step of a series that compounds.
    static func logSlope(_ values: [Double]) -> Double {
        slope(values.map { log(max($0, 1e-12)) })
    }

    /// The ordinary least-squares slope of `values` against 0, 1, 2, ….
    static func slope(_ values: [Double]) -> Double {
        let n = Double(values.count)
        let meanX = (n - 1) / 2, meanY = values.reduce(0, +) / n
        var numerator = 0.0, denominator = 0.0
        for (x, y) in values.enumerated() {
            numerator += (Double(x) - meanX) * (y - meanY)
            denominator += (Double(x) - meanX) * (Double(x) - meanX)
        }
        return denominator > 0 ? numerator / denominator : 0
    }
}
