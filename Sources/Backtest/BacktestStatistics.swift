import PushPullModel

/// How well bands and medians follow what happened.
public enum BacktestStatistics {
    /// Share of months whose actual lies inside P10–P90 (bounds included); 0 for no month.
    public static func coverage(_ actual: [Double], _ bands: [Band]) -> Double {
        guard !actual.isEmpty, actual.count == bands.count else { return 0 }
        let inside = zip(actual, bands).filter { value, band in band.p10 <= value && value <= band.p90 }.count
        return Double(inside) / Double(actual.count)
    }

    /// Mean absolute percentage error of `predicted` against `actual`, as a fraction. Months whose
    /// actual is zero have no percentage and are left out; nil when none is left.
    public static func meanAbsolutePercentageError(_ actual: [Double], _ predicted: [Double]) -> Double? {
        let pairs = zip(actual, predicted).filter { $0.0 != 0 }
        guard !pairs.isEmpty else { return nil }
        return pairs.reduce(0) { $0 + abs($1.1 - $1.0) / abs($1.0) } / Double(pairs.count)
    }
}
