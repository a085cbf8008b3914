import Glibc

// Descriptors shared with the crash handler; -1 when nothing is captured.
nonisolated(unsafe) private var capturedStderr: Int32 = -1
nonisolated(unsafe) private var terminalStderr: Int32 = -1
nonisolated(unsafe) private let replayBuffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 1)

/// Holds back what is written to stderr while the dashboard owns the screen, and
/// replays it once the terminal is restored. Otherwise a stray warning would
/// scribble over the dashboard, and the one line that explains a crash (Swift's
/// "Fatal error: …", printed before the crash signal) would vanish with the
/// alternate screen. Only when stderr is the terminal: a redirected stderr is left alone.
enum StderrCapture {
    static func begin() {
        _ = replayBuffer  // allocate now: a crash handler must not run a lazy initialiser
        guard capturedStderr < 0, isatty(STDERR_FILENO) == 1, let file = tmpfile() else { return }
        let captured = dup(fileno(file))
        fclose(file)
        terminalStderr = dup(STDERR_FILENO)
        guard captured >= 0, terminalStderr >= 0 else { return }
        dup2(captured, STDERR_FILENO)
        capturedStderr = captured
    }

    /// Points stderr back at the terminal and copies out what was held back.
    /// Async-signal-safe (dup2, lseek, read, write), so the crash handler can use it.
    static func end() {
        guard capturedStderr >= 0 else { return }
        dup2(terminalStderr, STDERR_FILENO)
        lseek(capturedStderr, 0, SEEK_SET)
        while true {
            let count = read(capturedStderr, replayBuffer, 4096)
            guard count > 0, write(STDERR_FILENO, replayBuffer, count) == count else { break }
        }
        close(capturedStderr)
        close(terminalStderr)
        capturedStderr = -1
        terminalStderr = -1
    }
}
