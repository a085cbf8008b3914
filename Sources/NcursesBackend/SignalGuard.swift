import CNcurses
import Glibc
import Synchronization

// State shared with signal handlers: plain 32-bit words (the sig_atomic_t of C), written by
// handlers and read by the run loop, and buffers allocated before any handler is installed,
// so handlers never allocate.
nonisolated(unsafe) private var screenIsActive: Int32 = 0
nonisolated(unsafe) private var receivedQuitSignal: Int32 = 0
nonisolated(unsafe) private var resumedFromStop: Int32 = 0
nonisolated(unsafe) private let savedActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
/// The crash report's path as a C string (empty: no report), and the process's cleanup (temporary files).
nonisolated(unsafe) private let crashReportPath = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
nonisolated(unsafe) private var fatalCleanup: (@convention(c) () -> Void)?
/// Set by the first thread that takes a fatal signal: only it restores and reports, the others wait to die.
private let dying = Atomic<Int32>(0)

/// The one place that guarantees `endwin()` on every way out of the process,
/// modelled on htop's CRT.c:
/// - quit signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) only set a flag: the run loop
///   polls it and leaves through its own code (saving work), then stops the backend;
///   a second Ctrl-C before the first was acted on ends the process at once (restored),
///   so a busy or stuck run loop can still be interrupted;
/// - every other signal whose default action ends the process (crashes, SIGPIPE, SIGXFSZ,
///   SIGUSR1, the real-time signals…) restores the terminal once, stops all drawing, removes
///   temporary files, writes a crash report for a crash, and re-raises with the default
///   action, so the exit status is the signal's. Swift's backtracer is not called: it would
///   wait for a key on the terminal (the report holds a backtrace instead);
/// - `exit()` from anywhere restores the terminal through `atexit`;
/// - stderr is held back meanwhile and shown after the restore (see `StderrCapture`).
/// SIGTSTP and SIGWINCH are left to ncurses (it suspends, resumes and reports
/// KEY_RESIZE itself); SIGCONT only sets a flag so the app can repaint in full.
enum SignalGuard {
    static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Faults: the program itself went wrong, so a report is written.
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGSYS]
    /// The rest of signal(7)'s "Term" and "Core" defaults, and the real-time signals glibc leaves free.
    static var otherFatalSignals: [Int32] {
        [SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGPOLL, SIGPROF, SIGVTALRM, SIGXCPU, SIGXFSZ, SIGSTKFLT, SIGPWR]
            + Array(pp_sigrtmin()...pp_sigrtmax())
    }
    private static var handledSignals: [Int32] { quitSignals + crashSignals + otherFatalSignals + [SIGCONT] }
    nonisolated(unsafe) private static var exitHookRegistered = false

    /// Installs the handlers. Call before `newterm`, so ncurses sees they are taken and does not
    /// install its own SIGINT/SIGTERM handlers (which exit). `crashReport` is the file a crash is
    /// described in (its folders are made then); `cleanup` runs on a fatal signal and must be
    /// async-signal-safe.
    static func install(crashReport: String?, cleanup: (@convention(c) () -> Void)?) {
        receivedQuitSignal = 0
        resumedFromStop = 0
        let path = Array((crashReport ?? "").utf8CString.prefix(Int(PATH_MAX))) + [0]
        path.withUnsafeBufferPointer { crashReportPath.update(from: $0.baseAddress!, count: $0.count) }
        fatalCleanup = cleanup
        _ = dying.load(ordering: .relaxed)  // initialised now, not first in a handler
        // glibc loads the unwinder on the first backtrace: done now, so the handler only walks the stack.
        var frames = [UnsafeMutableRawPointer?](repeating: nil, count: 1)
        _ = backtrace(&frames, 1)

        for signal in quitSignals { install(signal, flags: 0, handler: recordQuit) }
        for signal in crashSignals { install(signal, flags: SA_ONSTACK, handler: restoreAndDie) }
        for signal in otherFatalSignals {
            // A signal the parent set to be ignored (nohup, a shell's SIGPIPE) stays ignored.
            var current = sigaction()
            sigaction(signal, nil, &current)
            savedActions[Int(signal)] = current
            if current.__sigaction_handler.sa_handler == nil { install(signal, flags: 0, handler: restoreAndDie) }
        }
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

    /// False once the terminal was restored or a fatal signal arrived: nothing may be drawn or read
    /// after that (a crash on another thread restores it while the run loop may still be drawing).
    static var isScreenActive: Bool { screenIsActive != 0 && dying.load(ordering: .relaxed) == 0 }

    /// Leaves curses mode (once) and shows what was written to stderr meanwhile.
    static func restoreScreen() {
        guard screenIsActive != 0 else { return }
        screenIsActive = 0
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
    if signal == SIGINT && receivedQuitSignal == SIGINT { restoreAndDie(signal) }
    receivedQuitSignal = signal
}

/// Not strictly async-signal-safe (endwin writes through stdio), as in htop: the process is
/// dying anyway, and a restored terminal is worth the small risk. The rest is: write, open,
/// mkdir, unlink, backtrace_symbols_fd.
private func restoreAndDie(_ signal: Int32) {
    if dying.exchange(1, ordering: .sequentiallyConsistent) != 0 {
        // Another thread restores and reports; this one waits for the process to end.
        while true { pause() }
    }
    // The slow part first, while the run loop (stopped by `dying`) finishes what it was doing: the
    // terminal is restored last, just before the end, so nothing can draw or set a mode after it.
    fatalCleanup?()
    let isCrash = SignalGuard.crashSignals.withUnsafeBufferPointer { $0.contains(signal) }
    let reported = isCrash && crashReportPath[0] != 0 && writeCrashReport(signal)
    SignalGuard.restoreScreen()
    if reported {
        writeNotice("pushpull: crashed with signal ", signal, "; a report is in ")
        write(STDERR_FILENO, crashReportPath, strlen(crashReportPath))
        write(STDERR_FILENO, "\n", 1)
    } else {
        writeNotice("pushpull: stopped by signal ", signal, "\n")
    }
    // The default action, unblocked: the process ends now, with the signal as its status.
    var action = sigaction()
    action.__sigaction_handler.sa_handler = nil  // SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, signal)
    pthread_sigmask(SIG_UNBLOCK, &only, nil)
    raise(signal)
    _exit(128 + signal)
}

/// `before`, the signal's number and `after` on stderr, without allocating.
private func writeNotice(_ before: StaticString, _ signal: Int32, _ after: StaticString) {
    write(STDERR_FILENO, before.utf8Start, before.utf8CodeUnitCount)
    writeNumber(Int(signal), to: STDERR_FILENO)
    write(STDERR_FILENO, after.utf8Start, after.utf8CodeUnitCount)
}

private func writeNumber(_ number: Int, to descriptor: Int32) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
        var value = max(0, number), start = buffer.count
        repeat {
            start -= 1
            buffer[start] = UInt8(48 + value % 10)
            value /= 10
        } while value > 0 && start > 0
        _ = write(descriptor, buffer.baseAddress! + start, buffer.count - start)
    }
}

/// The signal, the process and a backtrace in the crash report file (its folders made first).
private func writeCrashReport(_ signal: Int32) -> Bool {
    // mkdir -p of the report's folders, cutting the path at each "/" in place.
    var index = 1
    while crashReportPath[index] != 0 {
        if crashReportPath[index] == 0x2F {
            crashReportPath[index] = 0
            mkdir(crashReportPath, 0o700)
            crashReportPath[index] = 0x2F
        }
        index += 1
    }
    let descriptor = open(crashReportPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return false }
    let heading: StaticString = "pushpull crashed with signal "
    write(descriptor, heading.utf8Start, heading.utf8CodeUnitCount)
    writeNumber(Int(signal), to: descriptor)
    let process: StaticString = "\nprocess "
    write(descriptor, process.utf8Start, process.utf8CodeUnitCount)
    writeNumber(Int(getpid()), to: descriptor)
    let time: StaticString = ", at "
    write(descriptor, time.utf8Start, time.utf8CodeUnitCount)
    writeNumber(Int(Glibc.time(nil)), to: descriptor)
    let frames: StaticString = " seconds since 1970\n\nbacktrace (innermost first):\n"
    write(descriptor, frames.utf8Start, frames.utf8CodeUnitCount)
    withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: 64) { buffer in
        let count = backtrace(buffer.baseAddress!, 64)
        backtrace_symbols_fd(buffer.baseAddress!, count, descriptor)
    }
    close(descriptor)
    return true
}
