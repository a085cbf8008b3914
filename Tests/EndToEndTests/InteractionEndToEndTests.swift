import Foundation
import Testing
import TestSupport

/// Issue 12 in a real terminal: messages that fade, per-panel keys, file prompts, the config
/// file, the `:` command line and the mouse.
@Suite("Interaction end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct InteractionEndToEndTests {
    typealias E2E = DashboardEndToEndTests

    @Test("u says what it undid; the message fades by itself and ! shows it again")
    func messagesFadeAndComeBack() throws {
        let (session, _) = try E2E.start()
        try E2E.ready(session)
        try session.sendKeys("Right", "Right")
        #expect(try session.waitFor(text: "Push 72%", timeout: E2E.wait))
        try session.sendKeys("u")
        #expect(try session.waitFor(text: "undo: Push 72% → 71%", timeout: E2E.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.waitUntil(timeout: E2E.wait) { !(try session.capture().contains("undo: Push")) }, "the message fades")
        try session.sendKeys("!")
        #expect(try session.waitFor(text: "Last message", timeout: E2E.wait))
        #expect(try session.capture().contains("undo: Push 72% → 71%"))
        try session.sendKeys("Escape")
        #expect(try session.waitUntil(timeout: E2E.wait) { !(try session.capture().contains("Last message")) })
        try E2E.quit(session, confirm: true)
    }
}

extension InteractionEndToEndTests {
    @Test("Each panel has its own keys: on Risk, → moves nothing and says where it acts")
    func panelKeys() throws {
        let (session, _) = try E2E.start()
        try E2E.ready(session)
        try session.sendKeys("BTab")
        #expect(try session.waitFor(text: "▶ Risk", timeout: E2E.wait))
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "not on Risk", timeout: E2E.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.capture().contains("Push 70%"), "the lever did not move")
        try E2E.quit(session)
    }

    @Test("Keys the terminfo entry lacks: PgUp under vt100 steps the lever; F5, Home and End under xterm move no month",
          arguments: ["vt100", "xterm"])
    func unknownSequences(term: String) throws {
        let (session, _) = try E2E.start(environment: ["TERM": term])
        try E2E.ready(session)
        #expect(try session.capture().contains("month 12"))
        try session.sendKeys("F5", "Home", "End", "F5", "C-Left", "PageUp")
        #expect(try session.waitFor(text: "Push 80%", timeout: E2E.wait), "PgUp is a large step: \((try? session.capture()) ?? "")")
        let screen = try session.capture()
        #expect(screen.contains("month 12"), "no [ of a sequence moved the month: \(screen)")
        try E2E.quit(session, confirm: true)
    }
}

extension InteractionEndToEndTests {
    @Test("File prompts: ~ is the home folder, Tab completes, open lists the scenario files, Ctrl-U clears; the header names the file")
    func filePrompts() throws {
        let (session, home) = try E2E.start(["plan.toml"], files: ["plan.toml": "format = 1\nname = \"Plan\"\n",
                                                                   "other-plan.toml": "format = 1\nname = \"Other\"\n",
                                                                   "notes.txt": "not a scenario"])
        try E2E.ready(session)
        #expect(try session.capture().contains("· plan.toml"), "the header names the file")
        try session.sendKeys("S", "C-u")
        try session.type("~/tilde.toml")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "saved to", timeout: E2E.wait), "\((try? session.capture()) ?? "")")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("tilde.toml").path), "~ is HOME")
        #expect(try session.waitFor(text: "· tilde.toml", timeout: E2E.wait))

        try session.sendKeys("o")
        #expect(try session.waitFor(text: "other-plan.toml", timeout: E2E.wait), "the folder's scenario files: \((try? session.capture()) ?? "")")
        #expect(try !session.capture().contains("notes.txt"))
        try session.type("ot")
        try session.sendKeys("Tab")
        #expect(try session.waitFor(text: "other-plan.toml_", timeout: E2E.wait), "Tab completed the name")
        try session.sendKeys("C-u")
        #expect(try session.waitUntil(timeout: E2E.wait) { !(try session.capture().contains("other-plan.toml_")) }, "Ctrl-U cleared")
        try session.type(home.appendingPathComponent("other-plan.toml").path)
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "· other-plan.toml", timeout: E2E.wait))
        #expect(try session.capture().contains("Other"))
        try E2E.quit(session)
    }
}

extension InteractionEndToEndTests {
    static let configFile = "config/pushpull/config.toml"

    @Test("config.toml sets the theme and the keys; ? shows the keys in force")
    func configFile() throws {
        let config = "theme = \"light\"\n[keys]\n\"lever.increase\" = [\"+\"]\nquit = \"Q\"\n"
        let (session, _) = try E2E.start(files: [Self.configFile: config])
        try E2E.ready(session)
        #expect(try session.capture().contains("theme Light"), "\((try? session.capture()) ?? "")")
        try session.type("+")
        #expect(try session.waitFor(text: "Push 71%", timeout: E2E.wait))
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Right acts on", timeout: E2E.wait) || session.capture().contains("Push 71%"))
        try session.sendKeys("?")
        #expect(try session.waitFor(text: "small step up", timeout: E2E.wait))
        #expect(try session.capture().contains("+            small step up"), "help shows the key in force")
        try session.sendKeys("Escape", "q")
        #expect(try session.waitFor(text: "Push 71%", timeout: E2E.wait), "help closed, and q is no longer quit")
        #expect(try session.alternateScreenOn())
        try session.type("Q")
        #expect(try session.waitFor(text: "quit anyway?", timeout: E2E.wait))
        try session.sendKeys("y")
        #expect(try session.waitForExit(timeout: E2E.wait) == 0)
    }

    @Test("A broken config.toml stops with FILE:LINE:COLUMN: key: message and status 65")
    func brokenConfigFile() throws {
        let (session, _) = try E2E.start(files: [Self.configFile: "theme = \"light\"\nmouse = \"yes\"\n"])
        #expect(try session.waitForExit(timeout: E2E.wait) == 65)
        // The long private path may wrap at the pane's edge: the lines are read joined.
        let screen = try session.capture().replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("config.toml:2:1: mouse: expected true or false"), "\(screen)")
    }
}

extension InteractionEndToEndTests {
    @Test("The : command line: :set budget 300k, :theme light, :save FILE, Tab completion")
    func commandLine() throws {
        let (session, home) = try E2E.start()
        try E2E.ready(session)
        try session.type(":set bu")
        try session.sendKeys("Tab")
        #expect(try session.waitFor(text: "set budget _", timeout: E2E.wait), "Tab completed the lever: \((try? session.capture()) ?? "")")
        try session.type("300k")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "€300k/mo", timeout: E2E.wait))
        try session.type(":theme light")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "theme Light", timeout: E2E.wait))
        try session.type(":save \(home.appendingPathComponent("plan.toml").path)")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "saved to", timeout: E2E.wait))
        #expect(try String(contentsOf: home.appendingPathComponent("plan.toml"), encoding: .utf8).contains("budget = 300_000"))
        try session.type(":frobnicate")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "no action \"frobnicate\"", timeout: E2E.wait))
        try session.sendKeys("Escape")
        try E2E.quit(session)
    }
}

extension InteractionEndToEndTests {
    /// An SGR (1006) mouse report at the 0-based cell `x`, `y`: `button` 0 press, 32 drag, 64/65 wheel.
    static func mouse(_ session: TmuxSession, _ x: Int, _ y: Int, button: Int = 0, release: Bool = true) throws {
        try session.type("\u{1b}[<\(button);\(x + 1);\(y + 1)M")
        if release && button == 0 { try session.type("\u{1b}[<0;\(x + 1);\(y + 1)m") }
    }

    /// The screen's line that holds `text`.
    static func line(_ session: TmuxSession, with text: String) throws -> String {
        try session.capture().split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? ""
    }

    @Test("Mouse at 120×40: click selects and sets a lever, the wheel steps it, a drag moves it, clicks focus panels and pick a month")
    func mouse() throws {
        let (session, _) = try E2E.start()
        try E2E.ready(session)
        #expect(try session.paneFormat("mouse_sgr_flag") == "1", "SGR mouse reporting asked for")
        // Rows: 0–1 header, 2 the levers' frame, 3 the balance, then a label and a track row per lever.
        try Self.mouse(session, 10, 8)
        #expect(try session.waitFor(text: "▶ Executive focus", timeout: E2E.wait), "\((try? session.capture()) ?? "")")
        try Self.mouse(session, 3, 9)
        #expect(try session.waitUntil(timeout: E2E.wait) { try Self.line(session, with: "Executive focus").contains(" 0% ") },
                "a click at the track's left end: \((try? Self.line(session, with: "Executive focus")) ?? "")")
        try Self.mouse(session, 20, 9, button: 64)
        #expect(try session.waitUntil(timeout: E2E.wait) { try Self.line(session, with: "Executive focus").contains(" 1% ") }, "wheel up steps")
        try Self.mouse(session, 3, 9, release: false)
        try Self.mouse(session, 39, 9, button: 32)
        try session.type("\u{1b}[<0;40;10m")
        #expect(try session.waitUntil(timeout: E2E.wait) { try Self.line(session, with: "Executive focus").contains(" 100% ") }, "dragged to the end")
        try Self.mouse(session, 10, 30)
        #expect(try session.waitFor(text: "▶ Pipeline", timeout: E2E.wait), "a click focuses the panel")
        try Self.mouse(session, 118, 15)
        #expect(try session.waitFor(text: "▶ ARR", timeout: E2E.wait))
        #expect(try session.waitFor(text: "Pipeline · month 36", timeout: E2E.wait), "a click on the chart's last column: \((try? session.capture()) ?? "")")
        try E2E.quit(session, confirm: true)
    }

    @Test("--no-mouse and mouse = false send no mouse mode: the terminal keeps its selection", arguments: [true, false])
    func mouseOff(flag: Bool) throws {
        let (session, _) = try E2E.start(flag ? ["--no-mouse"] : [], files: flag ? [:] : [Self.configFile: "mouse = false\n"])
        try E2E.ready(session)
        #expect(try session.paneFormat("mouse_any_flag") == "0")
        #expect(try session.paneFormat("mouse_sgr_flag") == "0")
        try E2E.quit(session)
    }
}

extension InteractionEndToEndTests {
    @Test("Mouse reporting goes with the screen: off on Ctrl-Z, a crash and quit; back after fg")
    func mouseReportingFollowsTheScreen() throws {
        let session = try TmuxSession(["bash", "--norc", "--noprofile", "-i"], environment: ["PS1": "$ "], width: 100, height: 30)
        try session.type(TmuxSession.quoted(TmuxSession.pushpullBinary))
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "Push 70%", timeout: E2E.wait))
        #expect(try session.paneFormat("mouse_sgr_flag") == "1")
        try session.sendKeys("C-z")
        #expect(try session.waitFor(text: "Stopped", timeout: E2E.wait))
        #expect(try session.paneFormat("mouse_sgr_flag") == "0", "the shell gets the terminal's own mouse back")
        try session.type("fg")
        try session.sendKeys("Enter")
        #expect(try session.waitUntil(timeout: E2E.wait) { try session.paneFormat("mouse_sgr_flag") == "1" }, "on again after fg")
        try session.sendKeys("q")
        #expect(try session.waitUntil(timeout: E2E.wait) { try session.alternateScreenOn() == false })
        #expect(try session.paneFormat("mouse_sgr_flag") == "0")

        let crashing = try TmuxSession()
        #expect(try crashing.waitFor(text: "Push 70%", timeout: E2E.wait))
        try crashing.signal(SIGSEGV)
        #expect(try crashing.waitForExit(timeout: E2E.wait) == 128 + SIGSEGV)
        #expect(try crashing.paneFormat("mouse_sgr_flag") == "0")
    }
}

extension InteractionEndToEndTests {
    @Test("A click is one event whatever the terminfo entry says about the mouse (xterm-256color defines kmous as ESC [ <)",
          arguments: ["xterm-256color", "xterm", "screen", "vt100"])
    func clickUnderEveryTerm(term: String) throws {
        let (session, _) = try E2E.start(environment: ["TERM": term])
        try E2E.ready(session)
        try Self.mouse(session, 10, 8)
        #expect(try session.waitFor(text: "▶ Executive focus", timeout: E2E.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.capture().contains("month 12"), "no part of the report became a key")
        try E2E.quit(session)
    }
}
