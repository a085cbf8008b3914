import Foundation

/// The lookup tables of the hot loop's draws, and the draws that read them. A simulator
/// keeps its own copy of this value (two raw pointers): reading a global table instead
/// costs a lazy-initialisation check (`swift_once`) on every draw.
struct DrawTables: @unchecked Sendable {
    /// The normal quantile at `i / quantileCount`, for `normal(_:)`.
    let quantiles: UnsafePointer<Double>
    /// 1/(k+1), for the CDF walk: a multiply instead of a division per step.
    let reciprocals: UnsafePointer<Double>

    static let quantileCount = 4096
    static let reciprocalCount = 64
    /// Below this variance the exact walk is short and the normal shape too rough.
    static let exactWalkVariance = 3.0
    /// Uniforms this close to 0 or 1 take the exact normal quantile: the table's steps are too coarse there.
    static let tableEdge = 1.0 / 1024

    /// Filled once, never freed, never written again.
    static let shared: DrawTables = {
        let quantiles = UnsafeMutablePointer<Double>.allocate(capacity: quantileCount + 1)
        for i in 0...quantileCount {
            quantiles[i] = Distributions.normalQuantile(min(max(Double(i) / Double(quantileCount), 1e-300), 1 - 1e-16))
        }
        let reciprocals = UnsafeMutablePointer<Double>.allocate(capacity: reciprocalCount)
        for k in 0..<reciprocalCount { reciprocals[k] = 1 / Double(k + 1) }
        return DrawTables(quantiles: UnsafePointer(quantiles), reciprocals: UnsafePointer(reciprocals))
    }()

    /// The normal quantile from the table with linear interpolation: a few cycles instead
    /// of a rational function and a division. Interpolation keeps it monotone; between
    /// u = 1/1024 and 1 − 1/1024 its error is below 3e-3 (a tenth of a percent of a count's
    /// spread), and outside that range the exact formula takes over.
    @inline(__always)
    func normal(_ u: Double) -> Double {
        guard u > Self.tableEdge && u < 1 - Self.tableEdge else { return Distributions.normalQuantile(u) }
        let position = u * Double(Self.quantileCount)
        let index = Int(position)
        let fraction = position - Double(index)
        return quantiles[index] + (quantiles[index + 1] - quantiles[index]) * fraction
    }

    /// Binomial(n, p) by inversion of the uniform `u`. Small variances walk the exact
    /// CDF; larger ones use the normal quantile with a Cornish–Fisher skew term,
    /// which stays close to the exact binomial from a variance of about 3 and costs
    /// one quantile instead of a walk of dozens of steps.
    @inline(__always)
    func binomial(_ n: Int, _ p: Double, _ u: Double) -> Int {
        if n <= 0 || p <= 0 { return 0 }
        if p >= 1 { return n }
        // Draw the rarer outcome (probability ≤ ½) and mirror it, reading the uniform
        // from the other end so the draw stays monotone in p.
        let flip = p > 0.5
        let q = flip ? 1 - p : p
        let v = flip ? 1 - u : u
        let k = rareOutcomes(n, q, v)
        return flip ? n - k : k
    }

    @inline(__always)
    func rareOutcomes(_ n: Int, _ q: Double, _ u: Double) -> Int {
        let mean = Double(n) * q
        let variance = mean * (1 - q)
        if variance > Self.exactWalkVariance {
            // Cornish–Fisher: mean + sd·z + skewness term (1 − 2q)(z² − 1)/6.
            var z = normal(u)
            let bend = (1 - 2 * q) / 3
            // The skew term turns back below z = −1/(2·skew); hold it flat there so the
            // draw stays monotone in the uniform.
            if z < -2, bend > 0 { z = max(z, -variance.squareRoot() / bend) }
            let k = mean + variance.squareRoot() * z + (1 - 2 * q) * (z * z - 1) / 6
            return Int(min(Double(n), max(0, k)) + 0.5)
        }
        // CDF walk: P(0) = (1-q)^n, P(k+1) = P(k) · (n-k)/(k+1) · q/(1-q).
        let odds = q / (1 - q)
        var probability = Self.noSuccess(n, q)
        var cumulative = probability
        var k = 0
        while cumulative < u && k < n {
            probability *= Double(n - k) * odds * (k < Self.reciprocalCount ? reciprocals[k] : 1 / Double(k + 1))
            k += 1
            cumulative += probability
            if probability < 1e-300 && Double(k) > mean { break }
        }
        return k
    }

    /// (1 − q)^n: by multiplication for the small counts most stage draws have (a few
    /// multiplies instead of a log1p and an exp), by logarithms for the rest.
    @inline(__always)
    static func noSuccess(_ n: Int, _ q: Double) -> Double {
        guard n <= 16 else { return exp(Double(n) * log1p(-q)) }
        let miss = 1 - q
        var power = 1.0
        for _ in 0..<n { power *= miss }
        return power
    }
}
