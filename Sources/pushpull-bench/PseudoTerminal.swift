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

    /// Reads until the output has been quiet for `quietMilliseconds` (or `limitMilliseconds`
    /// passed): the first frame, all bytes read, and when the last one arrived.
    func readUntilQuiet(quietMilliseconds: Int, limitMilliseconds: Int = 5000) -> (first: Burst, total: Int, lastByte: UInt64) {
        var first = Burst(), total = 0, inFirstBurst = true
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limitMilliseconds) * 1_000_000
        var lastByte = DispatchTime.now().uptimeNanoseconds
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            // The first burst ends at a 4 ms gap: ncurses writes a frame in one go.
            let wait = total == 0 ? limitMilliseconds : (inFirstBurst ? 4 : quietMilliseconds)
            if poll(&descriptor, 1, Int32(wait)) <= 0 {
                if total == 0 { break }
                if inFirstBurst { inFirstBurst = false; continue }
                break
            }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            lastByte = DispatchTime.now().uptimeNanoseconds
            total += count
            if inFirstBurst {
                first.bytes += count
                first.lastByte = lastByte
            }
        }
        return (first, total, lastByte)
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
