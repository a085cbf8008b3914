import Testing
@testable import PushPullModel
import TestSupport

@Suite("Percentiles by selection")
struct PercentileTests {
    /// Nearest rank from a full sort, with the rank in integer arithmetic:
    /// the P-th percentile of n values is the ⌈P·n/100⌉-th smallest.
    static func reference(_ values: [Double]) -> Band {
        let sorted = values.sorted(), n = values.count
        func nearestRank(_ percent: Int) -> Double { sorted[max(1, (percent * n + 99) / 100) - 1] }
        return Band(p10: nearestRank(10), p50: nearestRank(50), p90: nearestRank(90))
    }

    func check(_ values: [Double], _ label: String) {
        var work = values
        let band = Percentiles.band(&work)
        #expect(band == Self.reference(values), "\(label), n = \(values.count)")
        #expect(work.sorted() == values.sorted(), "only reorders, \(label)")
    }

    @Test("Matches a sorted reference for 1, 2, 3 … 300 values and some larger sizes")
    func randomArrays() {
        var rng = SeededGenerator(state: 17)
        for n in Array(1...300) + [999, 1_000, 1_001, 4_096] {
            check((0..<n).map { _ in Double.random(in: -1e6...1e6, using: &rng) }, "continuous")
        }
    }

    @Test("Matches with many ties: few distinct values, all equal, zeros and a lone outlier")
    func ties() {
        var rng = SeededGenerator(state: 18)
        for n in Array(1...200) + [1_000, 1_001] {
            check((0..<n).map { _ in Double(Int.random(in: 0...3, using: &rng)) }, "four distinct values")
            check((0..<n).map { _ in Double(Int.random(in: 0...1, using: &rng)) * 1e6 }, "zero or a million")
            check(Array(repeating: 7.5, count: n), "all equal")
            var outlier = Array(repeating: 0.0, count: n)
            outlier[Int.random(in: 0..<n, using: &rng)] = 1e9
            check(outlier, "one outlier among zeros")
        }
    }

    @Test("Matches for already sorted, reversed and organ-pipe inputs (quickselect's hard cases)")
    func orderedInputs() {
        for n in [1, 2, 3, 10, 64, 65, 500, 1_000] {
            let ascending = (0..<n).map(Double.init)
            check(ascending, "ascending")
            check(ascending.reversed(), "descending")
            check((0..<n).map { Double(min($0, n - 1 - $0)) }, "organ pipe")
            check((0..<n).map { Double($0 % 7) }, "sawtooth")
        }
    }

    @Test("One value is every percentile; two values give the lower as P10 and P50, the upper as P90")
    func tinySamples() {
        var one = [42.0]
        #expect(Percentiles.band(&one) == Band(p10: 42, p50: 42, p90: 42))
        var two = [9.0, 3.0]
        // ⌈0.1·2⌉ = 1, ⌈0.5·2⌉ = 1, ⌈0.9·2⌉ = 2.
        #expect(Percentiles.band(&two) == Band(p10: 3, p50: 3, p90: 9))
    }
}
