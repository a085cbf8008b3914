import ArgumentParser
import Foundation
import TestSupport

/// `pushpull import` of a generated export shaped like the Maven sample: time and
/// peak memory of the real command, which must not grow with the file.
struct ImportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import time and memory for a large CRM export.")

    @OptionGroup var output: OutputOptions

    @Option(help: "The pushpull binary to run.")
    var binary = ".build/release/pushpull"

    @Option(help: "Rows in the generated export.")
    var rows = 1_000_000

    func run() throws {
        var table = ResultTable()
        try Self.measure(into: &table, binary: binary, rows: rows)
        try table.print(as: output)
    }

    static func measure(into table: inout ResultTable, binary: String, rows: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = directory.file("imported.toml")
        // A tenth of the rows first: memory that stays flat from 100k to 1M rows does not grow with the file.
        for count in [rows / 10, rows] {
            let csv = directory.file("export-\(count).csv")
            let size = try ExportGenerator.write(rows: count, to: csv)
            var seconds: [Double] = [], memory: [Double] = []
            for _ in 0..<3 {
                let run = try ChildProcess.run(binary, ["import", csv, "-o", scenario, "--force"])
                guard run.status == 0 else { throw BenchError("pushpull import failed (\(run.status)): \(run.errors.suffix(500))") }
                seconds.append(run.seconds)
                memory.append(run.peakMegabytes)
            }
            let timing = Timing(samples: seconds)
            table.add("import \(count) rows (\(size / 1_000_000) MB)",
                      String(format: "median %.2f s (min %.2f, max %.2f), peak %.0f MB", timing.median, seconds.min()!, seconds.max()!, memory.max()!),
                      target: count == rows ? "< 3 s, memory flat" : "")
        }
    }
}

/// Writes a synthetic opportunity export with the Maven sample's columns and
/// proportions (48% won, 28% lost, 18% engaging, 6% prospecting; 30 agents;
/// values around 1,500; some empty accounts), from a fixed seed.
enum ExportGenerator {
    static func write(rows: Int, to path: String) throws -> Int {
        guard let file = fopen(path, "w") else { throw BenchError("cannot write \(path)") }
        defer { fclose(file) }
        var random = SeededGenerator(state: 20_161_020)
        let agents = (1...30).map { "Agent \($0)" }
        let products = ["GTX Basic", "GTX Pro", "MG Special", "MG Advanced", "GTX Plus Pro", "GTX Plus Basic", "GTK 500"]
        let prices = [550, 4821, 55, 3393, 5482, 1096, 26768]
        var written = 0
        func put(_ line: String) {
            fputs(line, file)
            written += line.utf8.count
        }
        put("opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n")
        for row in 0..<rows {
            let roll = random.unit()
            let stage = roll < 0.48 ? "Won" : roll < 0.76 ? "Lost" : roll < 0.94 ? "Engaging" : "Prospecting"
            let product = Int(random.unit() * Double(products.count))
            let account = random.unit() < 0.16 ? "" : "Account \(Int(random.unit() * 85))"
            let engageDay = Int(random.unit() * 420)
            let engage = stage == "Prospecting" ? "" : isoDate(dayOffset: engageDay)
            let close = stage == "Won" || stage == "Lost" ? isoDate(dayOffset: engageDay + 10 + Int(random.unit() * 120)) : ""
            let value = stage == "Won" ? String(Int(Double(prices[product]) * (0.8 + 0.4 * random.unit()))) : stage == "Lost" ? "0" : ""
            put("OPP\(row),\(agents[Int(random.unit() * 30)]),\(products[product]),\(account),\(stage),\(engage),\(close),\(value)\n")
        }
        return written
    }

    /// Days after 2016-10-20 as an ISO date (a plain calendar walk; no Foundation date per row).
    static func isoDate(dayOffset: Int) -> String {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var year = 2016, month = 10, day = 20 + dayOffset
        while true {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length = month == 2 && leap ? 29 : lengths[month - 1]
            if day <= length { break }
            day -= length
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
