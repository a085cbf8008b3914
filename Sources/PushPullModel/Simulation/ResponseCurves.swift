import Foundation

/// The shapes that turn money and levers into effects. Pure functions, each
/// named after the idea it carries, so tests can hold them one by one.
public enum ResponseCurves {
    /// Geometric adstock: this month's spend plus what is left of last month's effect.
    @inline(__always)
    public static func adstock(spend: Double, previous: Double, carryover: Double) -> Double {
        spend + carryover * previous
    }

    /// Hill saturation in [0, 1). With shape 1 doubling spend never doubles the
    /// effect; with shape above 1 the curve is an S: small spend is below the
    /// threshold where it starts to work, and past the bend returns diminish.
    @inline(__always)
    public static func hill(_ level: Double, halfSaturation: Double, shape: Double) -> Double {
        guard level > 0 else { return 0 }
        let x = pow(level / halfSaturation, shape)
        return x / (1 + x)
    }

    /// A yearly hazard as a monthly probability.
    @inline(__always)
    public static func monthly(yearly rate: Double) -> Double {
        1 - exp(-rate / 12)
    }

    /// Win-rate factor of the moment of the meeting: 1 at the best moment, lower
    /// when sellers come too early (the buyer is irritated, not ready) or too late
    /// (the solution is already framed by someone else).
    public static func handoffFactor(_ handoff: Double, best: Double, earlyPenalty: Double, latePenalty: Double) -> Double {
        if handoff < best {
            let distance = (best - handoff) / best
            return 1 - earlyPenalty * distance * distance
        }
        let distance = (handoff - best) / (1 - best)
        return 1 - latePenalty * distance * distance
    }

    /// Share of the buying group the two motions reach: a seller alone meets one or two
    /// people; outbound and inbound together reach more of the group (the synergy of
    /// top-down and bottom-up). Senior focus acts on the push win rate, not here.
    public static func buyingGroupReach(pushEffect: Double, pullEffect: Double, groupSize: Double) -> Double {
        let people = 1.5 + 3 * (pushEffect * pullEffect).squareRoot()
        return min(1, people / groupSize)
    }

    /// Buyer pressure in [0, 1]: push intensity, an early first contact and quota pressure.
    public static func buyerPressure(pushShare: Double, handoff: Double, bestHandoff: Double, quotaPressure: Double) -> Double {
        let early = max(0, (bestHandoff - handoff) / bestHandoff)
        return min(1, 0.4 * pushShare + 0.3 * early + 0.3 * quotaPressure)
    }
}
