/// What one path contributes to the forecast, besides its monthly series.
struct PathOutcome {
    var periodBookings = 0.0
    var nextQuarterBookings = 0.0
    /// Lowest month-end cash over the horizon (the start included).
    var lowestCash = 0.0
    var openPipelineValueAtQuarterEnd = 0.0
    /// ARR at the horizon less ARR at the start: bookings and expansion net of churn.
    var netNewARR = 0.0
    /// Outbound, inbound (referrals included), partner: a value, not an array, so a path allocates nothing.
    var journeysByChannel = SIMD3<Double>()
    var opportunities = 0.0
    var executiveOpportunities = 0.0
}

/// The monthly series kept for every path, to draw their P10–P90 bands.
enum Series: Int, CaseIterable {
    case bookings, arr, cash, wonDeals, opportunities, journeys
}

/// Where one path writes its monthly series: one pointer per `Series` to the path's value of
/// month 0, months `stride` values apart. The run lays series out month by month (all paths
/// of a month side by side), so the percentiles of a month read one contiguous column.
struct PathSeries {
    let pointers: [UnsafeMutablePointer<Double>]
    let stride: Int

    @inline(__always)
    func record(_ series: Series, month: Int, _ value: Double) {
        pointers[series.rawValue][month * stride] = value
    }
}

/// Sums over a fixed block of paths, for means. Blocks are added in block order,
/// so floating-point sums do not depend on how many threads ran. Raw buffers, not
/// arrays: the hot loop adds to them every month, with no copy-on-write check.
final class MonthlySums {
    enum Total: Int, CaseIterable {
        case wonDeals, bookings, journeys, revenue, customers
        /// Deals entering the last stage.
        case opportunities
        /// Deals leaving the last stage, won or lost (the denominator of the win rate).
        case decided
        /// Deals ready to move on but waiting for a seller.
        case waiting
        /// ARR added by existing customers buying more.
        case expansion
    }

    /// What happened in a stage during a month, summed over sources.
    enum Flow: Int, CaseIterable {
        case entered, advanced, lost
    }

    let months: Int
    let stageCount: Int
    /// Index `total * months + month`.
    let totals: UnsafeMutableBufferPointer<Double>
    /// Accounts per month, stage and side (push, pull): index `(month * stages + stage) * 2 + side`.
    let pipeline: UnsafeMutableBufferPointer<Double>
    /// Accounts per month, stage and flow: index `(month * stages + stage) * 3 + flow`.
    let flows: UnsafeMutableBufferPointer<Double>

    init(months: Int, stages: Int) {
        self.months = months
        stageCount = stages
        totals = .allocate(capacity: Total.allCases.count * months)
        totals.initialize(repeating: 0)
        pipeline = .allocate(capacity: months * stages * 2)
        pipeline.initialize(repeating: 0)
        flows = .allocate(capacity: months * stages * Flow.allCases.count)
        flows.initialize(repeating: 0)
    }

    deinit {
        totals.deallocate()
        pipeline.deallocate()
        flows.deallocate()
    }

    /// Accounts summed for `month` in `stage` that did `flow`. Only new journeys are added as
    /// entries: the rest of a stage's entries are the stage before's advances, not summed twice.
    func flow(_ flow: Flow, month: Int, stage: Int) -> Double {
        let stored = flows[(month * stageCount + stage) * 3 + flow.rawValue]
        guard flow == .entered, stage > 0 else { return stored }
        return stored + flows[(month * stageCount + stage - 1) * 3 + Flow.advanced.rawValue]
    }

    @inline(__always)
    func add(_ flow: Flow, month: Int, stage: Int, _ count: Int) {
        flows[(month * stageCount + stage) * 3 + flow.rawValue] += Double(count)
    }

    subscript(total: Total, month: Int) -> Double { totals[total.rawValue * months + month] }

    /// The sum over every month.
    func overMonths(_ total: Total) -> Double {
        var sum = 0.0
        for month in 0..<months { sum += self[total, month] }
        return sum
    }

    /// Accounts summed for `month` in `stage`, on `side` 0 (push) or 1 (pull).
    func pipeline(month: Int, stage: Int, side: Int) -> Double { pipeline[(month * stageCount + stage) * 2 + side] }

    @inline(__always)
    func add(_ total: Total, month: Int, _ value: Double) {
        totals[total.rawValue * months + month] += value
    }

    /// Adds one path's end-of-month pipeline (stage × source counts) for `month`, pull sources together.
    @inline(__always)
    func addPipeline(_ counts: UnsafeMutableBufferPointer<Int>, month: Int) {
        let base = month * stageCount * 2
        for stage in 0..<stageCount {
            let cell = stage * Source.count
            pipeline[base + stage * 2] += Double(counts[cell])
            pipeline[base + stage * 2 + 1] += Double(counts[cell + 1] + counts[cell + 2])
        }
    }

    // Eight paths at once (`LaneSimulator`), the first `active` lanes only. Whole-number sums take
    // the lanes' total in one add: sums of whole numbers below 2^53 are exact in any order, so
    // this is the value the paths' adds one by one give. Fractional sums add lane by lane, in
    // path order, as the paths one by one do.

    @inline(__always)
    func add(_ flow: Flow, month: Int, stage: Int, counts: LaneCounts, active: Int) {
        flows[(month * stageCount + stage) * 3 + flow.rawValue] += Double(counts.sum(ofFirst: active))
    }

    @inline(__always)
    func add(_ total: Total, month: Int, counts: LaneCounts, active: Int) {
        totals[total.rawValue * months + month] += Double(counts.sum(ofFirst: active))
    }

    @inline(__always)
    func add(_ total: Total, month: Int, lanes values: Lanes, active: Int) {
        let index = total.rawValue * months + month
        for lane in 0..<active { totals[index] += values[lane] }
    }

    @inline(__always)
    func addPipeline(_ counts: UnsafeMutableBufferPointer<LaneCounts>, month: Int, active: Int) {
        let base = month * stageCount * 2
        for stage in 0..<stageCount {
            let cell = stage * Source.count
            pipeline[base + stage * 2] += Double(counts[cell].sum(ofFirst: active))
            pipeline[base + stage * 2 + 1] += Double((counts[cell + 1] &+ counts[cell + 2]).sum(ofFirst: active))
        }
    }

    /// Adds another block's sums, value by value.
    func add(_ other: MonthlySums) {
        for i in totals.indices { totals[i] += other.totals[i] }
        for i in pipeline.indices { pipeline[i] += other.pipeline[i] }
        for i in flows.indices { flows[i] += other.flows[i] }
    }
}
