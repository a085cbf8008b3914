/// Eight paths side by side, one lane per path: the shape `LaneSimulator` computes in. Every
/// operation here gives, lane by lane, the bits the scalar code gives (IEEE +, −, ×, ÷ and √ are
/// exact-rounded whatever the vector width, and Swift never fuses a multiply and an add).
typealias Lanes = SIMD8<Double>
/// Counts of eight paths (Int64, not Int, so their masks are those of `Lanes`).
typealias LaneCounts = SIMD8<Int64>
typealias LaneMask = SIMDMask<SIMD8<Int64>>

/// 2^52: below it, a double's low 52 bits hold an integer added to it exactly.
private let twoTo52 = 0x1.0p52
private let twoTo52Bits: Int64 = 0x4330_0000_0000_0000

extension SIMD8 where Scalar == Double {
    /// The counts as doubles, exact for 0 ≤ count < 2^52 (every count the model holds, see
    /// `ModelLimits`): a bit-pattern trick instead of eight scalar conversions. Lanes outside that
    /// range hold garbage, never a trap.
    @inline(__always)
    init(counts: LaneCounts) {
        self = unsafeBitCast(counts | LaneCounts(repeating: twoTo52Bits), to: Lanes.self) - twoTo52
    }

    /// The lanes rounded toward zero to counts, exact for 0 ≤ value < 2^51 like `Int(value)`:
    /// the nearest whole number, less one where that is above, read from the bits of it + 2^52.
    /// Other lanes hold garbage, never a trap (`Int(_:)` checks every lane, and the base x86-64
    /// instruction set has no vector truncation).
    @inline(__always)
    func truncatedCounts() -> LaneCounts {
        let nearest = (self + twoTo52) - twoTo52
        let truncated = (nearest .> self).select(nearest - 1, else: nearest)
        return unsafeBitCast(truncated + twoTo52, to: LaneCounts.self) & LaneCounts(repeating: 1 << 52 - 1)
    }
}

extension SIMDMask where Storage == LaneCounts {
    /// `yes` in the lanes set, `no` in the others. For counts, by bit masks: the standard
    /// library's `replacing(with:where:)` on integers is a loop over lanes through memory.
    @inline(__always)
    func select(_ yes: LaneCounts, else no: LaneCounts) -> LaneCounts {
        let bits = unsafeBitCast(self, to: LaneCounts.self)
        return (yes & bits) | (no & ~bits)
    }

    /// For doubles the standard library's choice compiles to one blend of the comparison
    /// (measured: bit masks on doubles cost ~40% more per draw).
    @inline(__always)
    func select(_ yes: Lanes, else no: Lanes) -> Lanes {
        no.replacing(with: yes, where: self)
    }
}

extension SIMDMask where Storage == LaneCounts {
    // The lanes' masks combined as the integer bits they are stored as. The standard library's
    // generic operators go through a packed mask and back on AVX2 (measured: about a third of
    // the CDF walk's instructions); these more specific ones are what the model's code picks.
    @inline(__always)
    static func .& (a: Self, b: Self) -> Self { Self(bits: a.bits & b.bits) }

    @inline(__always)
    static func .| (a: Self, b: Self) -> Self { Self(bits: a.bits | b.bits) }

    @inline(__always)
    static prefix func .! (a: Self) -> Self { Self(bits: ~a.bits) }

    @inline(__always)
    var bits: LaneCounts { unsafeBitCast(self, to: LaneCounts.self) }

    @inline(__always)
    init(bits: LaneCounts) { self = unsafeBitCast(bits, to: Self.self) }
}

/// `Swift.min(x, y)` lane by lane (`y < x ? y : x`), so ties and signed zeros come out as in the scalar code.
@inline(__always)
func laneMin(_ x: Lanes, _ y: Lanes) -> Lanes { (y .< x).select(y, else: x) }

/// `Swift.max(x, y)` lane by lane (`y >= x ? y : x`).
@inline(__always)
func laneMax(_ x: Lanes, _ y: Lanes) -> Lanes { (y .>= x).select(y, else: x) }

extension SIMD8 where Scalar == Double {
    /// Eight values read at the lanes' indices (a gather built in registers, not lane by lane through memory).
    @inline(__always)
    init(_ table: UnsafePointer<Double>, at index: LaneCounts) {
        self.init(table[Int(truncatingIfNeeded: index[0])], table[Int(truncatingIfNeeded: index[1])],
                  table[Int(truncatingIfNeeded: index[2])], table[Int(truncatingIfNeeded: index[3])],
                  table[Int(truncatingIfNeeded: index[4])], table[Int(truncatingIfNeeded: index[5])],
                  table[Int(truncatingIfNeeded: index[6])], table[Int(truncatingIfNeeded: index[7])])
    }
}

extension SIMD8 where Scalar == Int64 {
    /// The sum of the first `active` lanes.
    @inline(__always)
    func sum(ofFirst active: Int) -> Int64 {
        active == Self.scalarCount ? wrappedSum() : (0..<active).reduce(0) { $0 + self[$1] }
    }
}

/// Whether any lane is set: an OR of the lanes (the standard library's `any` is a generic
/// reduction that stays a call in the hot loop).
@inline(__always)
func anyLane(_ mask: LaneMask) -> Bool {
    let bits = unsafeBitCast(mask, to: LaneCounts.self)
    return (bits[0] | bits[1] | bits[2] | bits[3] | bits[4] | bits[5] | bits[6] | bits[7]) != 0
}

/// Whether every lane is set.
@inline(__always)
func everyLane(_ mask: LaneMask) -> Bool { !anyLane(.!mask) }
