import Foundation
import Testing
import TestSupport

/// How `pushpull` must treat the terminal: refuse clearly (status 2, one line)
/// where it cannot run full-screen, and always give the terminal back intact.
@Suite struct TerminalDisciplineTests {
    /// The message, checked to be a single line.
    private func oneLine(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.count == 1, "expected one line on stderr, got: \(text)")
        return lines.first.map(String.init) ?? ""
    }

    /// "At once", shown by what it did not do rather than by a clock: stdin is a pipe holding a
    /// key, and the key is still there after the exit (it never waited for input), stdout is
    /// empty (nothing was set up) and the state folder too (no session journal: refused before
    /// the dashboard began).
    @Test("without a terminal on stdin or stdout: status 2 and one line, before reading a key or starting a session")
    func noTerminal() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let state = home.file("state")
        let result = try ChildProcess.run(TmuxSession.pushpullBinary, [], input: .pipe("q"), environment: [
            "HOME": home.path, "XDG_STATE_HOME": state, "XDG_CONFIG_HOME": home.file("config"),
        ])

        #expect(result.status == 2)
        #expect(result.output.isEmpty, "no escape codes may reach a file")
        #expect(oneLine(result.errors).contains("not a terminal"))
        #expect(result.unreadInput == "q", "the key was read: it waited for input")
        let stateFiles = (try? FileManager.default.subpathsOfDirectory(atPath: state)) ?? []
        #expect(stateFiles.isEmpty, "a session began: \(stateFiles)")
    }

    @Test(
        "in a terminal but redirected: status 2 and one line",
        .enabled(if: TmuxSession.isAvailable, "needs tmux to provide a terminal"),
        arguments: [
            ("> out.txt 2> err.txt", "standard output"),
            ("< /dev/null 2> err.txt", "standard input"),
        ]
    )
    func redirected(redirections: String, named stream: String) throws {
        let session = try TmuxSession(redirections: redirections)
        #expect(try session.waitForExit(timeout: .seconds(3)) == 2)
        #expect(oneLine(session.file("err.txt")).contains(stream))
        #expect(session.file("out.txt").isEmpty, "no escape codes may reach a file")
        #expect(try session.alternateScreenOn() == false)
    }

    @Test(
        "a terminal type that cannot run full-screen: status 2 and one line",
        .enabled(if: TmuxSession.isAvailable, "needs tmux to provide a terminal"),
        arguments: ["dumb", "nonexistent-term"]
    )
    func unusableTerm(term: String) throws {
        let session = try TmuxSession(redirections: "2> err.txt", environment: ["TERM": term])
        #expect(try session.waitForExit(timeout: .seconds(3)) == 2)
        #expect(oneLine(session.file("err.txt")).contains("TERM=\(term)"))
        #expect(try session.alternateScreenOn() == false)
    }

    @Test(
        "SIGTERM and SIGHUP: the dashboard exits through its own code and restores the terminal",
        .enabled(if: TmuxSession.isAvailable, "needs tmux to provide a terminal"),
        arguments: [SIGTERM, SIGHUP]
    )
    func quitSignal(signal: Int32) throws {
        let session = try TmuxSession()
        #expect(try session.waitUntil { try session.alternateScreenOn() }, "the dashboard never took over the screen")
        try session.signal(signal)
        #expect(try session.waitForExit() != nil, "still running after the signal")
        #expect(try session.alternateScreenOn() == false)
        #expect(try session.echoIsOn())
    }

    @Test(
        "resizing down to one cell and back never crashes",
        .enabled(if: TmuxSession.isAvailable, "needs tmux to provide a terminal")
    )
    func tinyTerminal() throws {
        let session = try TmuxSession()
        #expect(try session.waitUntil { try session.alternateScreenOn() }, "the dashboard never took over the screen")
        for (width, height) in [(20, 5), (1, 1), (2, 1), (100, 30)] {
            try session.resize(width: width, height: height)
            Thread.sleep(forTimeInterval: 0.2)
            #expect(try session.alternateScreenOn(), "gone after resizing to \(width)×\(height)")
        }
        try session.signal(SIGTERM)
        #expect(try session.waitForExit() != nil)
        #expect(try session.alternateScreenOn() == false)
    }
}
