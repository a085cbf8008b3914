import Foundation
import Testing
import TestSupport

/// Nothing lost silently: what the dashboard says when a file or its journal cannot be trusted.
@Suite("File safety end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct FileSafetyEndToEndTests {
    static let wait = Duration.seconds(15)

    @Test("A journal that cannot be written is said on screen from the start, and again at exit without a misleading reason")
    func unwritableJournal() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let plan = folder.file("plan.toml")
        try "format = 1\nname = \"Plan\"\n".write(toFile: plan, atomically: true, encoding: .utf8)
        // A folder where the journal goes: it cannot be opened for writing, whoever runs the test (root included).
        try FileManager.default.createDirectory(atPath: folder.file(".plan.toml.pushpull-journal"), withIntermediateDirectories: false)
        let session = try TmuxSession([TmuxSession.pushpullBinary, plan], width: 120, height: 40)
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait))
        #expect(try session.waitFor(text: "moves are not kept against a crash", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        try session.sendKeys("q")
        #expect(try session.waitFor(text: "quit anyway?", timeout: Self.wait))
        try session.sendKeys("y")
        #expect(try session.waitForExit(timeout: Self.wait) == 0)
        let screen = try session.capture()
        #expect(screen.contains("moves are not kept against a crash"))
        #expect(!screen.contains("was the journal started"))
    }
}
