import Synchronization
import Testing
@testable import PushPullModel

/// Stale background work must end early, and a run that is not stopped must not notice the check.
@Suite("Stopping a run")
struct CancellationTests {
    @Test("A run asked to stop throws Stopped instead of returning partial figures")
    func stopsWhenAsked() {
        #expect(throws: MonteCarlo.Stopped.self) { try MonteCarlo.run(example(paths: 1_000), shouldStop: { true }) }
    }

    @Test("The check is made between blocks: a stop after the first block ends the run there")
    func stopsBetweenBlocks() throws {
        let checks = Atomic<Int>(0)
        #expect(throws: MonteCarlo.Stopped.self) {
            try MonteCarlo.run(example(paths: 1_000), threads: 1, shouldStop: { checks.add(1, ordering: .relaxed).newValue > 1 })
        }
        #expect(checks.load(ordering: .relaxed) == 2, "one check per block, and no block after the stop")
    }

    @Test("A run never stopped gives the same figures as one without the check")
    func unstoppedRunIsUnchanged() throws {
        let scenario = example(paths: 500)
        #expect(try MonteCarlo.run(scenario, shouldStop: { false }) == MonteCarlo.run(scenario))
    }
}
