import Foundation
import Testing
@testable import PushPullModel
import TestSupport

@Suite("Normal quantile")
struct NormalQuantileTests {
    @Test("Known quantiles of the standard normal")
    func knownValues() {
        #expect(abs(Distributions.normalQuantile(0.5)) < 1e-12)
        // Textbook values: z(0.975) = 1.959964, z(0.001) = −3.090232.
        #expect(abs(Distributions.normalQuantile(0.975) - 1.959964) < 1e-6)
        #expect(abs(Distributions.normalQuantile(0.001) - -3.090232) < 1e-6)
        #expect(abs(Distributions.normalQuantile(0.8413447460685429) - 1) < 1e-8) // Φ(1)
    }

    @Test("Symmetric: z(u) = −z(1 − u), in the centre and both tails")
    func symmetry() {
        for u in [1e-12, 1e-6, 0.001, 0.01, 0.02, 0.03, 0.1, 0.25, 0.4, 0.49] {
            // 1 − u is rounded; its complement 1 − (1 − u) is exact, so compare that pair.
            let upper = 1 - u, lower = 1 - upper
            let low = Distributions.normalQuantile(lower), high = Distributions.normalQuantile(upper)
            #expect(abs(low + high) <= 1e-8 * max(1, abs(low)), "u = \(u)")
        }
    }

    /// Acklam's relative error in z is below 1.2e-9; in u that becomes about z² times
    /// as much, relative to the tail probability, hence the bounds.
    @Test("Inverts the normal CDF (erfc) across (0, 1), far tails included")
    func invertsCDF() {
        for i in 1..<1000 {
            let u = Double(i) / 1000
            #expect(abs(normalCDF(Distributions.normalQuantile(u)) - u) <= 5e-8 * min(u, 1 - u) + 1e-15, "u = \(u)")
        }
        for u in [1e-15, 1e-10, 1e-5] {
            #expect(abs(normalCDF(Distributions.normalQuantile(u)) / u - 1) < 2e-7, "u = \(u)")
        }
    }

    @Test("Increasing in u, also across the tail/centre boundaries of the approximation")
    func increasing() {
        var grid = (1..<20_000).map { Double($0) / 20_000 }
        // Acklam switches formulas at 0.02425 and 0.97575: look closely on both sides.
        for boundary in [0.02425, 1 - 0.02425] {
            grid += (-50...50).map { boundary + Double($0) * 1e-9 }
        }
        grid.sort()
        let z = grid.map(Distributions.normalQuantile)
        for i in 1..<z.count where grid[i] > grid[i - 1] {
            #expect(z[i] > z[i - 1], "u \(grid[i - 1]) → \(grid[i])")
        }
    }
}

@Suite("Binomial by inversion")
struct BinomialTests {
    static let someUniforms = testUniforms(count: 200, seed: 11)

    @Test("Edge cases: n = 0, negative n, p = 0, p = 1")
    func edges() {
        for u in Self.someUniforms {
            #expect(Distributions.binomial(0, 0.3, u) == 0)
            #expect(Distributions.binomial(-5, 0.3, u) == 0)
            #expect(Distributions.binomial(50, 0, u) == 0)
            #expect(Distributions.binomial(50, -0.1, u) == 0)
            #expect(Distributions.binomial(50, 1, u) == 50)
            #expect(Distributions.binomial(50, 1.5, u) == 50)
        }
    }

    @Test("p above one half mirrors p below it: X(n, p, u) = n − X(n, 1 − p, 1 − u)",
          arguments: [7, 60, 5_000])
    func mirror(n: Int) {
        for p in [0.55, 0.7, 0.9, 0.99] {
            for u in Self.someUniforms {
                #expect(Distributions.binomial(n, p, u) == n - Distributions.binomial(n, 1 - p, 1 - u))
            }
        }
    }

    /// With N evenly spaced uniforms, inversion must hit each k about N·P(k) times:
    /// an exact test of the CDF walk, with no sampling noise beyond ±1 per value.
    @Test("Exact branch: evenly spaced uniforms reproduce the probability mass function",
          arguments: [(5, 0.5), (12, 0.2), (30, 0.03), (14, 0.8), (12, 0.5)])
    func exactBranchReproducesPMF(n: Int, p: Double) {
        #expect(Double(n) * p * (1 - p) <= DrawTables.exactWalkVariance, "this case must use the exact walk")
        let draws = 20_000
        var counts = [Int](repeating: 0, count: n + 1)
        for i in 0..<draws { counts[Distributions.binomial(n, p, (Double(i) + 0.5) / Double(draws))] += 1 }
        for (k, probability) in binomialPMF(n, p).enumerated() {
            #expect(abs(Double(counts[k]) - probability * Double(draws)) <= 1.5, "k = \(k)")
        }
    }

    @Test("Sample mean and variance match n·p and n·p·(1 − p), both branches",
          arguments: [(10, 0.3), (50, 0.05), (120, 0.5), (400, 0.1), (1_000, 0.2), (100_000, 0.01), (3_000, 0.9)])
    func meanAndVarianceMatch(n: Int, p: Double) {
        let draws = 20_000
        let sample = testUniforms(count: draws, seed: UInt64(n) &* 31 &+ UInt64(p * 1000)).map { Double(Distributions.binomial(n, p, $0)) }
        let (mean, variance) = meanAndVariance(sample)
        let expectedMean = Double(n) * p, expectedVariance = expectedMean * (1 - p)
        // Five standard errors for the mean; the variance's relative error is about √(2/N) ≈ 1%.
        #expect(abs(mean - expectedMean) <= 5 * (expectedVariance / Double(draws)).squareRoot(), "mean \(mean)")
        // The normal branch rounds to integers, adding about 1/12 to the variance.
        #expect(abs(variance - expectedVariance) <= 0.06 * expectedVariance + 0.1, "variance \(variance)")
    }

    @Test("Non-decreasing in the uniform, both branches", arguments: [(20, 0.3), (120, 0.5), (2_000, 0.1), (50_000, 0.7)])
    func monotoneInUniform(n: Int, p: Double) {
        var previous = 0
        for i in 1..<5_000 {
            let k = Distributions.binomial(n, p, Double(i) / 5_000)
            #expect(k >= previous, "u = \(Double(i) / 5_000)")
            previous = k
        }
    }

    /// Common random numbers rely on it: a higher probability never gives fewer
    /// successes for the same uniform. Each case stays inside one branch
    /// (n = 12: variance ≤ 3, exact walk; n = 100,000 and p ≥ 0.001: variance ≈ 100 or more, normal).
    @Test("Non-decreasing in p for a fixed uniform, within each branch", arguments: [12, 100_000])
    func monotoneInProbability(n: Int) {
        let probabilities = stride(from: 0.001, through: 0.999, by: 0.002).map { $0 }
        for u in Self.someUniforms + [1e-9, 0.5, 1 - 1e-9] {
            var previous = 0
            for p in probabilities {
                let k = Distributions.binomial(n, p, u)
                #expect(k >= previous, "n \(n) u \(u) p \(p)")
                previous = k
            }
        }
    }

    @Test("Never outside 0…n, even for extreme uniforms and probabilities")
    func staysInRange() {
        var rng = SeededGenerator(state: 99)
        let extremeUniforms = [0x1.0p-54, 1e-300, 1e-12, 0.5, 1 - 1e-12, 1 - 0x1.0p-53]
        for _ in 0..<3_000 {
            let n = [Int.random(in: 0...10, using: &rng), Int.random(in: 0...500, using: &rng),
                     Int.random(in: 0...2_000_000, using: &rng)].randomElement(using: &rng)!
            let p = [Double.random(in: 0...1, using: &rng), 1e-12, 1 - 1e-12, 0.5].randomElement(using: &rng)!
            let u = Bool.random(using: &rng) ? extremeUniforms.randomElement(using: &rng)! : testUniforms(count: 1, seed: rng.next())[0]
            let k = Distributions.binomial(n, p, u)
            #expect(k >= 0 && k <= n, "n \(n) p \(p) u \(u) → \(k)")
        }
    }
}

@Suite("Counter-based random source")
struct CounterRandomTests {
    @Test("Uniforms are strictly inside (0, 1)")
    func openInterval() {
        for seed: UInt64 in [0, 1, 42, .max] {
            for path in [0, 1, 999, -1] {
                let random = CounterRandom(seed: seed, path: path)
                for month in 0..<24 {
                    for slot in 0..<300 {
                        let u = random.uniform(month: month, slot: slot)
                        #expect(u > 0 && u < 1)
                    }
                }
            }
        }
    }

    @Test("The same (seed, path, month, slot) always gives the same value")
    func reproducible() {
        for (seed, path, month, slot) in [(UInt64(42), 0, 0, 0), (UInt64(7), 12, 35, 201), (UInt64.max, 99_999, 119, 263)] {
            let first = CounterRandom(seed: seed, path: path).uniform(month: month, slot: slot)
            let again = CounterRandom(seed: seed, path: path).uniform(month: month, slot: slot)
            #expect(first == again)
        }
    }

    @Test("Changing any one of seed, path, month or slot gives a different value")
    func distinctCounters() {
        var seen = Set<Double>()
        var draws = 0
        for seed: UInt64 in [1, 2, 3] {
            for path in 0..<10 {
                let random = CounterRandom(seed: seed, path: path)
                for month in 0..<12 {
                    for slot in 0..<40 {
                        seen.insert(random.uniform(month: month, slot: slot))
                        draws += 1
                    }
                }
            }
        }
        // 53-bit values: a collision among 14,400 draws would happen with probability ~1e-8.
        #expect(seen.count == draws)
    }

    @Test("Uniform: mean ½, variance 1/12, even histogram, no correlation between neighbouring slots")
    func uniformity() {
        let random = CounterRandom(seed: 2024, path: 3)
        var values: [Double] = []
        for month in 0..<100 {
            for slot in 0..<1_000 { values.append(random.uniform(month: month, slot: slot)) }
        }
        let n = Double(values.count)
        let (mean, variance) = meanAndVariance(values)
        #expect(abs(mean - 0.5) <= 5 * (1.0 / 12 / n).squareRoot())
        #expect(abs(variance - 1.0 / 12) <= 0.002)

        let buckets = 20
        var histogram = [Int](repeating: 0, count: buckets)
        for u in values { histogram[Int(u * Double(buckets))] += 1 }
        let expected = n / Double(buckets)
        let chiSquare = histogram.reduce(0.0) { $0 + pow(Double($1) - expected, 2) / expected }
        // 19 degrees of freedom: the 99.9th percentile of χ² is 43.8.
        #expect(chiSquare < 43.8, "χ² = \(chiSquare), histogram \(histogram)")
        for count in histogram { #expect(abs(Double(count) - expected) <= 5 * expected.squareRoot()) }

        // Lag-1 correlation: slots next to each other feed different flows of the same month.
        var products = 0.0
        for i in 1..<values.count { products += (values[i] - 0.5) * (values[i - 1] - 0.5) }
        let correlation = products / (n - 1) / (1.0 / 12)
        #expect(abs(correlation) <= 5 / n.squareRoot())
    }
}
