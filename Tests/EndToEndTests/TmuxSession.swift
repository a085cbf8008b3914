import Foundation
import TestSupport

/// Runs a program inside a real terminal for end-to-end tests: a tmux server on a
/// private socket with no user configuration, killed again when the session ends.
///
/// The program runs with `TERM=tmux-256color`, a private `HOME` and XDG folders, and
/// Swift's interactive backtracer off (it would wait for input after a crash). After it exits the pane shows
/// `EXIT=<status>` and stays open, so tests can check what is left on the screen.
final class TmuxSession {
    /// True when a `tmux` executable can be found on PATH.
    static let isAvailable: Bool = which("tmux") != nil

    /// The `pushpull` binary under test: `$PUSHPULL_BINARY`, else the one built next
    /// to this test bundle, else `.build/debug/pushpull` in the package.
    static var pushpullBinary: String {
        if let override = ProcessInfo.processInfo.environment["PUSHPULL_BINARY"], !override.isEmpty {
            return override
        }
        if let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("pushpull").path,
           FileManager.default.isExecutableFile(atPath: besideTests) {
            return besideTests
        }
        return repositoryRoot.appendingPathComponent(".build/debug/pushpull").path
    }

    /// A scratch directory for this session (the program's pid file, redirected output).
    private let scratch: TemporaryDirectory
    var directory: URL { scratch.url }
    private let socket: String

    /// Starts `arguments` (a program and its arguments, quoted for the shell here)
    /// in a `width`×`height` terminal. `redirections` is appended as is, for
    /// example `"> out.txt"`; `environment` adds variables for the program.
    init(
        _ arguments: [String] = [TmuxSession.pushpullBinary],
        redirections: String = "",
        environment: [String: String] = [:],
        width: Int = 100,
        height: Int = 30
    ) throws {
        socket = "pp-e2e-" + UUID().uuidString.prefix(8)
        scratch = try TemporaryDirectory()

        // A private home per session: the edit journal of the built-in example lives under
        // XDG_STATE_HOME, and sessions running side by side must not see each other's.
        let home = directory.path
        let isolated = [
            "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
            "TERM": "tmux-256color", "SWIFT_BACKTRACE": "enable=no",
        ]
        let variables = isolated.merging(environment) { $1 }
        // Colour choices of the test runner's own environment (a runner may set NO_COLOR)
        // must not leak into the program: only what the test asks for counts.
        let unset = ["NO_COLOR", "COLORTERM"].filter { variables[$0] == nil }.flatMap { ["-u", $0] }
        let assignments = unset + variables.sorted { $0.key < $1.key }.map { Self.quoted("\($0.key)=\($0.value)") }
        // The inner shell records its pid and then becomes the program, so `pid` is the program's.
        let launch = "echo $$ > pid; exec \"$@\""
        let program = (["env"] + assignments + ["sh", "-c", Self.quoted(launch), "sh"] + arguments.map(Self.quoted))
            .joined(separator: " ")
        // EXIT= starts a line of its own, at column 0: a killed program leaves the terminal raw (a line
        // feed does not return the carriage) after the shell's "Killed" message, which repeats the whole
        // command, so with a long checkout path EXIT= and its number would land on two lines.
        let command = "cd \(Self.quoted(directory.path)) && \(program) \(redirections); status=$?; "
            + "printf '\\r\\nEXIT=%s\\r\\n' \"$status\"; sleep 30"
        try tmux("new-session", "-d", "-s", socket, "-x", String(width), "-y", String(height), command)
    }

    deinit {
        _ = try? tmux("kill-server")
        scratch.remove()
    }

    /// A file the program wrote in the session's directory (empty when absent).
    func file(_ name: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// Sends tmux key names, e.g. `sendKeys("Down", "C-c", "q")`.
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", socket] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try tmux("send-keys", "-t", socket, "-l", text)
    }

    /// The visible screen as text; with `escapes`, including colour and attribute codes.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", socket] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen until it contains `text`; false when `timeout` passes first.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(5)) throws -> Bool {
        try waitUntil(timeout: timeout) { try capture().contains(text) }
    }

    /// The program's exit status once the pane shows it, or nil on timeout.
    func waitForExit(timeout: Duration = .seconds(5)) throws -> Int32? {
        var status: Int32?
        _ = try waitUntil(timeout: timeout) {
            status = try capture().split(separator: "\n").lazy
                .compactMap { line in line.hasPrefix("EXIT=") ? Int32(line.dropFirst(5)) : nil }.first
            return status != nil
        }
        return status
    }

    /// Whether the pane is in the alternate screen (a full-screen program is showing).
    func alternateScreenOn() throws -> Bool {
        try tmux("display", "-p", "-t", socket, "#{alternate_on}").trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// A tmux format of the pane, e.g. `mouse_sgr_flag` (1 while the program asks for SGR mouse reports).
    func paneFormat(_ name: String) throws -> String {
        try tmux("display", "-p", "-t", socket, "#{\(name)}").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the pane's terminal is in keypad (application cursor keys) mode, as full-screen programs set it.
    func keypadOn() throws -> Bool {
        try paneFormat("keypad_flag") == "1"
    }

    /// Whether the pane's terminal echoes typed characters (false after a bad exit).
    /// Only meaningful once the program has exited and the shell's `sleep` is in front.
    func echoIsOn() throws -> Bool {
        let settings = try tmux("display", "-p", "-t", socket, "#{pane_tty}").trimmingCharacters(in: .whitespacesAndNewlines)
        let output = try ChildProcess.run("/bin/stty", ["-a"], input: .file(settings)).output
        return output.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains("echo")
    }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", socket, "-x", String(width), "-y", String(height))
    }

    /// The program's process id, once its launcher has recorded it.
    func programPID(timeout: Duration = .seconds(5)) throws -> pid_t? {
        let file = directory.appendingPathComponent("pid")
        var pid: pid_t?
        _ = try waitUntil(timeout: timeout) {
            pid = (try? String(contentsOf: file, encoding: .utf8))
                .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return pid != nil
        }
        return pid
    }

    /// Sends `signal` (e.g. SIGTERM) to the program.
    func signal(_ signal: Int32) throws {
        guard let pid = try programPID() else { throw ChildProcess.Failure("the program's pid was never recorded") }
        kill(pid, signal)
    }

    /// Polls `condition` until it holds; false when `timeout` passes first.
    func waitUntil(timeout: Duration = .seconds(5), _ condition: () throws -> Bool) throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    // MARK: - Plumbing

    @discardableResult
    private func tmux(_ arguments: String...) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let path = Self.which("tmux") else { throw ChildProcess.Failure("tmux is not installed") }
        let result = try ChildProcess.run(path, ["-L", socket, "-f", "/dev/null"] + arguments)
        guard result.status == 0 else {
            throw ChildProcess.Failure("tmux \(arguments.joined(separator: " ")) exited with \(result.status): \(result.errors)")
        }
        return result.output
    }

    private static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `text` as one shell word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
