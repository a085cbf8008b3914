/// What one path contributes to the forecast, besides its monthly series.
struct PathOutcome {
    var periodBookings = 0.0
    var nextQuarterBookings = 0.0
    /// First month with cash below zero, nil when cash stays positive.
    var firstNegativeCashMonth: Int?
    var openPipelineValueAtQuarterEnd = 0.0
    var newARR = 0.0
    var journeysByChannel = [0.0, 0.0, 0.0]
    var opportunities = 0.0
    var executiveOpportunities = 0.0
}

/// Sums over a fixed block of paths, for means. Blocks are added in block order,
/// so floating-point sums do not depend on how many threads ran.
struct MonthlySums {
    var wonDeals: [Double]
    var bookings: [Double]
    var journeys: [Double]
    var revenue: [Double]
    var customers: [Double]
    /// Accounts per month, stage and source: index `(month * stages + stage) * 2 + source`.
    var pipeline: [Double]
    let stageCount: Int

    init(months: Int, stages: Int) {
        wonDeals = Array(repeating: 0, count: months)
        bookings = wonDeals
        journeys = wonDeals
        revenue = wonDeals
        customers = wonDeals
        pipeline = Array(repeating: 0, count: months * stages * 2)
        stageCount = stages
    }

    /// Adds one path's end-of-month pipeline (stage × source counts) for `month`.
    @inline(__always)
    mutating func addPipeline(_ counts: UnsafeMutableBufferPointer<Int>, month: Int) {
        let base = month * counts.count
        pipeline.withUnsafeMutableBufferPointer { sums in
            for i in 0..<counts.count { sums[base + i] += Double(counts[i]) }
        }
    }

    mutating func add(_ other: MonthlySums) {
        for i in wonDeals.indices {
            wonDeals[i] += other.wonDeals[i]
            bookings[i] += other.bookings[i]
            journeys[i] += other.journeys[i]
            revenue[i] += other.revenue[i]
            customers[i] += other.customers[i]
        }
        for i in pipeline.indices { pipeline[i] += other.pipeline[i] }
    }
}
