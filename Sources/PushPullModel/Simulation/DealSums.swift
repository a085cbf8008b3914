import Foundation

/// The sum of k lognormal deal sizes, drawn as one lognormal with the sum's mean
/// and variance (Fenton–Wilkinson): exact for a single deal, one draw whatever k.
/// The log-mean and log-sigma of the sum are tabled per k, so a month's bookings
/// cost one `exp` per source.
struct DealSums: Sendable {
    private static let tabled = 64
    private let logMean: [[Double]]
    private let logSigma: [Double]
    private let mu: [Double]
    private let sigma2: Double

    /// `mu`: the log-median of one deal, by source.
    init(mu: [Double], sigma: Double) {
        let sigma2 = sigma * sigma
        let variances = (1...Self.tabled).map { k in Self.sumVariance(k: Double(k), sigma2: sigma2) }
        var logMean: [[Double]] = []
        for sourceMu in mu {
            logMean.append((1...Self.tabled).map { k in Self.sumLogMean(k: Double(k), mu: sourceMu, sigma2: sigma2, sumVariance: variances[k - 1]) })
        }
        self.logMean = logMean
        self.logSigma = variances.map { $0.squareRoot() }
        self.mu = mu
        self.sigma2 = sigma2
    }

    /// `count` deals from `source` (a `Source` raw value) at standard normal `z`.
    @inline(__always)
    func value(count: Int, source: Int, z: Double) -> Double {
        if count <= Self.tabled {
            return exp(logMean[source][count - 1] + logSigma[count - 1] * z)
        }
        let k = Double(count)
        let variance = Self.sumVariance(k: k, sigma2: sigma2)
        let logMean = Self.sumLogMean(k: k, mu: mu[source], sigma2: sigma2, sumVariance: variance)
        return exp(logMean + variance.squareRoot() * z)
    }

    /// Log-variance of the sum: ln(1 + (e^σ² − 1)/k).
    private static func sumVariance(k: Double, sigma2: Double) -> Double { log(1 + (exp(sigma2) - 1) / k) }

    /// Log-mean of the sum, so that its mean is k · e^(μ + σ²/2).
    private static func sumLogMean(k: Double, mu: Double, sigma2: Double, sumVariance: Double) -> Double {
        log(k) + mu + sigma2 / 2 - sumVariance / 2
    }
}
