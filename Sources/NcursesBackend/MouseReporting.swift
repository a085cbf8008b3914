import Glibc

// Plain words for the signal handlers: whether mouse reporting is on, and ncurses' own Ctrl-Z
// handler, which runs after ours has turned reporting off.
nonisolated(unsafe) private var reportingIsOn: Int32 = 0
nonisolated(unsafe) private var cursesSuspend = sigaction()

/// SGR (1006) mouse reporting with button-event tracking (1002: presses, drags with a button
/// held, releases, the wheel). Turned on only when asked, so with the mouse off the terminal
/// keeps its own selection; turned off on every way out (stop, crash, Ctrl-Z) and back on after
/// a resume. The reports are decoded by `EscapeSequence`.
enum MouseReporting {
    private static let on: StaticString = "\u{1b}[?1002h\u{1b}[?1006h"
    private static let off: StaticString = "\u{1b}[?1006l\u{1b}[?1002l"

    /// Starts reporting and hooks Ctrl-Z (call after `newterm`, which installs ncurses' handler).
    static func start() {
        reportingIsOn = 1
        send(on)
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        // Only ncurses' own handler is chained: with none, the default stop leaves reporting on, as before.
        guard let handler = current.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) > 1 else { return }
        cursesSuspend = current
        var action = current
        action.__sigaction_handler.sa_handler = { signal in
            MouseReporting.stop()
            reportingIsOn = 2  // off for the shell; `resumed()` turns it back on
            cursesSuspend.__sigaction_handler.sa_handler?(signal)
        }
        sigaction(SIGTSTP, &action, nil)
    }

    /// After a resume from Ctrl-Z: reporting back on if it was on.
    static func resumed() {
        guard reportingIsOn == 2 else { return }
        reportingIsOn = 1
        send(on)
    }

    /// Stops reporting (from signal handlers too: one `write`, no allocation).
    static func stop() {
        guard reportingIsOn == 1 else { return }
        reportingIsOn = 0
        send(off)
    }

    private static func send(_ sequence: StaticString) {
        _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
    }
}
