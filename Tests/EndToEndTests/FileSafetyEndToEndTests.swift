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
        // The state folder is a file: the built-in example's journal cannot be made, whoever runs the test (root included).
        let notAFolder = folder.file("state")
        try "".write(toFile: notAFolder, atomically: true, encoding: .utf8)
        let session = try TmuxSession(environment: ["XDG_STATE_HOME": notAFolder], width: 120, height: 40)
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

extension FileSafetyEndToEndTests {
    @Test("Two windows on one plan: the second save is asked about (take theirs shows the first's move); each keeps its own journal")
    func twoWindowsOnOnePlan() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let plan = folder.file("plan.toml")
        try "format = 1\nname = \"Plan\"  # ours\n".write(toFile: plan, atomically: true, encoding: .utf8)
        let first = try TmuxSession([TmuxSession.pushpullBinary, plan], width: 120, height: 40)
        #expect(try first.waitFor(text: "Push 70%", timeout: Self.wait))
        let second = try TmuxSession([TmuxSession.pushpullBinary, plan], width: 120, height: 40)
        #expect(try second.waitFor(text: "Push 70%", timeout: Self.wait))
        #expect(try second.waitFor(text: "also open in another window", timeout: Self.wait), "\((try? second.capture()) ?? "")")

        try first.sendKeys("Right", "s")
        #expect(try first.waitFor(text: "saved to", timeout: Self.wait), "\((try? first.capture()) ?? "")")
        #expect(try String(contentsOfFile: plan, encoding: .utf8).contains("name = \"Plan\"  # ours"), "the comment kept")
        try second.sendKeys("Down", "Right")
        #expect(try second.waitFor(text: "€255k/mo", timeout: Self.wait))
        try second.sendKeys("s")
        #expect(try second.waitFor(text: "y = keep mine, t = take theirs, S = save as", timeout: Self.wait), "\((try? second.capture()) ?? "")")
        try second.sendKeys("t")
        #expect(try second.waitFor(text: "Push 71%", timeout: Self.wait), "the first window's move, taken")

        // The first window moves again and is killed: the second window's start and quit leave its journal alone.
        try first.sendKeys("Right")
        #expect(try first.waitFor(text: "Push 72%", timeout: Self.wait))
        try second.sendKeys("q")
        #expect(try second.waitForExit(timeout: Self.wait) == 0)
        try first.signal(SIGKILL)
        #expect(try first.waitFor(text: "EXIT=137", timeout: Self.wait))
        let third = try TmuxSession([TmuxSession.pushpullBinary, plan], width: 120, height: 40)
        #expect(try third.waitFor(text: "Recover them?", timeout: Self.wait), "\((try? third.capture()) ?? "")")
        try third.sendKeys("y", "Enter")
        #expect(try third.waitFor(text: "Push 72%", timeout: Self.wait))
    }
}
