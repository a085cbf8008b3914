/// What a goal seek asks to reach: a reading of the forecast that must be at least a value.
public enum GoalTarget: String, CaseIterable, Sendable, Codable {
    /// Horizon ARR P50.
    case arr
    /// Bookings over the target period, P50.
    case bookings
    /// P(hitting the period's bookings target) = 1 − P(miss).
    case hit

    public var label: String {
        switch self {
        case .arr: "Horizon ARR P50"
        case .bookings: "Period bookings P50"
        case .hit: "P(hit target)"
        }
    }

    public var isMoney: Bool { self != .hit }

    public func reading(of forecast: Forecast) -> Double {
        switch self {
        case .arr: forecast.arrAtHorizon.p50
        case .bookings: forecast.periodBookings.p50
        case .hit: 1 - (forecast.gauge(.targetMiss)?.value ?? 1)
        }
    }

    /// The value sought when none is given: an 80% chance of the target (the question a
    /// plan is asked most), the period's target itself, or 20% more ARR than today.
    public func defaultValue(for scenario: Scenario) -> Double {
        switch self {
        case .arr: scenario.market.startingARR * 1.2
        case .bookings: scenario.targets.periodBookings
        case .hit: 0.8
        }
    }

    public var next: GoalTarget {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

public struct Goal: Equatable, Sendable {
    public var target: GoalTarget
    public var value: Double
    /// The lever solved for; the others stay as they are.
    public var lever: Lever

    public init(target: GoalTarget, value: Double, lever: Lever) {
        self.target = target
        self.value = value
        self.lever = lever
    }
}

/// The answer: the smallest lever value found to reach the goal, or the best one reached.
public struct GoalSeekResult: Equatable, Sendable {
    public var goal: Goal
    public var reachable: Bool
    /// The lever value that reaches the goal; when unreachable, the one that comes closest.
    public var leverValue: Double
    /// The target's reading at `leverValue`.
    public var achieved: Double
    /// The search's resolution: `leverValue − step` (rounded like a lever) does not reach the
    /// goal (when reachable and above the range's bottom).
    public var step: Double
    /// The lever's searched range.
    public var range: ClosedRange<Double>
    public var paths: Int
    /// Every lever value the search ran and the target's reading there, by lever value.
    public var tried: [(lever: Double, reading: Double)]

    public static func == (a: Self, b: Self) -> Bool {
        a.goal == b.goal && a.reachable == b.reachable && a.leverValue == b.leverValue && a.achieved == b.achieved
            && a.step == b.step && a.range == b.range && a.paths == b.paths
            && a.tried.map(\.lever) == b.tried.map(\.lever) && a.tried.map(\.reading) == b.tried.map(\.reading)
    }
}

public enum GoalSeek {
    /// The lever values searched, as whole steps from the range's bottom: shares in 1-point
    /// steps over 0…100%, the budget in 2% of today's budget over 0…4× today's.
    public static func searchGrid(for lever: Lever, in scenario: Scenario) -> (range: ClosedRange<Double>, step: Double, count: Int) {
        if lever == .budget {
            let step = lever.steps(baseline: scenario.levers.budget).small
            return (0...step * 200, step, 201)
        }
        return (0...1, 0.01, 101)
    }

    /// Walks a coarse grid of the lever's range for the first value that reaches the goal,
    /// then halves the gap to the last one that does not, down to one step. Nil when
    /// `shouldStop` cut it short.
    public static func solve(_ goal: Goal, in scenario: Scenario, paths: Int? = nil, threads: Int? = nil,
                             shouldStop: @Sendable () -> Bool = { false }) throws -> GoalSeekResult? {
        try CommonRandomRuns.analyse(scenario, paths: paths, threads: threads, shouldStop: shouldStop) { runs in
            let grid = searchGrid(for: goal.lever, in: runs.base)
            // Rounded as the dashboard rounds a lever, so the answer applied is the answer found.
            func value(_ index: Int) -> Double { goal.lever.unit.rounded(grid.range.lowerBound + Double(index) * grid.step) }
            var readings: [Int: Double] = [:]
            func reading(_ index: Int) throws -> Double {
                if let known = readings[index] { return known }
                var levers = runs.base.levers
                levers[goal.lever] = value(index)
                let found = goal.target.reading(of: try runs.forecast(levers: levers))
                readings[index] = found
                return found
            }
            func result(_ index: Int, reachable: Bool) throws -> GoalSeekResult {
                GoalSeekResult(goal: goal, reachable: reachable, leverValue: value(index), achieved: try reading(index),
                               step: grid.step, range: grid.range, paths: runs.base.simulation.paths,
                               tried: readings.sorted { $0.key < $1.key }.map { (value($0.key), $0.value) })
            }
            let coarse = Array(stride(from: 0, to: grid.count - 1, by: (grid.count - 1) / 20)) + [grid.count - 1]
            var previous: Int?
            for index in coarse {
                if try reading(index) >= goal.value {
                    guard var low = previous else { return try result(index, reachable: true) }
                    var high = index
                    while high - low > 1 {
                        let middle = (low + high) / 2
                        if try reading(middle) >= goal.value { high = middle } else { low = middle }
                    }
                    return try result(high, reachable: true)
                }
                previous = index
            }
            let closest = readings.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            return try result(closest, reachable: false)
        }
    }
}
