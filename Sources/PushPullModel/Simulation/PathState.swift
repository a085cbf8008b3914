/// One path's accounts at a point in time. Every account of the market is in
/// exactly one place: untouched, in a stage (by source), or a customer (by source).
struct PathState {
    var untouched: Int
    /// Accounts per stage and source, flattened: index `stage * 2 + source`.
    var pipeline: [Int]
    var customers: [Int]
    var arr: [Double]
    var cash: Double

    init(scenario s: Scenario, outboundEntryIndex: Int) {
        pipeline = Array(repeating: 0, count: s.stages.count * 2)
        for (index, stage) in s.stages.enumerated() {
            // Stages before outbound enters hold only inbound journeys; later ones are split evenly.
            let push = index < outboundEntryIndex ? 0 : stage.openAtStart / 2
            pipeline[index * 2 + Source.push.rawValue] = push
            pipeline[index * 2 + Source.pull.rawValue] = stage.openAtStart - push
        }
        customers = [s.market.pushSourcedCustomers, s.market.pullSourcedCustomers]
        let totalCustomers = customers[0] + customers[1]
        let pushShareOfARR = totalCustomers == 0 ? 0.5 : Double(customers[0]) / Double(totalCustomers)
        arr = [s.market.startingARR * pushShareOfARR, s.market.startingARR * (1 - pushShareOfARR)]
        untouched = s.market.accounts - pipeline.reduce(0, +) - totalCustomers
        cash = s.finance.startingCash
    }

    init(untouched: Int, pipeline: [Int], customers: [Int], arr: [Double], cash: Double) {
        self.untouched = untouched
        self.pipeline = pipeline
        self.customers = customers
        self.arr = arr
        self.cash = cash
    }

    var inPipeline: Int { pipeline.reduce(0, +) }
    var totalCustomers: Int { customers[0] + customers[1] }
    var totalARR: Double { arr[0] + arr[1] }
}
