import Foundation

/// Draws by inversion: one uniform in, one value out, monotone in the uniform and
/// in the parameters. Monotonicity is what makes common random numbers work: a
/// slightly higher probability never gives fewer successes for the same uniform.
/// (The binomial is monotone within each of its two methods; where it switches
/// from one to the other, at a variance of 3, the two may differ by a count.)
public enum Distributions {
    /// The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9).
    @inline(__always)
    public static func normalQuantile(_ u: Double) -> Double {
        let low = 0.02425, high = 1 - low
        if u < low {
            let q = (-2 * log(u)).squareRoot()
            return (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1)
        }
        if u > high {
            let q = (-2 * log(1 - u)).squareRoot()
            return -(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1)
        }
        let q = u - 0.5, r = q * q
        return (((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q
            / (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1)
    }

    /// Binomial(n, p) by inversion of the uniform `u` (see `DrawTables.binomial`).
    public static func binomial(_ n: Int, _ p: Double, _ u: Double) -> Int {
        DrawTables.shared.binomial(n, p, u)
    }

    // Acklam's coefficients.
    private static let a1 = -3.969683028665376e+01, a2 = 2.209460984245205e+02, a3 = -2.759285104469687e+02
    private static let a4 = 1.383577518672690e+02, a5 = -3.066479806614716e+01, a6 = 2.506628277459239e+00
    private static let b1 = -5.447609879822406e+01, b2 = 1.615858368580409e+02, b3 = -1.556989798598866e+02
    private static let b4 = 6.680131188771972e+01, b5 = -1.328068155288572e+01
    private static let c1 = -7.784894002430293e-03, c2 = -3.223964580411365e-01, c3 = -2.400758277161838e+00
    private static let c4 = -2.549732539343734e+00, c5 = 4.374664141464968e+00, c6 = 2.938163982698783e+00
    private static let d1 = 7.784695709041462e-03, d2 = 3.224671290700398e-01, d3 = 2.445134137142996e+00
    private static let d4 = 3.754408661907416e+00
}
