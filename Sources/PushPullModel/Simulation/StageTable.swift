/// The per-stage numbers the hot loop reads, laid out flat and read-only. Indices by
/// stage and source are `stage * Source.count + source`.
final class StageTable: @unchecked Sendable {
    let leave: UnsafeMutableBufferPointer<Double>
    let sellerWork: UnsafeMutableBufferPointer<Double>
    /// The share of a deal's stay in the stage that needs a seller (push: always all of it).
    let sellerShare: UnsafeMutableBufferPointer<Double>
    let conversion: UnsafeMutableBufferPointer<Double>

    init(scenario: Scenario, drivers: MonthlyDrivers) {
        let cells = scenario.stages.count * Source.count
        leave = .allocate(capacity: cells)
        sellerWork = .allocate(capacity: cells)
        sellerShare = .allocate(capacity: cells)
        conversion = .allocate(capacity: scenario.stages.count)
        _ = leave.initialize(from: drivers.leave)
        _ = sellerWork.initialize(from: drivers.sellerWork)
        _ = sellerShare.initialize(from: drivers.salesShare.flatMap { share in
            Source.allCases.map { $0 == .push ? 1 : share }
        })
        _ = conversion.initialize(from: scenario.stages.map(\.conversion))
    }

    deinit {
        leave.deallocate()
        sellerWork.deallocate()
        sellerShare.deallocate()
        conversion.deallocate()
    }
}
