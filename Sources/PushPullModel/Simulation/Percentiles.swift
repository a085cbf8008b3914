/// Percentiles by selection (no full sort): P10, P50 and P90 of a sample.
enum Percentiles {
    /// The nearest-rank percentiles of `values` (which it reorders).
    static func band(_ values: inout [Double]) -> Band {
        precondition(!values.isEmpty)
        let n = values.count
        func rank(_ q: Double) -> Int { min(n - 1, max(0, Int((q * Double(n)).rounded(.up)) - 1)) }
        let r10 = rank(0.1), r50 = rank(0.5), r90 = rank(0.9)
        values.withUnsafeMutableBufferPointer { buffer in
            select(buffer, r50, 0, n - 1)
            select(buffer, r10, 0, r50)
            select(buffer, r90, r50, n - 1)
        }
        return Band(p10: values[r10], p50: values[r50], p90: values[r90])
    }

    /// Hoare's quickselect: places the `k`-th smallest at index `k` within [low, high].
    private static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, _ low: Int, _ high: Int) {
        var low = low, high = high
        while low < high {
            let pivot = median3(a[low], a[(low + high) / 2], a[high])
            var i = low, j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return }
        }
    }

    private static func median3(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
