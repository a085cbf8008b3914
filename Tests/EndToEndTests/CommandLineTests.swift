import Foundation
import Testing
import TestSupport

/// The command-line tool as scripts use it: exit statuses, formats, and files.
@Suite("Command line")
struct CommandLineTests {
    static func pushpull(_ arguments: [String]) throws -> ChildProcess.Result {
        try ChildProcess.run(TmuxSession.pushpullBinary, arguments)
    }

    /// Its speed, the model's and the best-balance search's, is for `pushpull-bench model` and `analyses`
    /// to measure: a test with a time bound fails on a slow machine, not on wrong code.
    @Test("report --format json answers with the documented contract")
    func reportJSON() throws {
        let run = try Self.pushpull(["report", "--format", "json", "--paths", "1000", "--set", "pushShare=0.6"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["paths"] as? Int == 1000)
        #expect((object["levers"] as? [String: Double])?["pushShare"] == 0.6)
        #expect((object["months"] as? [Any])?.count == 36)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["bestBalance"] != nil)
    }

    @Test("Bad flags and values name the flag and the range, exit 64", arguments: [
        (["report", "--set", "pushShare=1.5"], "pushShare must be a number in 0…1"),
        (["report", "--set", "speed=1"], "unknown lever 'speed'"),
        (["report", "--set", "pushShare"], "expected LEVER=VALUE"),
        (["report", "--paths", "0"], "--paths 0 is out of range"),
        (["report", "--horizon", "500"], "--horizon 500 is out of range"),
        (["report", "--format", "pdf"], "format"),
    ])
    func badFlags(arguments: [String], message: String) throws {
        let run = try Self.pushpull(arguments)
        #expect(run.status == 64)
        #expect(run.errors.contains(message), "\(run.errors)")
    }

    @Test("init writes the built-in example: reporting it gives exactly the built-in figures")
    func initRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("plan.toml").path
        #expect(try Self.pushpull(["init", file]).status == 0)
        let fromFile = try Self.pushpull(["report", file, "--format", "csv", "--paths", "300"])
        let builtIn = try Self.pushpull(["report", "--format", "csv", "--paths", "300"])
        #expect(fromFile.status == 0 && builtIn.status == 0)
        #expect(fromFile.output == builtIn.output)
        // init refuses to overwrite without --force, and says so
        let again = try Self.pushpull(["init", file])
        #expect(again.status == 64 && again.errors.contains("--force"))
    }

    @Test("A broken scenario file is named with its line, nothing runs, exit 65 (data error)")
    func brokenScenario() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("broken.toml")
        try "format = 1\n[levers]\npushShare = \"high\"\nbudgett = 3\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.pushpull(["report", file.path])
        #expect(run.status == 65)
        #expect(!run.errors.contains("Usage:"), "a file error is not a usage error")
        #expect(run.errors.contains("broken.toml:3"))
        #expect(run.errors.contains("levers.pushShare"))
        #expect(run.errors.contains("budgett"))
    }

    @Test("import calibrates a scenario from the sample CRM export; the scenario reports",
          .enabled(if: FileManager.default.fileExists(atPath: mavenSamplePath), "the Maven sample is not beside the checkout"))
    func importSample() throws {
        let sample = URL(fileURLWithPath: mavenSamplePath)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let output = directory.url.appendingPathComponent("maven.toml").path
        let run = try Self.pushpull(["import", sample.path, "-o", output])
        #expect(run.status == 0, "\(run.errors)")
        let again = try Self.pushpull(["import", sample.path, "-o", output])
        #expect(again.status == 64 && again.errors.contains("exists; pass --force"), "an existing scenario is never replaced unasked")
        #expect(try Self.pushpull(["import", sample.path, "-o", output, "--force"]).status == 0)
        #expect(run.output.contains("8800 read"))
        #expect(run.output.contains("4238 won"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("sales_pipeline.csv"), "provenance comments name the export")
        #expect(try Self.pushpull(["report", output, "--no-best-balance", "--paths", "200"]).status == 0)
    }

    @Test("A missing scenario file exits 66 (no input), without usage text")
    func missingScenario() throws {
        let run = try Self.pushpull(["report", "/nonexistent/plan.toml"])
        #expect(run.status == 66)
        #expect(run.errors == "Error: /nonexistent/plan.toml: cannot read the file: No such file or directory\n")
    }

    @Test("import of something that is not a CSV says so, exit 65 (data error)")
    func importNotCSV() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("photo.csv")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF, 0xFE, 0x00]).write(to: file)
        let run = try Self.pushpull(["import", file.path])
        #expect(run.status == 65)
        #expect(run.errors.lowercased().contains("csv"))
    }

    @Test("snapshot renders the dashboard without a terminal, at the size asked")
    func snapshot() throws {
        let run = try Self.pushpull(["snapshot", "--size", "100x30"])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 30)
        #expect(run.output.contains("Push 70%") && run.output.contains("Pull 30%"))
        #expect(!run.output.contains("\u{1b}"))
        let ansi = try Self.pushpull(["snapshot", "--size", "100x30", "--format", "ansi", "--colors", "256"])
        #expect(ansi.output.contains("\u{1b}[0"))
    }
}
