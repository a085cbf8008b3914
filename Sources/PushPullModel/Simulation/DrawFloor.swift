/// The draws of a batch of paths, as `LaneSimulator` asked for them: what `DrawFloor` replays.
/// Written by the one thread that records (forecasts have none), so unchecked Sendable.
final class DrawLog: @unchecked Sendable {
    struct Draw {
        /// Counts and probabilities of the eight lanes (for a deal-size normal, the lanes' deal counts).
        var n: LaneCounts
        var p: Lanes
        var month: Int
        var slot: Int
    }

    var binomials: [Draw] = []
    var normals: [Draw] = []
}

/// The floor under the model's speed: a loop doing exactly the draws a forecast does (the same
/// binomials with the same counts, probabilities and uniforms, the same deal-size quantiles)
/// and none of the pipeline around them. The benchmark prints the model's time over this one's.
public struct DrawFloor {
    private let reference: PathSimulator
    private let binomials: [DrawLog.Draw]
    private let normals: [DrawLog.Draw]
    /// Path-months one replay stands for.
    public let pathMonths: Int

    /// Records the draws of the scenario's first eight paths.
    public init(_ scenario: Scenario) throws {
        let scenario = try scenario.validated()
        reference = PathSimulator(scenario: scenario, drivers: MonthlyDrivers(scenario: scenario))
        let log = DrawLog()
        let horizon = scenario.simulation.horizonMonths
        let sink = UnsafeMutableBufferPointer<Double>.allocate(capacity: Series.allCases.count)
        defer { sink.deallocate() }
        let series = PathSeries(pointers: Series.allCases.map { sink.baseAddress! + $0.rawValue }, stride: 0)
        LaneSimulator(reference: reference, log: log).run(
            firstPath: 0, active: Lanes.scalarCount, series: Array(repeating: series, count: Lanes.scalarCount),
            sums: MonthlySums(months: horizon, stages: scenario.stages.count)) { _, _ in }
        binomials = log.binomials
        normals = log.normals
        pathMonths = Lanes.scalarCount * horizon
    }

    /// Draws per path-month: binomials (lanes that needed a uniform) and deal-size quantiles.
    public var drawsPerPathMonth: (binomials: Double, normals: Double) {
        func lanes(_ draws: [DrawLog.Draw], _ needed: (Int64, Double) -> Bool) -> Double {
            Double(draws.reduce(0) { sum, draw in sum + (0..<Lanes.scalarCount).filter { needed(draw.n[$0], draw.p[$0]) }.count })
                / Double(pathMonths)
        }
        return (lanes(binomials) { n, p in n > 0 && p > 0 && p < 1 }, lanes(normals) { n, _ in n > 0 })
    }

    /// The draws eight lanes at a time, as `LaneSimulator` makes them; returns a checksum of the counts.
    public func lanes() -> Int {
        let random = LaneRandom(seed: reference.scenario.simulation.seed, firstPath: 0)
        var total = LaneCounts()
        for draw in binomials {
            total &+= reference.draws.binomial(draw.n, draw.p) { random.uniforms(month: draw.month, slot: draw.slot) }
        }
        var z = Lanes()
        for draw in normals {
            let u = random.uniforms(month: draw.month, slot: draw.slot)
            for lane in 0..<Lanes.scalarCount where draw.n[lane] > 0 { z[lane] += reference.draws.normal(u[lane]) }
        }
        return Int(total.wrappedSum()) &+ Int(z.sum())
    }

    /// The same draws one path at a time, as `PathSimulator` makes them (uniform drawn only when needed).
    public func scalar() -> Int {
        let seed = reference.scenario.simulation.seed
        let random = (0..<Lanes.scalarCount).map { CounterRandom(seed: seed, path: $0) }
        var total = 0, z = 0.0
        for lane in 0..<Lanes.scalarCount {
            for draw in binomials {
                let n = Int(draw.n[lane]), p = draw.p[lane]
                if n <= 0 || p <= 0 { continue }
                total &+= p >= 1 ? n : reference.draws.binomial(n, p, random[lane].uniform(month: draw.month, slot: draw.slot))
            }
            for draw in normals where draw.n[lane] > 0 {
                z += reference.draws.normal(random[lane].uniform(month: draw.month, slot: draw.slot))
            }
        }
        return total &+ Int(z)
    }
}
