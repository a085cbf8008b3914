/// The draws of `DrawTables` for eight lanes at once, lane by lane the same value as the scalar
/// draw: the same operations in the same order, on vectors. Lanes whose draw is rare and
/// branchy (a normal quantile in the tails, a no-success probability by logarithms) take the
/// scalar routine, one lane at a time.
extension DrawTables {
    /// `binomial(_:_:_:)` for eight lanes. The uniforms are made only when some lane needs one.
    @inline(__always)
    func binomial(_ n: LaneCounts, _ p: Lanes, _ uniforms: () -> Lanes) -> LaneCounts {
        let none = (n .<= LaneCounts()) .| (p .<= 0)
        let all = p .>= 1
        let drawn = .!(none .| all)
        guard anyLane(drawn) else { return all.select(n, else: LaneCounts()) }
        let u = uniforms()
        let flip = p .> 0.5
        let q = flip.select(1 - p, else: p)
        let v = flip.select(1 - u, else: u)
        let count = Lanes(counts: n)
        let mean = count * q
        let variance = mean * (1 - q)
        let shaped = variance .> Self.exactWalkVariance
        var k = LaneCounts()
        if anyLane(drawn .& shaped) {
            k = cornishFisher(count, q, v, mean: mean, variance: variance)
        }
        let walking = drawn .& .!shaped
        if anyLane(walking) {
            k = walking.select(walk(n, count, q, v, mean: mean, walking: walking), else: k)
        }
        return none.select(LaneCounts(), else: all.select(n, else: flip.select(n &- k, else: k)))
    }

    /// The normal-shape branch of `rareOutcomes`: a table quantile and the Cornish–Fisher term.
    @inline(__always)
    private func cornishFisher(_ count: Lanes, _ q: Lanes, _ u: Lanes, mean: Lanes, variance: Lanes) -> LaneCounts {
        // `normal(_:)`: the table with linear interpolation, the exact formula at the edges.
        let position = u * Double(Self.quantileCount)
        let index = position.truncatedCounts()
        let fraction = position - Lanes(counts: index)
        let low = Lanes(quantiles, at: index), high = Lanes(quantiles + 1, at: index)
        var z = low + (high - low) * fraction
        let inTable = (u .> Self.tableEdge) .& (u .< 1 - Self.tableEdge)
        if !everyLane(inTable) {
            for lane in 0..<Lanes.scalarCount where !inTable[lane] { z[lane] = Distributions.normalQuantile(u[lane]) }
        }
        let bend = (1 - 2 * q) / 3
        let sd = variance.squareRoot()
        z = ((z .< -2) .& (bend .> 0)).select(laneMax(z, -sd / bend), else: z)
        let k = mean + sd * z + (1 - 2 * q) * (z * z - 1) / 6
        return (laneMin(count, laneMax(Lanes(repeating: 0), k)) + 0.5).truncatedCounts()
    }

    /// The exact CDF walk of `rareOutcomes`, every walking lane one step at a time: the lanes
    /// still walking have all taken the same number of steps, so each step reads one reciprocal.
    /// Every lane computes every step, unchosen: a lane that has stopped keeps its count, and what
    /// it computes after that is never read.
    @inline(__always)
    private func walk(_ n: LaneCounts, _ count: Lanes, _ q: Lanes, _ u: Lanes, mean: Lanes, walking: LaneMask) -> LaneCounts {
        let odds = q / (1 - q)
        var probability = noSuccess(n, q, walking: walking)
        var cumulative = probability
        var k = LaneCounts()
        var active = walking .& (cumulative .< u) .& (k .< n)
        var step = 0
        while anyLane(active) {
            let reciprocal = step < Self.reciprocalCount ? reciprocals[step] : 1 / Double(step + 1)
            // Double(n − k) is exact, so it is the count less the steps taken.
            probability = probability * ((count - Double(step)) * odds * reciprocal)
            step += 1
            k &-= active.bits  // one more where walking (a set lane is −1)
            cumulative += probability
            let vanished = (probability .< 1e-300) .& (Lanes(repeating: Double(step)) .> mean)
            active = active .& .!vanished .& (cumulative .< u) .& (k .< n)
        }
        return k
    }

    /// `noSuccess` for the walking lanes: the small counts' products side by side, the rest by logarithms one lane at a time.
    @inline(__always)
    private func noSuccess(_ n: LaneCounts, _ q: Lanes, walking: LaneMask) -> Lanes {
        let small = n .<= LaneCounts(repeating: 16)
        let miss = 1 - q
        var power = Lanes(repeating: 1)
        let counts = (walking .& small).select(n, else: LaneCounts())
        var rounds: Int64 = 0
        for lane in 0..<Lanes.scalarCount { rounds = Swift.max(rounds, counts[lane]) }
        for round in 0..<rounds {
            power = (LaneCounts(repeating: round) .< n).select(power * miss, else: power)
        }
        let large = walking .& .!small
        if anyLane(large) {
            for lane in 0..<Lanes.scalarCount where large[lane] {
                power[lane] = Self.noSuccess(Int(truncatingIfNeeded: n[lane]), q[lane])
            }
        }
        return power
    }
}
