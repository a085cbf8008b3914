import CNcurses
import Glibc
import TerminalUI

/// The terminal, driven by ncurses: the only `Backend` that touches a real screen.
///
/// One at a time per process. Start it with `start()`, poll `quitSignal` in the
/// run loop, and call `stop()` when leaving (deinit and `exit()` also restore
/// the terminal; every fatal signal restores it before the process ends).
public final class NcursesBackend: Backend {
    /// What the caller needs to choose glyphs and a colour depth.
    public struct Capabilities: Equatable, Sendable {
        /// False when the user's locale is not UTF-8: draw ASCII glyphs.
        public var unicode: Bool
        /// Colours the terminal reports (0 none, 8, 16, 256, 2^24 for direct colour).
        public var colorCount: Int
        /// The terminal's background as it answered the OSC 11 query (nil: not asked, or no answer).
        public var background: TerminalBackground?
    }

    public let capabilities: Capabilities
    public private(set) var size: Size
    private let screen: OpaquePointer
    private var painter: ScreenPainter
    private var repaintPending = false
    private var keyTimeout: Int32?
    private var stopped = false

    /// Checks the terminal and takes it over (alternate screen, no echo, keypad), with mouse
    /// reporting when `mouse` (none at all otherwise: the terminal keeps its own selection).
    /// Throws, without touching the terminal, when it is not usable. A crash is described in
    /// the file `crashReport`; `cleanup` runs on any fatal signal (it must be async-signal-safe).
    /// - Parameters:
    ///   - directColor: draw 24-bit colour: the terminal type's direct-colour terminfo entry
    ///     (`xterm-direct` for `xterm-256color`) is used when it exists, since ncurses emits 24-bit
    ///     codes only through such an entry; without one, `colorCount` stays what `TERM` offers.
    ///   - askBackground: ask the terminal for its background colour (`capabilities.background`).
    ///   - mouse: SGR mouse reporting (none at all otherwise: the terminal keeps its own selection).
    public static func start(mouse: Bool = false, crashReport: String? = nil, cleanup: (@convention(c) () -> Void)? = nil,
                             directColor: Bool = false, askBackground: Bool = false) throws(TerminalError) -> NcursesBackend {
        let unicode = TextEncoding.adoptUserLocale()
        try TerminalCheck.current()
        SignalGuard.install(crashReport: crashReport, cleanup: cleanup)
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        let direct = directColor ? TerminalCheck.directColorVariant(of: term) : nil
        guard let screen = newterm(direct, pp_stdout(), pp_stdin()) else {
            SignalGuard.uninstall()
            throw .startFailed(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        SignalGuard.screenStarted()
        let backend = NcursesBackend(screen: screen, unicode: unicode, askBackground: askBackground)
        if mouse { MouseReporting.start() }
        return backend
    }

    private init(screen: OpaquePointer, unicode: Bool, askBackground: Bool) {
        self.screen = screen
        // cbreak keeps Ctrl-C and Ctrl-Z as signals (quit flag, ncurses' suspend).
        cbreak()
        noecho()
        Self.disableFlowControl()
        keypad(pp_stdscr(), true)
        leaveok(pp_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        KeyDecoder.defineKeys()

        var terminal = ColorPairs.Terminal(colorCount: 0, hasDefaultColors: false, pairCount: 0)
        if has_colors() {
            start_color()
            terminal = ColorPairs.Terminal(
                colorCount: Int(pp_colors()), hasDefaultColors: use_default_colors() == OK, pairCount: Int(pp_color_pairs()))
        }
        // Asked in cbreak mode, before ncurses reads a key, so the answer is not taken for keys.
        capabilities = Capabilities(unicode: unicode, colorCount: terminal.colorCount,
                                    background: askBackground ? BackgroundQuery.ask() : nil)
        painter = ScreenPainter(colors: ColorPairs(terminal: terminal))
        size = Self.screenSize()
    }

    deinit { stop() }

    /// The quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received, if any: the run
    /// loop should then save what it must, call `stop()`, and exit.
    public var quitSignal: Int32? { SignalGuard.quitSignal }

    public func draw(_ buffer: Buffer) {
        // A fatal signal on another thread may have restored the terminal: draw nothing after that.
        guard !stopped, SignalGuard.isScreenActive else { return }
        painter.paint(buffer, on: size, clearFirst: repaintPending)
        repaintPending = false
    }

    /// Makes the next `draw` wipe and repaint the whole terminal (for Ctrl-L).
    public func repaintFully() { repaintPending = true }

    /// Waits up to `timeoutMilliseconds` (negative counts as 0) for a key. A quit
    /// signal ends the wait early with nil. After a resize or a resume from Ctrl-Z
    /// it returns `.resize` with `size` updated, and the next draw repaints in full.
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard !stopped, SignalGuard.isScreenActive else { return nil }
        if let resumed = resumeKey() { return resumed }
        setKeyTimeout(Int32(clamping: max(0, timeoutMilliseconds)))
        var code: wint_t = 0
        let status = wget_wch(pp_stdscr(), &code)
        guard status != ERR else { return resumeKey() }
        let key = KeyDecoder.key(code: code, isFunctionKey: status == KEY_CODE_YES)
        if key == .resize { size = Self.screenSize() }
        return key == .escape ? escapeSequence() : key
    }

    /// After ESC: the rest of a sequence ncurses did not know, read whole and decoded (or
    /// swallowed); a lone ESC is the Escape key, and anything else after it is left to be read.
    private func escapeSequence() -> Key? {
        var code: wint_t = 0
        // The bytes of a sequence arrive together: nothing at once means the Escape key itself.
        setKeyTimeout(0)
        let status = wget_wch(pp_stdscr(), &code)
        guard status != ERR else { return .escape }
        guard status != KEY_CODE_YES, let first = Unicode.Scalar(code), EscapeSequence.isIntroducer(first) else {
            if status == KEY_CODE_YES { ungetch(Int32(bitPattern: code)) } else { unget_wch(Int32(bitPattern: code)) }
            return .escape
        }
        var body = [first]
        // A sequence split across reads gets a moment to finish.
        setKeyTimeout(10)
        while !EscapeSequence.isComplete(body), body.count < EscapeSequence.maximumLength {
            guard wget_wch(pp_stdscr(), &code) == OK, let scalar = Unicode.Scalar(code) else { break }
            body.append(scalar)
        }
        return EscapeSequence.key(body)
    }

    /// Restores the terminal (main screen, echo, cursor) and the previous signal
    /// actions. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        SignalGuard.restoreScreen()
        SignalGuard.uninstall()
        delscreen(screen)
    }

    private func resumeKey() -> Key? {
        guard SignalGuard.takeResumed() else { return nil }
        MouseReporting.resumed()
        repaintPending = true
        size = Self.screenSize()
        return .resize
    }

    private func setKeyTimeout(_ milliseconds: Int32) {
        guard keyTimeout != milliseconds else { return }
        keyTimeout = milliseconds
        wtimeout(pp_stdscr(), milliseconds)
    }

    private static func screenSize() -> Size { Size(width: Int(pp_cols()), height: Int(pp_lines())) }

    /// Lets Ctrl-S and Ctrl-Q reach the app as keys instead of pausing output.
    /// ncurses records this mode and restores it after a suspend.
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        def_prog_mode()
    }
}
