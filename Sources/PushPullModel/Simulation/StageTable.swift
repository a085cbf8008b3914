/// The per-stage numbers the hot loop reads, laid out flat and read-only: monthly
/// leave probability, conversion, and whether sales owns the stage.
final class StageTable: @unchecked Sendable {
    let leave: UnsafeMutableBufferPointer<Double>
    let conversion: UnsafeMutableBufferPointer<Double>
    let salesOwned: UnsafeMutableBufferPointer<Bool>

    init(scenario: Scenario, drivers: MonthlyDrivers) {
        leave = .allocate(capacity: scenario.stages.count)
        conversion = .allocate(capacity: scenario.stages.count)
        salesOwned = .allocate(capacity: scenario.stages.count)
        _ = leave.initialize(from: drivers.monthsInStage.map { min(1, 1 / $0) })
        _ = conversion.initialize(from: scenario.stages.map(\.conversion))
        _ = salesOwned.initialize(from: drivers.salesOwned)
    }

    deinit {
        leave.deallocate()
        conversion.deallocate()
        salesOwned.deallocate()
    }
}
