/// One path's accounts at a point in time. Every account of the market is in exactly
/// one place: untouched, cooling off after a loss or a churn, in a stage (by source),
/// or a customer (by source).
struct PathState {
    var untouched: Int
    /// Lost or churned accounts that cannot start a new journey yet.
    var cooling: Int
    /// Accounts per stage and source, flattened: index `stage * Source.count + source`.
    var pipeline: [Int]
    var customers: [Int]
    var arr: [Double]
    var cash: Double

    init(scenario s: Scenario, outboundEntryIndex: Int) {
        pipeline = Array(repeating: 0, count: s.stages.count * Source.count)
        for (index, stage) in s.stages.enumerated() {
            // Stages before outbound enters hold only inbound journeys; later ones are split
            // evenly between push and pull, pull as past partner spend says.
            let push = index < outboundEntryIndex ? 0 : stage.openAtStart / 2
            let pull = stage.openAtStart - push
            let partner = index < outboundEntryIndex ? 0 : Int((Double(pull) * s.history.partnerShare).rounded(.down))
            pipeline[index * Source.count + Source.push.rawValue] = push
            pipeline[index * Source.count + Source.inbound.rawValue] = pull - partner
            pipeline[index * Source.count + Source.partner.rawValue] = partner
        }
        customers = [s.market.pushSourcedCustomers, s.market.pullSourcedCustomers, 0]
        let totalCustomers = customers.reduce(0, +)
        let pushShareOfARR = totalCustomers == 0 ? 0.5 : Double(customers[0]) / Double(totalCustomers)
        arr = [s.market.startingARR * pushShareOfARR, s.market.startingARR * (1 - pushShareOfARR), 0]
        untouched = s.market.accounts - pipeline.reduce(0, +) - totalCustomers
        cooling = 0
        cash = s.finance.startingCash
    }

    init(untouched: Int, cooling: Int, pipeline: [Int], customers: [Int], arr: [Double], cash: Double) {
        self.untouched = untouched
        self.cooling = cooling
        self.pipeline = pipeline
        self.customers = customers
        self.arr = arr
        self.cash = cash
    }

    var inPipeline: Int { pipeline.reduce(0, +) }
    var totalCustomers: Int { customers.reduce(0, +) }
    var totalARR: Double { arr.reduce(0, +) }
}
