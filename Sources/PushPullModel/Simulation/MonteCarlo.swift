import Dispatch
import Foundation
import Synchronization

/// Runs every path of a scenario, in parallel, and summarises them into a `Forecast`.
///
/// Paths are cut into fixed blocks; each block is simulated and summed on its
/// own, and blocks are combined in order, so the result is bit-for-bit the same
/// whatever the number of threads.
public enum MonteCarlo {
    /// Paths per block: large enough to amortise scheduling, small enough to balance two cores;
    /// a multiple of the lanes `LaneSimulator` runs together.
    static let blockSize = 64
    /// Paths whose monthly series are kept for the P10–P90 bands: the first ones of any run,
    /// so memory stays bounded (~58 MB at 120 months) however many paths are asked for. Paths
    /// are independent and alike, so beyond it the bands come from a sample of this size:
    /// a percentile's rank is then within ±0.8 points of the asked one 99 times in 100
    /// (2.58 · √(0.1 · 0.9 / 10,000)). Gauges and means use every path.
    public static let bandPaths = 10_000

    /// Thrown by `run` when `shouldStop` said the answer is no longer wanted.
    public struct Stopped: Error, Equatable {}

    /// Runs the scenario. `threads` nil uses every core. `shouldStop` is asked before
    /// each block of paths, so stale background work ends within a block's time.
    public static func run(_ scenario: Scenario, threads: Int? = nil,
                           shouldStop: @Sendable () -> Bool = { false }) throws -> Forecast {
        let scenario = try scenario.validated()
        let drivers = MonthlyDrivers(scenario: scenario)
        let simulator = LaneSimulator(reference: PathSimulator(scenario: scenario, drivers: drivers))
        let paths = scenario.simulation.paths
        let horizon = scenario.simulation.horizonMonths
        let stages = scenario.stages.count
        let blocks = (paths + blockSize - 1) / blockSize

        let storage = RunStorage(paths: paths, horizon: horizon, blocks: blocks, stages: stages)
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, blocks))
        // Each worker takes the next block not yet taken: a worker whose core wakes late (a few
        // milliseconds on this VM after a pause, measured) takes fewer blocks instead of holding
        // up its share. Which worker runs a block does not change the result.
        let nextBlock = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while case let block = nextBlock.wrappingAdd(1, ordering: .relaxed).oldValue, block < blocks {
                if storage.stopped.load(ordering: .relaxed) || shouldStop() {
                    storage.stopped.store(true, ordering: .relaxed)
                    return
                }
                let sums = MonthlySums(months: horizon, stages: stages), end = min(paths, (block + 1) * blockSize)
                for first in stride(from: block * blockSize, to: end, by: Lanes.scalarCount) {
                    let active = min(Lanes.scalarCount, end - first)
                    simulator.run(firstPath: first, active: active,
                                  series: (0..<active).map { storage.series(of: first + $0, block: block) },
                                  sums: sums) { lane, outcome in storage.outcomes[first + lane] = outcome }
                }
                storage.sums.add(sums, block: block)
            }
        }
        if storage.stopped.load(ordering: .relaxed) { throw Stopped() }

        return summarise(scenario: scenario, drivers: drivers, storage: storage, sums: storage.sums.total, workers: workers)
    }

    private static func summarise(scenario: Scenario, drivers: MonthlyDrivers, storage: RunStorage,
                                  sums: MonthlySums, workers: Int) -> Forecast {
        let outcomes = Array(storage.outcomes)
        let paths = outcomes.count, horizon = scenario.simulation.horizonMonths, stages = scenario.stages.count
        let n = Double(paths)
        let bands = storage.monthlyBands(workers: workers)
        let months = (0..<horizon).map { t in
            let band = { (series: Series) in bands[t * Series.allCases.count + series.rawValue] }
            return MonthForecast(
                month: t + 1, bookings: band(.bookings), arr: band(.arr), cash: band(.cash),
                wonDeals: band(.wonDeals), opportunities: band(.opportunities), journeys: band(.journeys),
                meanBookings: sums[.bookings, t] / n, meanExpansion: sums[.expansion, t] / n,
                meanWonDeals: sums[.wonDeals, t] / n, meanJourneys: sums[.journeys, t] / n,
                meanRevenue: sums[.revenue, t] / n, meanCustomers: sums[.customers, t] / n,
                meanOpportunities: sums[.opportunities, t] / n, meanDecided: sums[.decided, t] / n,
                meanWinRate: sums[.decided, t] > 0 ? sums[.wonDeals, t] / sums[.decided, t] : 0,
                meanWaitingForSeller: sums[.waiting, t] / n,
                sellers: drivers.months[t].sellers,
                meanPipeline: (0..<stages).map { stage in
                    StageLoad(push: sums.pipeline(month: t, stage: stage, side: 0) / n,
                              pull: sums.pipeline(month: t, stage: stage, side: 1) / n)
                },
                meanFlows: (0..<stages).map { stage in
                    StageFlow(entered: sums.flow(.entered, month: t, stage: stage) / n,
                              advanced: sums.flow(.advanced, month: t, stage: stage) / n,
                              lost: sums.flow(.lost, month: t, stage: stage) / n)
                })
        }
        var nextQuarter = outcomes.map(\.nextQuarterBookings)
        var period = outcomes.map(\.periodBookings)
        let arrAtHorizon = months[horizon - 1].arr
        return Forecast(
            levers: scenario.levers, horizonMonths: horizon, paths: paths, seed: scenario.simulation.seed,
            months: months, arrAtHorizon: arrAtHorizon, arrWorstTenthMean: storage.worstTenthMeanOfHorizonARR(),
            nextQuarterBookings: Percentiles.band(&nextQuarter),
            periodBookings: Percentiles.band(&period),
            gauges: RiskAssessment.gauges(scenario: scenario, outcomes: outcomes, months: months),
            salesShareOfStage: drivers.salesShare, sellers: drivers.plannedSellers,
            meanJourneys: sums.overMonths(.journeys) / n)
    }
}

/// Where worker threads leave their results: each path and block has its own
/// slots, written by exactly one worker and read only after all have finished.
private final class RunStorage: @unchecked Sendable {
    /// The kept paths' monthly series, one buffer per `Series`: index `month * kept + path`,
    /// so each month's percentiles read a contiguous column.
    let values: [UnsafeMutableBufferPointer<Double>]
    /// Paths with their series kept: the first `MonteCarlo.bandPaths`.
    let kept: Int
    /// Where the other paths' series go, one value per series and block (never read).
    let discarded: UnsafeMutableBufferPointer<Double>
    let outcomes: UnsafeMutableBufferPointer<PathOutcome>
    let sums: BlockSums
    /// P10/P50/P90 per month and series: index `month * Series.allCases.count + series`.
    let bands: UnsafeMutableBufferPointer<Band>
    let paths: Int
    let horizon: Int
    /// Set by whichever worker first sees `shouldStop`, so the others stop too.
    let stopped = Atomic<Bool>(false)

    init(paths: Int, horizon: Int, blocks: Int, stages: Int) {
        self.paths = paths
        self.horizon = horizon
        let kept = min(paths, MonteCarlo.bandPaths)
        self.kept = kept
        values = Series.allCases.map { _ in .allocate(capacity: kept * horizon) }
        discarded = .allocate(capacity: blocks * Series.allCases.count)
        outcomes = .allocate(capacity: paths)
        outcomes.initialize(repeating: PathOutcome())
        sums = BlockSums(total: MonthlySums(months: horizon, stages: stages))
        bands = .allocate(capacity: horizon * Series.allCases.count)
        bands.initialize(repeating: Band(p10: 0, p50: 0, p90: 0))
    }

    func series(of path: Int, block: Int) -> PathSeries {
        guard path >= kept else { return PathSeries(pointers: values.map { $0.baseAddress! + path }, stride: kept) }
        let sink = discarded.baseAddress! + block * Series.allCases.count
        return PathSeries(pointers: Series.allCases.map { sink + $0.rawValue }, stride: 0)
    }

    /// P10/P50/P90 of every series for every month, months shared out among the
    /// workers (each month's percentiles do not depend on the split).
    func monthlyBands(workers: Int) -> [Band] {
        let horizon = horizon, paths = kept, kinds = Series.allCases.count
        DispatchQueue.concurrentPerform(iterations: min(workers, horizon)) { worker in
            var column = [Double](repeating: 0, count: paths)
            for month in stride(from: worker, to: horizon, by: workers) {
                for kind in 0..<kinds {
                    let series = self.values[kind]
                    for path in 0..<paths { column[path] = series[month * paths + path] }
                    self.bands[month * kinds + kind] = Percentiles.band(&column)
                }
            }
        }
        return Array(bands)
    }

    /// The mean of the lowest tenth of the kept paths' horizon ARR (at least one path), like the bands.
    func worstTenthMeanOfHorizonARR() -> Double {
        let arr = values[Series.arr.rawValue], last = (horizon - 1) * kept
        let atHorizon = (0..<kept).map { arr[last + $0] }.sorted()
        let tail = atHorizon.prefix(max(1, kept / 10))
        return tail.reduce(0, +) / Double(tail.count)
    }

    deinit {
        for buffer in values { buffer.deallocate() }
        discarded.deallocate()
        outcomes.deinitialize().deallocate()
        bands.deallocate()
    }
}

/// The blocks' sums added up in block order, so the floating-point total does not depend on the
/// threads: a block is added as soon as every block before it is, and only blocks finished ahead
/// of their turn wait in memory (a few, not one per block: 51 MB at 100,000 paths × 120 months).
private final class BlockSums: @unchecked Sendable {
    /// Complete once every block is in.
    let total: MonthlySums
    private let lock = NSLock()
    private var next = 0
    private var waiting: [Int: MonthlySums] = [:]

    init(total: MonthlySums) { self.total = total }

    func add(_ sums: MonthlySums, block: Int) {
        lock.withLock {
            waiting[block] = sums
            while let ready = waiting.removeValue(forKey: next) {
                total.add(ready)
                next += 1
            }
        }
    }
}
