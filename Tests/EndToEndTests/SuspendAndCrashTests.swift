import Foundation
import Testing
import TestSupport

/// The terminal survives what a meeting throws at it: Ctrl-Z and fg, Ctrl-C,
/// and the program crashing under a signal.
@Suite("Suspend, interrupt and crash", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct SuspendAndCrashTests {
    static let wait = Duration.seconds(15)

    @Test("Ctrl-Z gives the shell back with the screen restored; fg redraws the dashboard")
    func suspendAndResume() throws {
        // An interactive shell, so there is job control to stop and resume the program.
        let session = try TmuxSession(["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "$ "], width: 100, height: 30)
        try session.type("\(TmuxSession.quoted(TmuxSession.pushpullBinary))")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait))
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        try session.sendKeys("C-z")
        #expect(try session.waitFor(text: "Stopped", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.alternateScreenOn() == false)
        try session.type("fg")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait), "redrawn after fg, the moved lever kept")
        #expect(try session.alternateScreenOn())
        // ncurses flushes pending input as it resumes, and the shell's `fg` races with
        // it: a key typed in that instant may be dropped. `r` (reset to baseline) is
        // idempotent, so it can be repeated until one lands without overshooting.
        let keysWork = try session.waitUntil(timeout: Self.wait) {
            try session.sendKeys("r")
            return try session.waitFor(text: "Push 70%", timeout: .seconds(1))
        }
        #expect(keysWork, "keys still work after resuming:\n\((try? session.capture()) ?? "")")
        try session.sendKeys("q")
        #expect(try session.waitUntil(timeout: Self.wait) { try session.alternateScreenOn() == false })
    }

    @Test("Ctrl-C ends the dashboard and restores the terminal; unsaved moves stay in the journal")
    func interrupt() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let home = temporary.url
        let session = try TmuxSession(environment: ["XDG_STATE_HOME": home.path])
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait))
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        try session.sendKeys("C-c")
        #expect(try session.waitForExit(timeout: Self.wait) == 130)
        #expect(try session.alternateScreenOn() == false)
        #expect(try session.echoIsOn())
        #expect(try session.capture().contains("unsaved lever changes were kept"))
        let journal = home.appendingPathComponent("pushpull/built-in.pushpull-journal")
        #expect(try String(contentsOf: journal, encoding: .utf8).contains("pushShare 0.71"))
    }

    @Test("A crash signal restores the terminal and still ends the process with that signal", arguments: [SIGSEGV, SIGABRT, SIGBUS])
    func crash(signal: Int32) throws {
        let session = try TmuxSession()
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait))
        try session.signal(signal)
        #expect(try session.waitForExit(timeout: Self.wait) == 128 + signal)
        #expect(try session.alternateScreenOn() == false)
        #expect(try session.echoIsOn())
    }
}
