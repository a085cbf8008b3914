import Foundation
import TestSupport
import Testing

/// The end-to-end tests' child processes: a hung child fails its test instead of hanging the suite.
@Suite struct ChildProcessTests {
    @Test func aChildStillRunningAfterItsHangLimitIsKilledAndReported() throws {
        let failure = try #require(throws: ChildProcess.Failure.self) {
            try ChildProcess.run("/bin/sleep", ["60"], hangLimit: .seconds(1))
        }
        #expect(failure.description.contains("/bin/sleep 60 still ran after"))
    }

    @Test func aChildThatEndsInTimeGivesItsStatusAndOutput() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"], hangLimit: .seconds(60))
        #expect(result.status == 3 && result.output == "out\n" && result.errors == "err\n")
    }
}
