/// The normal quantile from a lookup table with linear interpolation: a few cycles
/// instead of a rational function and a division, for the millions of binomial
/// draws of a run. Interpolation keeps it monotone; between u = 1/1024 and
/// 1 − 1/1024 its error is below 3e-3 (a tenth of a percent of a count's spread),
/// and outside that range the exact formula takes over.
enum QuantileTable {
    static let size = 4096
    private static let edge = 1.0 / 1024
    /// A raw pointer, not an array: reading a global array in the hot loop costs a
    /// retain and release per draw. Filled once, never freed, never written again.
    nonisolated(unsafe) private static let table: UnsafePointer<Double> = {
        let values = UnsafeMutablePointer<Double>.allocate(capacity: size + 1)
        for i in 0...size {
            values[i] = Distributions.normalQuantile(min(max(Double(i) / Double(size), 1e-300), 1 - 1e-16))
        }
        return UnsafePointer(values)
    }()

    @inline(__always)
    static func normal(_ u: Double) -> Double {
        guard u > edge && u < 1 - edge else { return Distributions.normalQuantile(u) }
        let position = u * Double(size)
        let index = Int(position)
        let fraction = position - Double(index)
        let t = table
        return t[index] + (t[index + 1] - t[index]) * fraction
    }
}
