import Foundation
import Testing
import TestSupport

/// The real dashboard in a real terminal (tmux): every key, resizing, themes,
/// colours, files, the journal and `--watch`, as a person would use them.
@Suite("Dashboard end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct DashboardEndToEndTests {
    /// Debug builds compute more slowly: generous waits, polled, never slept.
    static let wait = Duration.seconds(15)

    /// A session whose state and config live in its own directory, so nothing leaks between tests.
    static func start(_ arguments: [String] = [], width: Int = 120, height: Int = 40, environment: [String: String] = [:],
                      files: [String: String] = [:]) throws -> (session: TmuxSession, home: URL) {
        let home = try TemporaryDirectory().url
        for (name, text) in files {
            let file = home.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let variables = ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "XDG_CONFIG_HOME": home.path + "/config"]
            .merging(environment) { $1 }
        let paths = arguments.map { files[$0] != nil ? home.appendingPathComponent($0).path : $0 }
        return (try TmuxSession([TmuxSession.pushpullBinary] + paths, environment: variables, width: width, height: height), home)
    }

    static func ready(_ session: TmuxSession) throws {
        #expect(try session.waitFor(text: "Push 70%", timeout: wait), "the dashboard did not come up: \((try? session.capture()) ?? "")")
    }

    static func quit(_ session: TmuxSession, confirm: Bool = false) throws {
        try session.sendKeys("q")
        if confirm {
            #expect(try session.waitFor(text: "quit anyway?", timeout: wait))
            try session.sendKeys("y")
        }
        #expect(try session.waitForExit(timeout: wait) == 0)
        #expect(try session.alternateScreenOn() == false)
    }

    @Test("Opens on the built-in example: levers, pipeline, forecast, gauges, best balance")
    func opensOnExample() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        #expect(try session.waitFor(text: "◆ best 5", timeout: Self.wait), "the best balance arrives from the background")
        let screen = try session.capture()
        for text in ["Example B2B software company", "Pull 30%", "Investment levers", "Pipeline", "ARR forecast", "P(miss target)",
                     "sales meets buyer", "█ push", "▒ pull"] {
            #expect(screen.contains(text), "missing \(text)")
        }
        #expect(try session.alternateScreenOn())
        try Self.quit(session)
    }

    @Test("Arrows, h/l, Shift+arrows and PgUp/PgDn move the selected lever by small and large steps")
    func stepping() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        try session.sendKeys("h", "h")
        #expect(try session.waitFor(text: "Push 69%", timeout: Self.wait))
        try session.sendKeys("S-Right")
        #expect(try session.waitFor(text: "Push 79%", timeout: Self.wait))
        try session.sendKeys("PageDown")
        #expect(try session.waitFor(text: "Push 69%", timeout: Self.wait))
        try session.sendKeys("PageUp", "PageUp", "PageUp", "PageUp")
        #expect(try session.waitFor(text: "Push 100%", timeout: Self.wait), "clamped at the top of the range")
        #expect(try session.capture().contains("Pull 0%"))
        try Self.quit(session, confirm: true)
    }

    @Test("↓/↑ and j/k select levers; the budget moves in 2% steps")
    func selecting() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        try session.sendKeys("Down", "Right")
        #expect(try session.waitFor(text: "€255k/mo", timeout: Self.wait))
        try session.sendKeys("j", "l")
        #expect(try session.waitFor(text: "36%", timeout: Self.wait), "the moment of the meeting moved from 35% to 36%")
        try session.sendKeys("k", "k", "Right")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        try Self.quit(session, confirm: true)
    }

    @Test("Enter types an exact value; a value out of range is refused with its range")
    func exactValue() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        try session.sendKeys("Enter")
        try session.type("55")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "Push 55%", timeout: Self.wait))
        try session.sendKeys("Enter")
        try session.type("150")
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "enter 0–100", timeout: Self.wait), "the message names the range: \((try? session.capture()) ?? "")")
        #expect(try session.capture().contains("Push 55%"))
        try session.sendKeys("Escape")
        try Self.quit(session, confirm: true)
    }

    @Test("u undoes, Ctrl-R redoes, r resets to the baseline, b pins a new baseline")
    func historyAndBaseline() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        try session.sendKeys("Right", "Right")
        #expect(try session.waitFor(text: "Push 72%", timeout: Self.wait))
        try session.sendKeys("u")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        try session.sendKeys("C-r")
        #expect(try session.waitFor(text: "Push 72%", timeout: Self.wait))
        try session.sendKeys("r")
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait))
        try session.sendKeys("S-Left", "S-Left")
        #expect(try session.waitFor(text: "Push 50%", timeout: Self.wait))
        #expect(try session.waitUntil(timeout: Self.wait) { try session.capture().contains("▲ +") }, "ARR against the baseline")
        try session.sendKeys("b")
        #expect(try session.waitUntil(timeout: Self.wait) { !(try session.capture().contains("▲ +")) }, "the new baseline is the current state")
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Push 51%", timeout: Self.wait))
        try session.sendKeys("r")
        #expect(try session.waitFor(text: "Push 50%", timeout: Self.wait), "reset goes to the pinned baseline")
        try Self.quit(session, confirm: true)
    }

    @Test("Tab moves the focus; [ ] move the month; space plays the months")
    func focusAndMonths() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        #expect(try session.capture().contains("month 12"))
        try session.sendKeys("]")
        #expect(try session.waitFor(text: "month 13", timeout: Self.wait))
        try session.sendKeys("[", "[")
        #expect(try session.waitFor(text: "month 11", timeout: Self.wait))
        try session.sendKeys("Tab")
        #expect(try session.waitFor(text: "▶ Pipeline", timeout: Self.wait))
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "month 12", timeout: Self.wait), "with the pipeline focused, → moves the month")
        try session.sendKeys("BTab")
        #expect(try session.waitFor(text: "▶ Investment levers", timeout: Self.wait))
        try session.sendKeys("Space")
        #expect(try session.waitFor(text: "month 14", timeout: Self.wait), "playing advances the months")
        try session.sendKeys("Space")
        try Self.quit(session)
    }

    @Test("t cycles themes, p presents, ? shows every key and Esc closes it")
    func themesPresentationHelp() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        #expect(try session.capture().contains("theme Default dark"))
        try session.sendKeys("t")
        #expect(try session.waitUntil(timeout: Self.wait) {
            let screen = try session.capture()
            return screen.contains("theme ") && !screen.contains("theme Default dark") && screen.contains("Push 70%")
        }, "another theme, the same dashboard")
        try session.sendKeys("?")
        #expect(try session.waitFor(text: "redo", timeout: Self.wait))
        for text in ["undo", "next theme", "presentation mode", "export", "quit"] {
            #expect(try session.capture().contains(text), "help lists \(text)")
        }
        try session.sendKeys("Escape")
        #expect(try session.waitFor(text: "Investment levers", timeout: Self.wait))
        try session.sendKeys("p")
        #expect(try session.waitFor(text: "ARR at month 36 (P50)", timeout: Self.wait), "the large headline figures")
        #expect(try !session.capture().contains("Investment levers"), "fewer details")
        try session.sendKeys("p")
        #expect(try session.waitFor(text: "Investment levers", timeout: Self.wait))
        try Self.quit(session)
    }

    @Test("q asks first when there are unsaved changes; any key but y stays")
    func quitConfirmation() throws {
        let (session, _) = try Self.start()
        try Self.ready(session)
        try session.sendKeys("Right", "q")
        #expect(try session.waitFor(text: "quit anyway?", timeout: Self.wait))
        try session.sendKeys("n")
        #expect(try session.waitUntil(timeout: Self.wait) { !(try session.capture().contains("quit anyway?")) })
        #expect(try session.alternateScreenOn())
        try Self.quit(session, confirm: true)
    }

    @Test("Resizing below 80×24 says the terminal is too small, and the dashboard comes back")
    func resizing() throws {
        let (session, _) = try Self.start(width: 100, height: 30)
        try Self.ready(session)
        try session.resize(width: 60, height: 20)
        #expect(try session.waitFor(text: "too small", timeout: Self.wait))
        try session.resize(width: 80, height: 24)
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait))
        try session.resize(width: 160, height: 50)
        #expect(try session.waitFor(text: "Investment levers", timeout: Self.wait))
        try Self.quit(session)
    }

    @Test("Every bundled theme loads by name", arguments: [
        ("default", "Default dark"), ("light", "Light"), ("high-contrast", "High contrast"),
        ("colorblind", "Colour-blind safe"), ("mono", "Monochrome"),
    ])
    func bundledThemes(name: String, title: String) throws {
        let (session, _) = try Self.start(["--theme", name])
        try Self.ready(session)
        let screen = try session.capture()
        #expect(screen.lowercased().contains("theme " + title.lowercased()) || screen.contains(title), "header names the theme: \(screen.prefix(240))")
        #expect(!screen.contains(".toml:"), "no theme error")
        try Self.quit(session)
    }

    @Test("A broken theme file: a message naming file and line, and the default theme")
    func brokenTheme() throws {
        let (session, _) = try Self.start(["--theme", "broken.toml"], files: ["broken.toml": "name = \"Broken\"\n[colors]\npush = \"#12345g\"\n"])
        try Self.ready(session)
        #expect(try session.waitFor(text: "broken.toml:3", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.capture().contains("theme Default dark"))
        try Self.quit(session)
    }

    @Test("NO_COLOR: no colour codes at all, meaning carried by symbols and attributes")
    func noColor() throws {
        let (session, _) = try Self.start(environment: ["NO_COLOR": "1"])
        try Self.ready(session)
        let screen = try session.capture(escapes: true)
        let colourCodes = ["[38;", "[48;", "[31m", "[32m", "[33m", "[34m", "[35m", "[36m", "[91m", "[92m", "[93m", "[94m"]
        for code in colourCodes { #expect(!screen.contains(code), "colour code \(code) under NO_COLOR") }
        let plain = try session.capture()
        #expect(plain.contains("✓ ok") && plain.contains("! warn"), "states as symbol and word: \(plain)")
        let (colored, _) = try Self.start()
        try Self.ready(colored)
        let colours = try colored.capture(escapes: true)
        #expect(colours.contains("[38;5;"), "without NO_COLOR the same screen has colours: \(colours.prefix(300).debugDescription)")
        try Self.quit(session)
        try Self.quit(colored)
    }

    @Test("Without --theme the theme follows the terminal's background (COLORFGBG here), and the header says so",
          arguments: [("0;15", "theme Light (for a light terminal)"), ("15;0", "theme Default dark (for a dark terminal)")])
    func themeFollowsTheTerminal(colorFGBG: String, header: String) throws {
        let (session, _) = try Self.start(environment: ["COLORFGBG": colorFGBG])
        try Self.ready(session)
        #expect(try session.capture().contains(header), "\((try? session.capture())?.prefix(240) ?? "")")
        try Self.quit(session)
    }

    @Test("COLORTERM=truecolor draws 24-bit colour through the direct-colour terminfo entry, or says it is missing")
    func trueColour() throws {
        let (session, _) = try Self.start(environment: ["COLORTERM": "truecolor"])
        try Self.ready(session)
        let hasDirectEntry = ["/usr/share/terminfo/t/tmux-direct", "/lib/terminfo/t/tmux-direct", "/etc/terminfo/t/tmux-direct"]
            .contains { FileManager.default.fileExists(atPath: $0) }
        if hasDirectEntry {
            #expect(try session.waitUntil(timeout: Self.wait) { try session.capture(escapes: true).contains("[38;2;") }, "24-bit codes")
        } else {
            #expect(try session.waitFor(text: "24-bit colour needs a direct-colour terminfo entry", timeout: Self.wait))
        }
        try Self.quit(session)
    }

    @Test("--plain: one fact a line, no block or braille graphics, the same keys")
    func plainMode() throws {
        let (session, _) = try Self.start(["--plain"])
        #expect(try session.waitFor(text: "Selected lever: Push / pull balance push 70%", timeout: Self.wait))
        #expect(try session.waitFor(text: "Gauge P(miss target):", timeout: Self.wait))
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "push 71%", timeout: Self.wait), "the same keys move the lever")
        let screen = try session.capture()
        #expect(screen.unicodeScalars.allSatisfy { !(0x2580...0x259F).contains($0.value) && !(0x2800...0x28FF).contains($0.value) },
                "no block or braille graphics")
        try Self.quit(session, confirm: true)
    }

    @Test("--ascii draws with ASCII only")
    func asciiDrawing() throws {
        let (session, _) = try Self.start(["--ascii"])
        try Self.ready(session)
        let screen = try session.capture()
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII: \(screen.unicodeScalars.filter { !$0.isASCII }.prefix(10))")
        try Self.quit(session)
    }

    @Test("s saves the scenario file; e exports the view and the report beside it")
    func saveAndExport() throws {
        let (session, home) = try Self.start(["plan.toml"], files: ["plan.toml": "format = 1\nname = \"Plan\"\n"])
        #expect(try session.waitFor(text: "Plan", timeout: Self.wait))
        try Self.ready(session)
        try session.sendKeys("Right", "s")
        let plan = home.appendingPathComponent("plan.toml")
        #expect(try session.waitUntil(timeout: Self.wait) {
            (try? String(contentsOf: plan, encoding: .utf8))?.contains("pushShare = 0.71") == true
        }, "the file holds the moved lever")
        #expect(try session.waitUntil(timeout: Self.wait) { !(try session.capture().contains("● unsaved")) })
        try session.sendKeys("e")
        #expect(try session.waitFor(text: "exported", timeout: Self.wait))
        let folder = plan.deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let screen = try names.first { $0.hasSuffix(".txt") }.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        let report = try names.first { $0.hasSuffix(".md") }.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(screen?.contains("Push 71%") == true, "the screen as shown: \(names)")
        #expect(report?.contains("Plan") == true && report?.contains("Push 71%") == true, "\(report ?? "no report")")
        #expect(report?.contains("Best balance") == true, "the best balance the screen shows")
        let picture = try names.first { $0.hasSuffix(".svg") }.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(picture?.hasPrefix("<?xml") == true && picture?.contains("Push 71%") == true, "the screen as an SVG picture: \(names)")
        try Self.quit(session)
    }

    @Test("S saves the built-in example as a new file; o opens another; Ctrl-L repaints the same screen")
    func saveAsOpenAndRepaint() throws {
        let (session, home) = try Self.start(files: ["other.toml": "format = 1\nname = \"Other plan\"\n"])
        try Self.ready(session)
        try session.sendKeys("Right", "S")
        #expect(try session.waitFor(text: "Save as:", timeout: Self.wait))
        let copy = home.appendingPathComponent("copy.toml")
        try session.type(copy.path)
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "saved to", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(try String(contentsOf: copy, encoding: .utf8).contains("pushShare = 0.71"))

        try session.sendKeys("o")
        #expect(try session.waitFor(text: "Open (undo starts over):", timeout: Self.wait), "saved, so no question first")
        try session.type(home.appendingPathComponent("other.toml").path)
        try session.sendKeys("Enter")
        #expect(try session.waitFor(text: "Other plan", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.waitFor(text: "Push 70%", timeout: Self.wait), "the opened file's own levers")

        #expect(try session.waitFor(text: "◆ best 5", timeout: Self.wait), "the background search has settled")
        // The status message fades on its own clock: compared only once it has gone.
        #expect(try session.waitUntil(timeout: Self.wait) { !(try session.capture().contains("opened ")) })
        let before = try session.capture()
        try session.sendKeys("C-l")
        Thread.sleep(forTimeInterval: 0.3)
        let after = try session.capture()
        #expect(after == before, "a full repaint draws the same screen:\n\(before)\n---\n\(after)")
        try Self.quit(session)
    }

    @Test("After kill -9 the next start offers the unsaved moves back")
    func journalRecovery() throws {
        let (first, home) = try Self.start(["plan.toml"], files: ["plan.toml": "format = 1\nname = \"Plan\"\n"])
        try Self.ready(first)
        try first.sendKeys("Right", "Right", "Right")
        #expect(try first.waitFor(text: "Push 73%", timeout: Self.wait))
        let plan = home.appendingPathComponent("plan.toml")
        try first.signal(SIGKILL)
        // SIGKILL cannot be caught, so the screen is left as it was: the status shows mid-screen.
        #expect(try first.waitFor(text: "EXIT=137", timeout: Self.wait))

        let second = try TmuxSession([TmuxSession.pushpullBinary, plan.path],
                                     environment: ["HOME": home.path, "XDG_STATE_HOME": home.path + "/state"], width: 120, height: 40)
        #expect(try second.waitFor(text: "Recover them?", timeout: Self.wait), "\((try? second.capture()) ?? "")")
        try second.sendKeys("y", "Enter")
        #expect(try second.waitFor(text: "Push 73%", timeout: Self.wait))
        #expect(try second.capture().contains("unsaved"))
        try Self.quit(second, confirm: true)
    }

    @Test("--watch reloads a file edited elsewhere, keeps moved levers, and survives a broken edit")
    func watching() throws {
        let (session, home) = try Self.start(["--watch", "plan.toml"], files: ["plan.toml": "format = 1\nname = \"Before\"\n"])
        #expect(try session.waitFor(text: "Before", timeout: Self.wait))
        try Self.ready(session)
        try session.sendKeys("Right")
        #expect(try session.waitFor(text: "Push 71%", timeout: Self.wait))
        let plan = home.appendingPathComponent("plan.toml")
        try "format = 1\nname = \"After\"\n[levers]\nbudget = 300000\n".write(to: plan, atomically: true, encoding: .utf8)
        #expect(try session.waitFor(text: "After", timeout: Self.wait))
        #expect(try session.capture().contains("€300k/mo"))
        #expect(try session.capture().contains("Push 71%"), "the lever moved in the dashboard is kept")
        try "format = 1\nname = \"Broken\"\n[levers]\npushShare = \"lots\"\n".write(to: plan, atomically: true, encoding: .utf8)
        #expect(try session.waitFor(text: "cannot be read", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.capture().contains("After"), "the last good version stays")
        try Self.quit(session, confirm: true)
    }

    @Test("Escape sequences in a scenario name are drawn as text, never obeyed")
    func hostileName() throws {
        let name = "Evil \\u001B]2;pwned\\u0007 \\u001B[2J plan"
        let (session, _) = try Self.start(["evil.toml"], files: ["evil.toml": "format = 1\nname = \"\(name)\"\n"])
        try Self.ready(session)
        let screen = try session.capture()
        #expect(screen.contains("Evil ␛]2;pwned␇ ␛[2J plan"))
        #expect(screen.contains("Investment levers"), "the screen was not cleared")
        try Self.quit(session)
    }
}
