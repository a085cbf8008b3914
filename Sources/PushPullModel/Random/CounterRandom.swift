/// A counter-based random source: every draw is a pure function of
/// (seed, path, month, slot). That gives two properties the dashboard needs:
/// - **common random numbers**: the baseline and a what-if read the same uniforms
///   for the same flow, so a small lever move gives a small, steady change;
/// - **determinism whatever the thread count**: no generator state is shared or
///   advanced in an order that depends on scheduling.
/// The mixer is SplitMix64's finaliser, which passes BigCrush when fed a counter.
public struct CounterRandom: Sendable {
    /// What every draw of the path mixes with its counter.
    let pathKey: UInt64

    public init(seed: UInt64, path: Int) {
        pathKey = Self.mix(seed &+ Self.mix(UInt64(truncatingIfNeeded: path) &+ 0x632B_E59B_D9B4_E019))
    }

    /// A uniform in the open interval (0, 1) for this path's `month` and `slot`.
    @inline(__always)
    public func uniform(month: Int, slot: Int) -> Double {
        // SplitMix64: the finaliser of key + counter · golden gamma. One mix per draw.
        let bits = Self.mix(pathKey &+ Self.counter(month: month, slot: slot) &* 0x9E37_79B9_7F4A_7C15)
        // 52 bits plus a half: exactly representable, so never 0 and never 1.
        return (Double(bits >> 12) + 0.5) * 0x1.0p-52
    }

    @inline(__always)
    static func counter(month: Int, slot: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: month) << 24 | UInt64(truncatingIfNeeded: slot)
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The uniforms of eight consecutive paths at once: lane by lane the bits of `CounterRandom`.
struct LaneRandom {
    private let pathKeys: SIMD8<UInt64>

    init(seed: UInt64, firstPath: Int) {
        var keys = SIMD8<UInt64>()
        for lane in 0..<Lanes.scalarCount { keys[lane] = CounterRandom(seed: seed, path: firstPath + lane).pathKey }
        pathKeys = keys
    }

    @inline(__always)
    func uniforms(month: Int, slot: Int) -> Lanes {
        var z = pathKeys &+ (CounterRandom.counter(month: month, slot: slot) &* 0x9E37_79B9_7F4A_7C15 &+ 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z &>> 31
        // The top 52 bits as a double without a conversion: exact below 2^52 (see `Lanes(counts:)`).
        let fraction = Lanes(counts: unsafeBitCast(z &>> 12, to: LaneCounts.self))
        return (fraction + 0.5) * 0x1.0p-52
    }
}
