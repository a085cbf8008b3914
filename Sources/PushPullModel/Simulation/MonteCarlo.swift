import Dispatch
import Foundation
import Synchronization

/// Runs every path of a scenario, in parallel, and summarises them into a `Forecast`.
///
/// Paths are cut into fixed blocks; each block is simulated and summed on its
/// own, and blocks are combined in order, so the result is bit-for-bit the same
/// whatever the number of threads.
public enum MonteCarlo {
    /// Paths per block: large enough to amortise scheduling, small enough to balance two cores.
    static let blockSize = 64

    /// Thrown by `run` when `shouldStop` said the answer is no longer wanted.
    public struct Stopped: Error, Equatable {}

    /// Runs the scenario. `threads` nil uses every core. `shouldStop` is asked before
    /// each block of paths, so stale background work ends within a block's time.
    public static func run(_ scenario: Scenario, threads: Int? = nil,
                           shouldStop: @Sendable () -> Bool = { false }) throws -> Forecast {
        let scenario = try scenario.validated()
        let drivers = MonthlyDrivers(scenario: scenario)
        let simulator = PathSimulator(scenario: scenario, drivers: drivers)
        let paths = scenario.simulation.paths
        let horizon = scenario.simulation.horizonMonths
        let stages = scenario.stages.count
        let blocks = (paths + blockSize - 1) / blockSize

        let storage = RunStorage(paths: paths, horizon: horizon, blocks: blocks,
                                 template: MonthlySums(months: horizon, stages: stages))
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, blocks))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for block in stride(from: worker, to: blocks, by: workers) {
                if storage.stopped.load(ordering: .relaxed) || shouldStop() {
                    storage.stopped.store(true, ordering: .relaxed)
                    return
                }
                var sums = MonthlySums(months: horizon, stages: stages)
                for path in (block * blockSize)..<min(paths, (block + 1) * blockSize) {
                    let offset = path * horizon
                    let outcome = simulator.run(path: path, bookings: storage.bookings.baseAddress! + offset,
                                                arr: storage.arr.baseAddress! + offset,
                                                cash: storage.cash.baseAddress! + offset, sums: &sums)
                    storage.outcomes[path] = outcome
                }
                storage.sums[block] = sums
            }
        }
        if storage.stopped.load(ordering: .relaxed) { throw Stopped() }

        var total = MonthlySums(months: horizon, stages: stages)
        for blockSums in storage.sums { total.add(blockSums) }
        return summarise(scenario: scenario, drivers: drivers, storage: storage, sums: total, workers: workers)
    }

    private static func summarise(scenario: Scenario, drivers: MonthlyDrivers, storage: RunStorage,
                                  sums: MonthlySums, workers: Int) -> Forecast {
        let outcomes = Array(storage.outcomes)
        let paths = outcomes.count, horizon = scenario.simulation.horizonMonths, stages = scenario.stages.count
        let n = Double(paths)
        let bands = storage.monthlyBands(workers: workers)
        let months = (0..<horizon).map { t in
            MonthForecast(
                month: t + 1, bookings: bands[t].bookings, arr: bands[t].arr, cash: bands[t].cash,
                meanBookings: sums.bookings[t] / n, meanWonDeals: sums.wonDeals[t] / n, meanJourneys: sums.journeys[t] / n,
                meanRevenue: sums.revenue[t] / n, meanCustomers: sums.customers[t] / n,
                meanPipeline: (0..<stages).map { stage in
                    let base = (t * stages + stage) * 2
                    return StageLoad(push: sums.pipeline[base] / n, pull: sums.pipeline[base + 1] / n)
                })
        }
        var nextQuarter = outcomes.map(\.nextQuarterBookings)
        var period = outcomes.map(\.periodBookings)
        let arrAtHorizon = months[horizon - 1].arr
        return Forecast(
            levers: scenario.levers, horizonMonths: horizon, paths: paths, seed: scenario.simulation.seed,
            months: months, arrAtHorizon: arrAtHorizon,
            nextQuarterBookings: Percentiles.band(&nextQuarter),
            periodBookings: Percentiles.band(&period),
            gauges: RiskAssessment.gauges(scenario: scenario, outcomes: outcomes, arrAtHorizon: arrAtHorizon),
            salesOwnedStages: drivers.salesOwned, sellers: drivers.months.first?.sellers ?? 0,
            meanJourneys: sums.journeys.reduce(0, +) / n)
    }
}

/// Where worker threads leave their results: each path and block has its own
/// slots, written by exactly one worker and read only after all have finished.
private final class RunStorage: @unchecked Sendable {
    let bookings: UnsafeMutableBufferPointer<Double>
    let arr: UnsafeMutableBufferPointer<Double>
    let cash: UnsafeMutableBufferPointer<Double>
    let outcomes: UnsafeMutableBufferPointer<PathOutcome>
    let sums: UnsafeMutableBufferPointer<MonthlySums>

    let bands: UnsafeMutableBufferPointer<(bookings: Band, arr: Band, cash: Band)>
    let paths: Int
    let horizon: Int
    /// Set by whichever worker first sees `shouldStop`, so the others stop too.
    let stopped = Atomic<Bool>(false)

    init(paths: Int, horizon: Int, blocks: Int, template: MonthlySums) {
        self.paths = paths
        self.horizon = horizon
        bookings = .allocate(capacity: paths * horizon)
        arr = .allocate(capacity: paths * horizon)
        cash = .allocate(capacity: paths * horizon)
        outcomes = .allocate(capacity: paths)
        outcomes.initialize(repeating: PathOutcome())
        sums = .allocate(capacity: blocks)
        sums.initialize(repeating: template)
        let empty = Band(p10: 0, p50: 0, p90: 0)
        bands = .allocate(capacity: horizon)
        bands.initialize(repeating: (empty, empty, empty))
    }

    /// P10/P50/P90 of bookings, ARR and cash for every month, months shared out
    /// among the workers (each month's percentiles do not depend on the split).
    func monthlyBands(workers: Int) -> [(bookings: Band, arr: Band, cash: Band)] {
        let horizon = horizon, paths = paths
        DispatchQueue.concurrentPerform(iterations: min(workers, horizon)) { worker in
            var column = [Double](repeating: 0, count: paths)
            func band(_ series: UnsafeMutableBufferPointer<Double>, _ month: Int) -> Band {
                for path in 0..<paths { column[path] = series[path * horizon + month] }
                return Percentiles.band(&column)
            }
            for month in stride(from: worker, to: horizon, by: workers) {
                self.bands[month] = (band(self.bookings, month), band(self.arr, month), band(self.cash, month))
            }
        }
        return Array(bands)
    }

    deinit {
        bookings.deallocate()
        arr.deallocate()
        cash.deallocate()
        outcomes.deinitialize().deallocate()
        sums.deinitialize().deallocate()
        bands.deallocate()
    }
}
