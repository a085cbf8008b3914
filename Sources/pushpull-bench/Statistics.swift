import ArgumentParser
import Dispatch
import Foundation

/// Timing figures from repeated runs: median and the P10–P90 spread.
struct Timing {
    let samples: [Double]

    var median: Double { quantile(0.5) }
    var p10: Double { quantile(0.1) }
    var p90: Double { quantile(0.9) }
    var p99: Double { quantile(0.99) }

    func quantile(_ q: Double) -> Double {
        let sorted = samples.sorted()
        let rank = min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[rank]
    }

    /// Times `body` `runs` times after one warm-up, in milliseconds.
    static func measure(runs: Int, _ body: () throws -> Void) rethrows -> Timing {
        try body()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return Timing(samples: samples)
    }
}

/// The table every benchmark adds its rows to.
struct ResultTable {
    struct Row: Encodable {
        let benchmark: String
        let figure: String
        let target: String
    }

    private(set) var rows: [Row] = []

    mutating func add(_ benchmark: String, _ figure: String, target: String = "") {
        rows.append(Row(benchmark: benchmark, figure: figure, target: target))
    }

    func print(as output: OutputOptions) throws {
        guard output.json else { return print() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(rows), as: UTF8.self))
    }

    func print() {
        let widths = (rows.map(\.benchmark.count).max() ?? 0, rows.map(\.figure.count).max() ?? 0)
        Swift.print(pad("benchmark", widths.0) + "  " + pad("figure", widths.1) + "  target")
        Swift.print(String(repeating: "-", count: widths.0 + widths.1 + 12))
        for row in rows {
            Swift.print(pad(row.benchmark, widths.0) + "  " + pad(row.figure, widths.1) + "  " + row.target)
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

func milliseconds(_ timing: Timing) -> String {
    String(format: "median %.1f ms (P10 %.1f – P90 %.1f)", timing.median, timing.p10, timing.p90)
}

import Foundation

/// How a benchmark prints its table.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print the table as JSON (benchmark, figure, target), for scripts.")
    var json = false
}
