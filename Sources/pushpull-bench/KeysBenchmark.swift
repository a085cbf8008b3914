import ArgumentParser
import Foundation
import TestSupport

/// Keys to screen: the real dashboard on a pseudo-terminal that answers its queries as a
/// terminal does; the time from start to the first frame drawn, over several starts; for each
/// lever key, the time until its first frame has been written (the lever moved; the figures too
/// when the full run fits the frame) and until its last (the final figures, and the best balance
/// when that moves), and the bytes of its first frame and of all its frames against a full repaint.
struct KeysBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Key-to-screen latency and bytes per update.")

    @OptionGroup var output: OutputOptions

    @Option(help: "The pushpull binary to drive.")
    var binary = ".build/release/pushpull"

    @Option(help: "Lever keys to send.")
    var keys = 60

    @Option(help: "Starts to time the first frame over, at each size.")
    var starts = 9

    @Option(help: "Paths per forecast (the config file's `paths`): few enough, the full run fits the frame and each key draws one frame with the final figures. Default: the scenario's.")
    var paths: Int?

    func run() throws {
        var table = ResultTable()
        try Self.measure(into: &table, binary: binary, keys: keys, starts: starts, paths: paths)
        try table.print(as: output)
    }

    static func measure(into table: inout ResultTable, binary: String, keys: Int, starts: Int = 9, paths: Int? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("\(binary) not found: run `swift build -c release` first")
        }
        // A home of its own: no user configuration, and the journals it leaves are removed.
        let home = try TemporaryDirectory()
        defer { home.remove() }
        if let paths {
            try FileManager.default.createDirectory(atPath: home.file("config/pushpull"), withIntermediateDirectories: true)
            try "paths = \(paths)\n".write(toFile: home.file("config/pushpull/config.toml"), atomically: true, encoding: .utf8)
        }
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home.path, "XDG_CONFIG_HOME": home.file("config"),
                           "XDG_STATE_HOME": home.file("state"), "PATH": "/usr/bin:/bin"]
        for (columns, rows) in [(80, 24), (120, 40)] {
            var firstFrames: [Double] = []
            var latencies: [Double] = [], settled: [Double] = [], bytes: [Double] = [], allBytes: [Double] = []
            var repaintBytes = 0
            for start in 0..<max(1, starts) {
                let started = DispatchTime.now().uptimeNanoseconds
                let terminal = try PseudoTerminal(command: binary, columns: columns, rows: rows, environment: environment)
                // The refined figures and the best balance land after the first frame.
                let opening = terminal.readUntilQuiet(quietMilliseconds: 400, repaint: true)
                guard opening.total > 0 else { throw BenchError("no first frame at \(columns)×\(rows)") }
                firstFrames.append(Double(opening.first.lastByte - started) / 1e6)
                if start == 0 {
                    for index in 0..<keys {
                        // Right and left in turn keep the balance inside its range (xterm application-mode arrows).
                        let sent = DispatchTime.now().uptimeNanoseconds
                        terminal.send(index % 2 == 0 ? "\u{1b}OC" : "\u{1b}OD")
                        let answer = terminal.readUntilQuiet(quietMilliseconds: 250)
                        guard answer.first.bytes > 0 else { throw BenchError("no redraw after key \(index + 1)") }
                        latencies.append(Double(answer.first.lastByte - sent) / 1e6)
                        settled.append(Double(answer.lastByte - sent) / 1e6)
                        bytes.append(Double(answer.first.bytes))
                        allBytes.append(Double(answer.total))
                    }
                    terminal.send("\u{0c}") // Ctrl-L: a full repaint, for comparison
                    repaintBytes = max(1, terminal.readUntilQuiet(quietMilliseconds: 250, repaint: true).first.bytes)
                }
                terminal.send("q")
                _ = terminal.readUntilQuiet(quietMilliseconds: 100)
                terminal.send("y")
                _ = terminal.waitForExit(milliseconds: 2000)
            }

            let size = "\(columns)×\(rows)" + (paths.map { ", \($0) paths" } ?? "")
            let first = Timing(samples: firstFrames), latency = Timing(samples: latencies)
            table.add("first frame \(size) (\(firstFrames.count) starts)",
                      String(format: "median %.1f ms (P10 %.1f – P90 %.1f), P99 %.1f ms", first.median, first.p10, first.p90, first.p99),
                      target: "≤ 15 ms")
            let refined = Timing(samples: settled)
            table.add("lever key to redrawn frame \(size)",
                      String(format: "median %.1f ms, P99 %.1f ms (max %.1f)", latency.median, latency.p99, latencies.max() ?? 0),
                      target: "P99 < 16 ms")
            // The figures change once per key: on the key's own frame when the full run fits it,
            // otherwise in the frame the full run lands in (the figures wait for it).
            table.add("lever key to its last frame \(size)",
                      String(format: "median %.1f ms, P99 %.1f ms", refined.median, refined.p99),
                      target: "P99 ≤ 16.7 ms")
            let written = Timing(samples: bytes), writtenInAll = Timing(samples: allBytes)
            table.add("bytes per lever key \(size), first frame",
                      String(format: "median %.0f B vs full repaint %d B (%.1f%%)", written.median, repaintBytes,
                             written.median / Double(repaintBytes) * 100),
                      target: "≤ 8%")
            table.add("bytes per lever key \(size), every frame",
                      String(format: "median %.0f B (%.1f%% of a full repaint)", writtenInAll.median,
                             writtenInAll.median / Double(repaintBytes) * 100),
                      target: "≤ 8%")
        }
    }
}
