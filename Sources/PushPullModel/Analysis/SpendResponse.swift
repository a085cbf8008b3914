import Foundation

/// Where go-to-market money goes: the push side, and the pull side's two channels.
public enum SpendChannel: String, CaseIterable, Sendable, Codable {
    case push, content, partners

    public var label: String {
        switch self {
        case .push: "Push (sellers, outbound)"
        case .content: "Pull: content"
        case .partners: "Pull: partners"
        }
    }

    /// Today's monthly spend on the channel.
    public func spend(_ levers: Levers) -> Double {
        let push = levers.budget * levers.pushShare, pull = levers.budget - push
        switch self {
        case .push: return push
        case .content: return pull * (1 - levers.partnerShare)
        case .partners: return pull * levers.partnerShare
        }
    }

    /// The levers with `extra` a month more on this channel and the others' spend unchanged.
    public func levers(_ levers: Levers, adding extra: Double) -> Levers {
        var spend = Dictionary(uniqueKeysWithValues: Self.allCases.map { ($0, $0.spend(levers)) })
        spend[self, default: 0] += extra
        var moved = levers
        moved.budget = levers.budget + extra
        let pull = spend[.content]! + spend[.partners]!
        moved.pushShare = moved.budget > 0 ? spend[.push]! / moved.budget : levers.pushShare
        moved.partnerShare = pull > 0 ? spend[.partners]! / pull : levers.partnerShare
        return moved
    }

    /// The channel's Hill curve: half saturation and carry-over.
    func curve(_ response: Response) -> (halfSaturation: Double, carryover: Double) {
        switch self {
        case .push: (response.pushHalfSaturation, response.pushCarryover)
        case .content: (response.pullHalfSaturation, response.pullCarryover)
        case .partners: (response.partnerHalfSaturation, response.pullCarryover)
        }
    }
}

/// What the next slice of budget buys on one channel, over the same paths as today's plan.
public struct MarginalReturn: Equatable, Sendable {
    /// Extra spend per month.
    public var extraPerMonth: Double
    /// Change in horizon ARR P50.
    public var arrGain: Double
    /// Change in period bookings P50.
    public var bookingsGain: Double
    /// Horizon ARR gained per unit of extra money spent over the horizon.
    public var arrPerMoney: Double
}

/// One channel's effect (0…1 of its full effect) against steady monthly spend.
public struct ResponseCurve: Equatable, Sendable {
    public var channel: SpendChannel
    /// Monthly spends from 0 up, evenly spaced, and the effect each settles at.
    public var spends: [Double]
    public var effects: [Double]
    public var todaySpend: Double
    public var todayEffect: Double
    /// The monthly spend that reaches 90% of the full effect: past it, money buys little.
    public var saturationSpend: Double
    public var marginal: MarginalReturn
}

/// The response curves and where seller capacity binds.
public struct SpendResponse: Equatable, Sendable {
    public var curves: [ResponseCurve]
    /// The slice of budget the marginal returns add (10%).
    public var slice: Double
    /// Deals waiting for a seller in the worst month of today's plan (mean over paths).
    public var mostWaitingForSeller: Double
    /// The first month more than one deal waits for a seller; nil when capacity never binds.
    public var capacityBindsFromMonth: Int?
    public var paths: Int

    /// The effect steady spend settles at: Hill of the carried-over level spend / (1 − λ).
    public static func effect(spend: Double, channel: SpendChannel, response: Response) -> Double {
        let curve = channel.curve(response)
        return ResponseCurves.hill(spend / (1 - curve.carryover), halfSaturation: curve.halfSaturation,
                                   shape: response.saturationShape)
    }

    /// The steady spend at which the effect reaches `share` of its full effect.
    static func spend(reachingEffect share: Double, channel: SpendChannel, response: Response) -> Double {
        let curve = channel.curve(response)
        let level = curve.halfSaturation * pow(share / (1 - share), 1 / response.saturationShape)
        return level * (1 - curve.carryover)
    }

    /// The curves of `scenario` with the marginal return of `slice` of the budget on each
    /// channel; nil when `shouldStop` cut it short.
    public static func run(_ scenario: Scenario, slice: Double = 0.10, points: Int = 41, paths: Int? = nil,
                           threads: Int? = nil, shouldStop: @Sendable () -> Bool = { false }) throws -> SpendResponse? {
        try CommonRandomRuns.analyse(scenario, paths: paths, threads: threads, shouldStop: shouldStop) { runs in
            let levers = runs.base.levers, response = runs.base.response
            let today = try runs.forecast()
            let extra = levers.budget * slice
            let months = Double(runs.base.simulation.horizonMonths)
            let curves = try SpendChannel.allCases.map { channel in
                let todaySpend = channel.spend(levers)
                let saturation = spend(reachingEffect: 0.9, channel: channel, response: response)
                let top = max(2 * todaySpend, 1.2 * saturation, 1)
                let spends = (0..<points).map { top * Double($0) / Double(max(1, points - 1)) }
                let more = try runs.forecast(levers: channel.levers(levers, adding: extra))
                let arrGain = more.arrAtHorizon.p50 - today.arrAtHorizon.p50
                return ResponseCurve(
                    channel: channel, spends: spends,
                    effects: spends.map { effect(spend: $0, channel: channel, response: response) },
                    todaySpend: todaySpend, todayEffect: effect(spend: todaySpend, channel: channel, response: response),
                    saturationSpend: saturation,
                    marginal: MarginalReturn(extraPerMonth: extra, arrGain: arrGain,
                                             bookingsGain: more.periodBookings.p50 - today.periodBookings.p50,
                                             arrPerMoney: extra > 0 ? arrGain / (extra * months) : 0))
            }
            let waiting = today.months.map(\.meanWaitingForSeller)
            return SpendResponse(curves: curves, slice: slice, mostWaitingForSeller: waiting.max() ?? 0,
                                 capacityBindsFromMonth: waiting.firstIndex { $0 > 1 }.map { $0 + 1 },
                                 paths: runs.base.simulation.paths)
        }
    }
}
