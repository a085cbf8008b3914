/// The per-source numbers the hot loop reads (index: `Source` raw value), laid out flat
/// and read-only like `StageTable`.
final class SourceTable: @unchecked Sendable {
    let churn: UnsafeMutableBufferPointer<Double>
    let expansion: UnsafeMutableBufferPointer<Double>
    let referrals: UnsafeMutableBufferPointer<Double>
    let revenueKept: UnsafeMutableBufferPointer<Double>

    init(drivers: MonthlyDrivers) {
        func table(_ values: [Double]) -> UnsafeMutableBufferPointer<Double> {
            let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: Source.count)
            _ = buffer.initialize(from: values)
            return buffer
        }
        churn = table(drivers.churn)
        expansion = table(drivers.expansion)
        referrals = table(drivers.referrals)
        revenueKept = table(drivers.revenueKept)
    }

    deinit {
        for buffer in [churn, expansion, referrals, revenueKept] { buffer.deallocate() }
    }
}
