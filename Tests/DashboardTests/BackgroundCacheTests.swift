import Foundation
import Synchronization
@testable import Dashboard
import Testing

@Suite("Background cache")
struct BackgroundCacheTests {
    struct Refused: Error, Equatable {}

    @Test func nothingRunsBeforeStartAndOnlyTheNewestInputIsComputed() {
        let computed = Mutex<[Int]>([])
        let cache = BackgroundCache<Int, Int>(label: "test") { input, _ in
            computed.withLock { $0.append(input) }
            return input * 10
        }
        cache.request(1)
        cache.request(2)
        Thread.sleep(forTimeInterval: 0.02)
        #expect(computed.withLock { $0 }.isEmpty, "work waits for start()")
        #expect(cache.isPending)
        cache.startAndWait()
        #expect(computed.withLock { $0 } == [2])
        #expect(cache.collect().map { try? $0.get() } == .some(20))
        #expect(cache.output == 20 && !cache.isPending)
        #expect(cache.collect() == nil, "an outcome is delivered once")
    }

    @Test func askingAgainForTheSameInputChangesNothing() {
        let cache = BackgroundCache<Int, Int>(label: "test") { input, _ in input }
        #expect(cache.request(1))
        cache.startAndWait()
        _ = cache.collect()
        #expect(!cache.request(1))
        #expect(cache.output == 1)
    }

    @Test func aNewerRequestStopsTheOlderWorkBetweenBlocksAndItsAnswerIsNeverDelivered() {
        let started = DispatchSemaphore(value: 0)
        let blocksRun = Mutex(0)
        let cache = BackgroundCache<Int, Int>(label: "test") { input, shouldStop in
            guard input == 1 else { return input }
            started.signal()
            // A long job in blocks, checking between them, as the Monte Carlo does.
            for _ in 0..<10_000 {
                if shouldStop() { return nil }
                blocksRun.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.001)
            }
            return input
        }
        cache.request(1)
        cache.start()
        started.wait()
        cache.request(2)
        cache.startAndWait()
        #expect(blocksRun.withLock { $0 } < 10_000, "the stale job stopped early")
        #expect(cache.collect().map { try? $0.get() } == .some(2))
    }

    @Test func anErrorIsDeliveredLikeAResultAndEndsTheWait() {
        let cache = BackgroundCache<Int, Int>(label: "test") { _, _ in throw Refused() }
        cache.request(1)
        cache.startAndWait()
        let outcome = cache.collect()
        #expect(throws: Refused.self) { try outcome?.get() }
        #expect(cache.failure is Refused)
        #expect(!cache.isPending, "a failure is an answer: nothing is waited for any more")
    }

    @Test func postponingStopsTheWorkInFlightAndRunsItAgainFromTheNextStart() {
        let started = DispatchSemaphore(value: 0)
        let runs = Mutex(0)
        let cache = BackgroundCache<Int, Int>(label: "test") { input, shouldStop in
            guard runs.withLock({ $0 += 1; return $0 }) == 1 else { return input }
            started.signal()
            while !shouldStop() { Thread.sleep(forTimeInterval: 0.001) }
            return nil
        }
        cache.request(1)
        cache.start()
        started.wait()
        cache.postpone()
        #expect(cache.isPending, "still wanted")
        cache.startAndWait()
        #expect(runs.withLock { $0 } == 2, "stopped once, then run again")
        #expect(cache.collect().map { try? $0.get() } == .some(1))
        cache.postpone()
        cache.startAndWait()
        #expect(runs.withLock { $0 } == 2, "a delivered output is not computed again")
    }

    @Test func settlingInTheForegroundStopsTheWorkInFlight() {
        let cache = BackgroundCache<Int, Int>(label: "test") { input, _ in input }
        cache.request(1)
        cache.settle(2, with: 7)
        cache.startAndWait()
        #expect(cache.collect() == nil, "the request for 1 was dropped")
        #expect(cache.input == 2 && cache.output == 7)
    }
}
