import Glibc
import TerminalUI

/// Asks the terminal for its background colour (OSC 11), so the default theme can follow it.
/// The query is followed by a request for the terminal's attributes (DA1), which every
/// terminal answers: a terminal that ignores OSC 11 ends the wait at once instead of at the timeout.
enum BackgroundQuery {
    /// Sends the queries and reads the answers for at most `timeoutMilliseconds`. Call it with
    /// the terminal in cbreak mode, before anything else reads the keyboard.
    static func ask(timeoutMilliseconds: Int = 300) -> TerminalBackground? {
        let query = Array("\u{1b}]11;?\u{1b}\\\u{1b}[c".utf8)
        guard write(STDOUT_FILENO, query, query.count) == query.count else { return nil }
        var reply: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 128)
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let deadline = milliseconds(clock) + timeoutMilliseconds
        while reply.count < 1024 {
            clock_gettime(CLOCK_MONOTONIC, &clock)
            let remaining = deadline - milliseconds(clock)
            var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard remaining > 0, poll(&input, 1, Int32(remaining)) > 0 else { break }
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            guard count > 0 else { break }
            reply += chunk[0..<count]
            if answeredAttributes(reply) { break }
        }
        return TerminalBackground(osc11Reply: String(decoding: reply, as: UTF8.self))
    }

    /// True once the DA1 answer (`ESC [ ? … c`) has arrived: it comes after the OSC 11 answer.
    static func answeredAttributes(_ reply: [UInt8]) -> Bool {
        guard let start = reply.indices.first(where: { reply[$0] == 0x1b && $0 + 2 < reply.count && reply[$0 + 1] == 0x5b && reply[$0 + 2] == 0x3f })
        else { return false }
        return reply[(start + 3)...].contains(UInt8(ascii: "c"))
    }

    private static func milliseconds(_ time: timespec) -> Int { time.tv_sec * 1000 + time.tv_nsec / 1_000_000 }
}
