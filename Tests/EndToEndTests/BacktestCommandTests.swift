import Foundation
import Testing
import TestSupport

/// `pushpull backtest` as scripts use it: the JSON contract, exit statuses, and the import's flags.
@Suite("Back-test command")
struct BacktestCommandTests {
    static let sample = URL(fileURLWithPath: mavenSamplePath)

    /// A private directory per test, removed at its end.
    static func withDirectory(_ body: (URL) throws -> Void) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try body(directory.url)
    }

    @Test("backtest of the sample: the table and the JSON contract",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "the Maven sample is not beside the checkout"))
    func sampleBacktest() throws {
        let table = try CommandLineTests.pushpull(["backtest", Self.sample.path, "--paths", "200", "--currency", "USD"])
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("2017-03") && table.output.contains("2017-12"))
        #expect(table.output.contains("Win rate") && table.output.contains("63.2% actual"))
        let run = try CommandLineTests.pushpull(["backtest", Self.sample.path, "--paths", "200", "--holdout-months", "3", "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["window"] as? [String: String] == ["from": "2017-03", "to": "2017-12"])
        let months = try #require(object["months"] as? [[String: Any]])
        #expect(months.count == 10)
        #expect(months.compactMap { $0["holdout"] as? Bool } == Array(repeating: false, count: 7) + Array(repeating: true, count: 3))
        #expect((months.first?["actual"] as? [String: Double]) == ["opportunities": 792, "won": 531, "bookings": 1_134_672])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["holdoutError"] as? [String: Double])?.keys.sorted() == ["bookings", "won"])
    }

    @Test("an export too short to back-test: a clear message and exit status 65")
    func tooShort() throws {
        try Self.withDirectory { directory in
            let file = directory.appendingPathComponent("short.csv")
            try Data("""
                Opportunity ID,Stage,Created Date,Close Date,Amount,Opportunity Owner
                1,Closed Won,2024-01-10,2024-02-09,1000,Ann
                2,Closed Lost,2024-01-15,2024-03-15,0,Bob

                """.utf8).write(to: file)
            let run = try CommandLineTests.pushpull(["backtest", file.path])
            #expect(run.status == 65)
            #expect(run.errors.contains("short.csv has 2 months from its first closed deal to its end; a back-test needs at least 3"))
            let holdout = try CommandLineTests.pushpull(["backtest", file.path, "--holdout-months", "1"])
            #expect(holdout.status == 65 && holdout.errors.contains("holding out 1 month needs at least 3"))
        }
    }

    @Test("an unreadable export, a bad flag: named, with their exit statuses")
    func badInput() throws {
        try Self.withDirectory { directory in
            let file = directory.appendingPathComponent("photo.csv")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF, 0xFE, 0x00]).write(to: file)
            let run = try CommandLineTests.pushpull(["backtest", file.path])
            #expect(run.status == 65 && run.errors.contains("not a CSV opportunity export"))
            let flag = try CommandLineTests.pushpull(["backtest", file.path, "--holdout-months", "99"])
            #expect(flag.status == 64 && flag.errors.contains("--holdout-months 99 is out of range"))
            let currency = try CommandLineTests.pushpull(["import", file.path, "--currency", "US Dollar"])
            #expect(currency.status == 64 && currency.errors.contains("--currency US Dollar: expected a code"))
        }
    }

    @Test("import with money flags: the file says what was given, what was fitted and what was assumed",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "the Maven sample is not beside the checkout"))
    func importWithFlags() throws {
        try Self.withDirectory { directory in
            let output = directory.appendingPathComponent("maven.toml").path
            let run = try CommandLineTests.pushpull(["import", Self.sample.path, "-o", output, "--currency", "usd", "--cash", "2000000"])
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("Assumptions (not in the export; marked `assumption` in the file):"))
            #expect(run.output.contains("levers.budget = ") && !run.output.contains("finance.currency = "))
            let text = try String(contentsOfFile: output, encoding: .utf8)
            #expect(text.contains("currency = \"USD\"  # given with --currency"))
            #expect(text.contains("startingCash = 2_000_000  # given with --cash"))
            #expect(text.contains("fixedMonthlyCosts = 150_000  # assumption: kept from the base scenario"))
            #expect(text.contains("handoff = 0.35  # assumption: kept from the built-in example"))
            #expect(text.contains("periodBookings = ") && text.contains("# bookings of the twelve months to 2017-12 in sales_pipeline.csv"))
            #expect(try CommandLineTests.pushpull(["report", output, "--no-best-balance", "--paths", "200"]).status == 0)
        }
    }

    @Test("snapshot --backtest draws the back-test view over the dashboard",
          .enabled(if: FileManager.default.fileExists(atPath: sample.path), "the Maven sample is not beside the checkout"))
    func snapshotWithBacktest() throws {
        let run = try CommandLineTests.pushpull(["snapshot", "--backtest", Self.sample.path, "--size", "120x40"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Back-test · sales_pipeline.csv · B or Esc closes"))
        #expect(run.output.contains("2017-03") && run.output.contains("2017-12"))
        let missing = try CommandLineTests.pushpull(["snapshot", "--backtest", "/nonexistent/export.csv"])
        #expect(missing.status == 66 && missing.errors.contains("/nonexistent/export.csv"))
    }
}
