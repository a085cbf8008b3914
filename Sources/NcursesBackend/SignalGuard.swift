import CNcurses
import Glibc

// State shared with signal handlers: plain 32-bit words (the sig_atomic_t of C),
// written by handlers and read by the run loop. `savedActions` is allocated once,
// before any handler is installed, so handlers never allocate.
nonisolated(unsafe) private var screenIsActive: Int32 = 0
nonisolated(unsafe) private var receivedQuitSignal: Int32 = 0
nonisolated(unsafe) private var resumedFromStop: Int32 = 0
nonisolated(unsafe) private let savedActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))

/// The one place that guarantees `endwin()` on every way out of the process,
/// modelled on htop's CRT.c:
/// - quit signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only set a flag: the run loop
///   polls it and leaves through its own code (saving work), then stops the backend;
///   a second Ctrl-C before the first was acted on ends the process at once (restored),
///   so a busy or stuck run loop can still be interrupted;
/// - crash signals restore the terminal, then re-raise to the previous action, so
///   Swift's backtrace (or the default core dump) still happens on a sane screen;
/// - `exit()` from anywhere restores the terminal through `atexit`;
/// - stderr is held back meanwhile and shown after the restore (see `StderrCapture`).
/// SIGTSTP and SIGWINCH are left to ncurses (it suspends, resumes and reports
/// KEY_RESIZE itself); SIGCONT only sets a flag so the app can repaint in full.
enum SignalGuard {
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
    private static var handledSignals: [Int32] { quitSignals + crashSignals + [SIGCONT] }
    nonisolated(unsafe) private static var exitHookRegistered = false

    /// Installs the handlers. Call before `newterm`, so ncurses sees they are
    /// taken and does not install its own SIGINT/SIGTERM handlers (which exit).
    static func install() {
        receivedQuitSignal = 0
        resumedFromStop = 0
        for signal in quitSignals { install(signal, flags: 0, handler: recordQuit) }
        for signal in crashSignals { install(signal, flags: SA_ONSTACK, handler: restoreScreenAndReraise) }
        install(SIGCONT, flags: SA_RESTART) { _ in resumedFromStop = 1 }
        // A parent may hand down a mask that blocks them (a tmux server started
        // from a worker thread does); blocked, the handlers would never run.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in handledSignals { sigaddset(&handled, signal) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        if !exitHookRegistered {
            exitHookRegistered = true
            atexit { SignalGuard.restoreScreen() }
        }
    }

    /// Puts back the actions that were in place before `install`.
    static func uninstall() {
        for signal in handledSignals { sigaction(signal, savedActions + Int(signal), nil) }
    }

    /// From now on crash handlers and the exit hook restore the screen.
    static func screenStarted() {
        StderrCapture.begin()
        screenIsActive = 1
    }

    /// Leaves curses mode (once) and shows what was written to stderr meanwhile.
    static func restoreScreen() {
        guard screenIsActive != 0 else { return }
        screenIsActive = 0
        MouseReporting.stop()
        endwin()
        StderrCapture.end()
    }

    /// The quit signal received since `install`, if any (sticky).
    static var quitSignal: Int32? { receivedQuitSignal == 0 ? nil : receivedQuitSignal }

    /// True once after each resume from Ctrl-Z.
    static func takeResumed() -> Bool {
        guard resumedFromStop != 0 else { return false }
        resumedFromStop = 0
        return true
    }

    private static func install(_ signal: Int32, flags: Int32, handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        sigaction(signal, &action, savedActions + Int(signal))
    }
}

private func recordQuit(_ signal: Int32) {
    if signal == SIGINT && receivedQuitSignal == SIGINT { restoreScreenAndReraise(signal) }
    receivedQuitSignal = signal
}

/// Not strictly async-signal-safe (endwin writes through stdio), as in htop: the
/// process is dying anyway, and a restored terminal is worth the small risk.
private func restoreScreenAndReraise(_ signal: Int32) {
    SignalGuard.restoreScreen()
    sigaction(signal, savedActions + Int(signal), nil)
    // Blocked while this handler runs, so it is delivered to the previous action on return.
    raise(signal)
}
