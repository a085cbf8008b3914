import Foundation

/// A program running on a pseudo-terminal of a given size, as a person's terminal
/// would run it: the benchmark writes keys to it and times what it draws back.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t

    /// posix_openpt and friends are not visible to Swift on Linux; they are looked up by name.
    private typealias DescriptorCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    private static func libc<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("libc has no \(name)") }
        return unsafeBitCast(symbol, to: type)
    }

    /// Starts `command` (run by /bin/sh) on a new terminal of `columns` × `rows`.
    init(command: String, columns: Int, rows: Int, environment: [String: String]) throws {
        let open = Self.libc("posix_openpt", as: DescriptorCall.self)
        master = open(O_RDWR | O_NOCTTY)
        guard master >= 0, Self.libc("grantpt", as: DescriptorCall.self)(master) == 0,
              Self.libc("unlockpt", as: DescriptorCall.self)(master) == 0,
              let name = Self.libc("ptsname", as: NameCall.self)(master) else {
            throw BenchError("cannot open a pseudo-terminal")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        posix_spawnattr_setflags(&attributes, Int16(0x80)) // POSIX_SPAWN_SETSID: the terminal becomes the child's own
        defer { posix_spawnattr_destroy(&attributes) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // stty sets the size on the terminal itself, as a terminal emulator's window would.
        let arguments = ["/bin/sh", "-c", "stty rows \(rows) cols \(columns) && exec \(command)"]
        let environment = environment.map { "\($0.key)=\($0.value)" }
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, &argv, &envp)
        guard status == 0 else { throw BenchError("cannot start \(command): \(String(cString: strerror(status)))") }
        pid = child
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// A frame: its bytes, and when its last byte arrived.
    struct Burst {
        var bytes = 0
        var lastByte: UInt64 = 0
    }

    /// What the program wrote so far that may hold a question for the terminal.
    private var unanswered: [UInt8] = []
    /// The answers a dark xterm gives: its background colour (OSC 11), then its attributes (DA1).
    /// Unanswered, the dashboard waits 300 ms for them before its first frame, as it would
    /// behind a terminal that ignores both, which no terminal in use does.
    private static let backgroundQuery = Array("\u{1b}]11;?".utf8), attributesQuery = Array("\u{1b}[c".utf8)
    private static let background = "\u{1b}]11;rgb:0000/0000/0000\u{1b}\\", attributes = "\u{1b}[?64;1;22c"

    /// Answers the terminal queries among `bytes`, as a terminal would (the dashboard sends
    /// both in one write, the attributes last).
    private func answerQueries(in bytes: ArraySlice<UInt8>) {
        unanswered += bytes
        guard let end = Self.range(of: Self.attributesQuery, in: unanswered)?.upperBound else {
            unanswered = Array(unanswered.suffix(16))
            return
        }
        send((Self.range(of: Self.backgroundQuery, in: unanswered) != nil ? Self.background : "") + Self.attributes)
        unanswered.removeSubrange(..<end)
    }

    static func range(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).lazy
            .first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
            .map { $0..<($0 + needle.count) }
    }

    /// How ncurses ends every refresh that drew something: colours, character set and attributes
    /// back to normal (xterm-256color's `op` and `sgr0`). ncurses 6.4 flushes its output at
    /// cursor moves, so on a busy machine a frame can arrive in pieces milliseconds apart: its end
    /// is found by this, not by a pause.
    private static let frameEnd = Array("\u{1b}[39;49m\u{1b}(B\u{1b}[m".utf8)
    /// A full repaint (the first frame, Ctrl-L) clears the screen first, after a reset of its own.
    private static let clear = Array("\u{1b}[2J".utf8)

    /// Reads until the output has been quiet for `quietMilliseconds` (or `limitMilliseconds`
    /// passed), answering the terminal's queries on the way: the first frame (up to its closing
    /// reset, after the screen is cleared when `repaint`; everything, when none came), all bytes
    /// read, and when the last one arrived.
    func readUntilQuiet(quietMilliseconds: Int, limitMilliseconds: Int = 5000, repaint: Bool = false) -> (first: Burst, total: Int, lastByte: UInt64) {
        var first = Burst(), received: [UInt8] = [], inFirstFrame = true
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limitMilliseconds) * 1_000_000
        var lastByte = DispatchTime.now().uptimeNanoseconds
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Int32(received.isEmpty ? limitMilliseconds : quietMilliseconds)) > 0 else { break }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            lastByte = DispatchTime.now().uptimeNanoseconds
            answerQueries(in: buffer[0..<count])
            received += buffer[0..<count]
            if inFirstFrame, let start = repaint ? Self.range(of: Self.clear, in: received)?.upperBound : 0,
               let end = Self.range(of: Self.frameEnd, in: Array(received[start...])) {
                inFirstFrame = false
                first = Burst(bytes: start + end.upperBound, lastByte: lastByte)
            }
        }
        if inFirstFrame { first = Burst(bytes: received.count, lastByte: lastByte) }
        return (first, received.count, lastByte)
    }

    /// Waits for the program to end; its exit status, or nil if it did not end in time.
    func waitForExit(milliseconds: Int) -> Int32? {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(milliseconds) * 1_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xff }
            _ = readUntilQuiet(quietMilliseconds: 10, limitMilliseconds: 20)
        }
        return nil
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
