import ArgumentParser
import Foundation

/// Keys to screen: the real dashboard on a pseudo-terminal; for each lever key, the
/// time until its frame has been written (the quick estimate), until the refined
/// figures have been drawn, and the bytes of the frame against a full repaint.
struct KeysBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Key-to-screen latency and bytes per update.")

    @OptionGroup var output: OutputOptions

    @Option(help: "The pushpull binary to drive.")
    var binary = ".build/release/pushpull"

    @Option(help: "Lever keys to send.")
    var keys = 60

    func run() throws {
        var table = ResultTable()
        try Self.measure(into: &table, binary: binary, keys: keys)
        try table.print(as: output)
    }

    static func measure(into table: inout ResultTable, binary: String, keys: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("\(binary) not found: run `swift build -c release` first")
        }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(),
                           "XDG_STATE_HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin"]
        for (columns, rows) in [(80, 24), (120, 40)] {
            let started = DispatchTime.now().uptimeNanoseconds
            let terminal = try PseudoTerminal(command: binary, columns: columns, rows: rows, environment: environment)
            let firstFrame = terminal.readUntilQuiet(quietMilliseconds: 400)
            let firstFrameMilliseconds = Double(firstFrame.first.lastByte - started) / 1e6
            var latencies: [Double] = [], settled: [Double] = [], bytes: [Double] = []
            for index in 0..<keys {
                // Right and left in turn keep the balance inside its range (xterm application-mode arrows).
                let sent = DispatchTime.now().uptimeNanoseconds
                terminal.send(index % 2 == 0 ? "\u{1b}OC" : "\u{1b}OD")
                let answer = terminal.readUntilQuiet(quietMilliseconds: 250)
                guard answer.first.bytes > 0 else { throw BenchError("no redraw after key \(index + 1)") }
                latencies.append(Double(answer.first.lastByte - sent) / 1e6)
                settled.append(Double(answer.lastByte - sent) / 1e6)
                bytes.append(Double(answer.first.bytes))
            }
            terminal.send("\u{0c}") // Ctrl-L: a full repaint, for comparison
            let repaint = terminal.readUntilQuiet(quietMilliseconds: 250)
            terminal.send("q")
            _ = terminal.readUntilQuiet(quietMilliseconds: 100)
            terminal.send("y")
            _ = terminal.waitForExit(milliseconds: 2000)

            let size = "\(columns)×\(rows)"
            let latency = Timing(samples: latencies), written = Timing(samples: bytes)
            table.add("first frame \(size)", String(format: "%.0f ms", firstFrameMilliseconds), target: "< 100 ms")
            let refined = Timing(samples: settled)
            table.add("lever key to redrawn frame \(size)",
                      String(format: "median %.1f ms, P99 %.1f ms (max %.1f)", latency.median, latency.p99, latencies.max() ?? 0),
                      target: "P99 < 16 ms")
            table.add("lever key to refined figures \(size)",
                      String(format: "median %.1f ms, P99 %.1f ms", refined.median, refined.p99),
                      target: "in the background")
            table.add("bytes per lever key \(size)",
                      String(format: "median %.0f B vs full repaint %d B (%.1f%%)", written.median, repaint.first.bytes,
                             written.median / Double(max(1, repaint.first.bytes)) * 100),
                      target: "a small fraction")
        }
    }
}
