import Foundation
import Synchronization

/// Runs a program to completion for end-to-end tests and benchmarks, with two guarantees that
/// Foundation's `Process` does not give here:
/// - the child starts with no signals blocked and default handlers. Tests run on
///   worker threads that block most signals, and a child inherits that mask: a
///   tmux server started that way passes it on to the program under test, which
///   then never sees SIGTERM or SIGHUP (nor does tmux exit on kill-server);
/// - output goes to files, not pipes, so a long-lived tmux server that inherits a
///   descriptor cannot keep a reader waiting for end of file.
public enum ChildProcess {
    /// Where the child's standard input comes from.
    public enum Input: Sendable {
        /// The file at this path (`/dev/null`, a terminal).
        case file(String)
        /// A pipe holding this text, its write end closed, so reading past the text finds the end of
        /// input rather than waiting. What the child leaves unread is `Result.unreadInput`.
        case pipe(String)
    }

    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
        /// Wall-clock time from start to exit.
        public var seconds: Double
        /// The child's peak resident memory.
        public var peakMegabytes: Double
        /// For `Input.pipe`, the text the child did not read; nil for a file.
        public var unreadInput: String?
    }

    /// Runs `executable` with `arguments`, stdin from `input`. `status` is the exit
    /// status, or 128 + the signal number that ended the process. `environment` is
    /// added to this process's own; `directory`, when given, is the child's working directory.
    /// A child still running after `hangLimit` is killed and reported as hung: a guard against a
    /// test waiting forever, far beyond any run's length, not a measure of speed.
    public static func run(_ executable: String, _ arguments: [String], input: Input = .file("/dev/null"),
                           environment: [String: String] = [:], directory: String? = nil,
                           hangLimit: Duration = .seconds(300)) throws -> Result {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outputPath = scratch.file("stdout")
        let errorsPath = scratch.file("stderr")

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeReadEnd: Int32?
        defer { pipeReadEnd.map { _ = close($0) } }
        switch input {
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
        case .pipe(let text):
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { throw Failure("cannot make a pipe: \(String(cString: strerror(errno)))") }
            // Close-on-exec at once, so that a child another test starts does not keep the ends open.
            // (Swift does not see glibc's pipe2, which would do it in the same call.)
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            pipeReadEnd = ends[0]
            // Written whole before the child starts: the pipe's buffer (64 KiB) holds a few keys.
            let bytes = Array(text.utf8)
            let written = write(ends[1], bytes, bytes.count)
            close(ends[1])
            guard written == bytes.count else { throw Failure("cannot fill the pipe") }
            posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        variables["TMUX"] = nil  // the tests may themselves run inside tmux
        // Swift does not see glibc's posix_spawn_file_actions_addchdir_np: a shell changes folder, then becomes the program.
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let started = ContinuousClock.now
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        let hung = Mutex(false)
        let watchdog = DispatchWorkItem { [pid] in hung.withLock { $0 = true; _ = kill(pid, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(hangLimit / .nanoseconds(1))),
                                          execute: watchdog)
        var status: Int32 = 0
        var usage = rusage()  // this child's own, where RUSAGE_CHILDREN would be the largest child so far
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let elapsed = (ContinuousClock.now - started).components
        // Cancelled under the lock the watchdog kills under: once reaped, the pid may be another process's.
        let killedAsHung = hung.withLock { killed in watchdog.cancel(); return killed }
        if killedAsHung { throw Failure("\(executable) \(arguments.joined(separator: " ")) still ran after \(hangLimit): killed") }

        let signal = status & 0x7f
        let unread = pipeReadEnd.map { readEnd in
            // Without waiting: the child is gone, and what it left is in the pipe already.
            _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while case let count = read(readEnd, &chunk, chunk.count), count > 0 { bytes += chunk[..<count] }
            return String(decoding: bytes, as: UTF8.self)
        }
        return Result(
            status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "",
            seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18,
            peakMegabytes: Double(usage.ru_maxrss) / 1024,
            unreadInput: unread
        )
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
