import Testing
@testable import PushPullModel
import TestSupport

/// The eight-lane simulator against its oracle, the one-path `PathSimulator`: every outcome, every
/// monthly series value and every sum the same bits, over random scenarios and path counts that
/// leave the last batch of lanes part empty.
@Suite("Lane simulator equals the scalar reference")
struct LaneSimulatorTests {
    /// What a set of paths leaves behind: outcomes, series and sums as bit patterns.
    struct Run: Equatable {
        var outcomes: [[UInt64]] = []
        var series: [UInt64] = []
        var sums: [UInt64] = []
    }

    static func bits(_ outcome: PathOutcome) -> [UInt64] {
        [outcome.periodBookings, outcome.nextQuarterBookings, outcome.lowestCash, outcome.openPipelineValueAtQuarterEnd,
         outcome.netNewARR, outcome.journeysByChannel.x, outcome.journeysByChannel.y, outcome.journeysByChannel.z,
         outcome.opportunities, outcome.executiveOpportunities].map(\.bitPattern)
    }

    /// Where two bit-pattern lists first differ (a short message instead of both lists).
    static func firstDifference(_ a: [UInt64], _ b: [UInt64]) -> String? {
        guard a.count == b.count else { return "\(a.count) values against \(b.count)" }
        guard let index = a.indices.first(where: { a[$0] != b[$0] }) else { return nil }
        return "at \(index): \(Double(bitPattern: a[index])) against \(Double(bitPattern: b[index]))"
    }

    /// Runs `paths` paths one by one (`lanes` false) or eight at a time, into one block's sums.
    static func run(_ scenario: Scenario, paths: Int, lanes: Bool) -> Run {
        let drivers = MonthlyDrivers(scenario: scenario)
        let reference = PathSimulator(scenario: scenario, drivers: drivers)
        let horizon = scenario.simulation.horizonMonths, kinds = Series.allCases.count
        let sums = MonthlySums(months: horizon, stages: scenario.stages.count)
        var values = [Double](repeating: .nan, count: paths * horizon * kinds)
        var outcomes = [PathOutcome](repeating: PathOutcome(), count: paths)
        values.withUnsafeMutableBufferPointer { buffer in
            func series(_ path: Int) -> PathSeries {
                PathSeries(pointers: Series.allCases.map { buffer.baseAddress! + (path * kinds + $0.rawValue) * horizon }, stride: 1)
            }
            if lanes {
                let simulator = LaneSimulator(reference: reference)
                for first in stride(from: 0, to: paths, by: Lanes.scalarCount) {
                    let active = min(Lanes.scalarCount, paths - first)
                    simulator.run(firstPath: first, active: active, series: (0..<active).map { series(first + $0) },
                                  sums: sums) { lane, outcome in outcomes[first + lane] = outcome }
                }
            } else {
                for path in 0..<paths { outcomes[path] = reference.run(path: path, series: series(path), sums: sums) }
            }
        }
        return Run(outcomes: outcomes.map(bits), series: values.map(\.bitPattern),
                   sums: (Array(sums.totals) + Array(sums.pipeline) + Array(sums.flows)).map(\.bitPattern))
    }

    @Test("Bit for bit on 150 random scenarios, 1 to 29 paths")
    func randomScenarios() {
        var rng = SeededGenerator(state: 15)
        for index in 0..<150 {
            let scenario = randomScenario(&rng)
            let paths = 1 + index % 29
            let reference = Self.run(scenario, paths: paths, lanes: false)
            let lanes = Self.run(scenario, paths: paths, lanes: true)
            #expect(Self.firstDifference(lanes.outcomes.flatMap { $0 }, reference.outcomes.flatMap { $0 }) == nil,
                    "scenario \(index): outcomes")
            #expect(Self.firstDifference(lanes.series, reference.series) == nil, "scenario \(index): series")
            #expect(Self.firstDifference(lanes.sums, reference.sums) == nil, "scenario \(index): sums")
        }
    }

    @Test("Bit for bit on the example, whose stages are busy enough for both draw methods")
    func example() {
        let scenario = PushPullModelTests.example(paths: 45)
        #expect(Self.run(scenario, paths: 45, lanes: true) == Self.run(scenario, paths: 45, lanes: false))
    }

    @Test("Lane binomials equal the scalar draw lane by lane, both methods, the table's edges and sure outcomes included")
    func laneBinomials() {
        var rng = SeededGenerator(state: 17)
        let tables = DrawTables.shared
        for _ in 0..<20_000 {
            var n = LaneCounts(), p = Lanes(), u = Lanes()
            for lane in 0..<Lanes.scalarCount {
                // Counts from empty to large, probabilities with ties at 0, ½ and 1, uniforms into the tails.
                n[lane] = Int64([0, 1, 3, 12, 17, 40, 300, 5_000, 200_000].randomElement(using: &rng)!
                                + Int.random(in: 0...2, using: &rng))
                p[lane] = [0, 0.5, 1, 1e-6, Double.random(in: 0...1, using: &rng), Double.random(in: 0...0.05, using: &rng),
                           Double.random(in: 0.95...1, using: &rng)].randomElement(using: &rng)!
                u[lane] = Bool.random(using: &rng) ? Double.random(in: 0.0001...0.9999, using: &rng)
                    : [1e-9, 0.0005, 0.9995, 1 - 1e-9].randomElement(using: &rng)!
            }
            let lanes = tables.binomial(n, p) { u }
            for lane in 0..<Lanes.scalarCount {
                let scalar = tables.binomial(Int(n[lane]), p[lane], u[lane])
                #expect(lanes[lane] == Int64(scalar), "n \(n[lane]) p \(p[lane]) u \(u[lane])")
                if lanes[lane] != Int64(scalar) { return }
            }
        }
    }

    @Test("The same forecast on 1, 2 and 3 threads, with a last block and batch part empty")
    func threads() throws {
        var rng = SeededGenerator(state: 16)
        for _ in 0..<5 {
            var scenario = randomScenario(&rng)
            scenario.simulation.paths = 2 * MonteCarlo.blockSize + 13
            let one = try MonteCarlo.run(scenario, threads: 1)
            #expect(try MonteCarlo.run(scenario, threads: 2) == one)
            #expect(try MonteCarlo.run(scenario, threads: 3) == one)
        }
    }
}
