/// What one path contributes to the forecast, besides its monthly series.
struct PathOutcome {
    var periodBookings = 0.0
    var nextQuarterBookings = 0.0
    /// Lowest month-end cash over the horizon (the start included).
    var lowestCash = 0.0
    var openPipelineValueAtQuarterEnd = 0.0
    /// ARR at the horizon less ARR at the start: bookings and expansion net of churn.
    var netNewARR = 0.0
    var journeysByChannel = [0.0, 0.0, 0.0]
    var opportunities = 0.0
    var executiveOpportunities = 0.0
}

/// The monthly series kept for every path, to draw their P10–P90 bands.
enum Series: Int, CaseIterable {
    case bookings, arr, cash, wonDeals, opportunities, journeys
}

/// Where one path writes its monthly series: one pointer per `Series`, each to `horizon` values.
struct PathSeries {
    let pointers: [UnsafeMutablePointer<Double>]

    @inline(__always)
    func record(_ series: Series, month: Int, _ value: Double) {
        pointers[series.rawValue][month] = value
    }
}

/// Sums over a fixed block of paths, for means. Blocks are added in block order,
/// so floating-point sums do not depend on how many threads ran.
struct MonthlySums {
    var wonDeals: [Double]
    var bookings: [Double]
    var journeys: [Double]
    var revenue: [Double]
    var customers: [Double]
    /// Deals entering the last stage.
    var opportunities: [Double]
    /// Deals leaving the last stage, won or lost (the denominator of the win rate).
    var decided: [Double]
    /// Deals ready to move on but waiting for a seller.
    var waiting: [Double]
    /// ARR added by existing customers buying more.
    var expansion: [Double]
    /// Accounts per month, stage and side (push, pull): index `(month * stages + stage) * 2 + side`.
    var pipeline: [Double]
    let stageCount: Int

    init(months: Int, stages: Int) {
        wonDeals = Array(repeating: 0, count: months)
        bookings = wonDeals
        journeys = wonDeals
        revenue = wonDeals
        customers = wonDeals
        opportunities = wonDeals
        decided = wonDeals
        waiting = wonDeals
        expansion = wonDeals
        pipeline = Array(repeating: 0, count: months * stages * 2)
        stageCount = stages
    }

    /// Adds one path's end-of-month pipeline (stage × source counts) for `month`, pull sources together.
    @inline(__always)
    mutating func addPipeline(_ counts: UnsafeMutableBufferPointer<Int>, month: Int) {
        let base = month * stageCount * 2
        pipeline.withUnsafeMutableBufferPointer { sums in
            for stage in 0..<stageCount {
                let cell = stage * Source.count
                sums[base + stage * 2] += Double(counts[cell])
                sums[base + stage * 2 + 1] += Double(counts[cell + 1] + counts[cell + 2])
            }
        }
    }

    mutating func add(_ other: MonthlySums) {
        for i in wonDeals.indices {
            wonDeals[i] += other.wonDeals[i]
            bookings[i] += other.bookings[i]
            journeys[i] += other.journeys[i]
            revenue[i] += other.revenue[i]
            customers[i] += other.customers[i]
            opportunities[i] += other.opportunities[i]
            decided[i] += other.decided[i]
            waiting[i] += other.waiting[i]
            expansion[i] += other.expansion[i]
        }
        for i in pipeline.indices { pipeline[i] += other.pipeline[i] }
    }
}
