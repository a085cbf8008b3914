import ArgumentParser
import Foundation
@testable import PushPullCLI
import TestSupport
import Testing

/// Every failure ends with its sysexits status and an exact message, and only usage errors show usage.
@Suite("Exit statuses and messages")
struct ExitStatusTests {
    @Test("A missing scenario file is no input (66), with no usage text")
    func missingScenario() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("missing.toml")
        #expect(CommandRun.failure(["report", path])
                == FailureReport(text: "Error: \(path): cannot read the file: No such file or directory", status: 66))
    }

    @Test("A folder given as the scenario is no input (66)")
    func folderAsScenario() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(CommandRun.failure(["report", directory.path])
                == FailureReport(text: "Error: \(directory.path): cannot read the file: Is a directory", status: 66))
    }

    @Test("A pipe given as the scenario is no input (66), refused without waiting for a writer", .timeLimit(.minutes(10)))
    func pipeAsScenario() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(CommandRun.failure(["report", path])
                == FailureReport(text: "Error: \(path): cannot read the file: not a regular file", status: 66))
    }

    @Test("A scenario holding a wrong value is a data error (65), named by file, line, column and key")
    func badScenarioData() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "format = 1\n[levers]\npushShare = \"high\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["report", path]) == FailureReport(
            text: "Error: \(path):3:1: levers.pushShare: expected a number, found a string (\"high\")", status: 65))
    }

    @Test("report --baseline naming a missing file is no input (66)")
    func missingBaseline() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("before.toml")
        let arguments = ["report", "--format", "markdown", "--baseline", path, "--paths", "100", "--no-best-balance"]
        #expect(CommandRun.failure(arguments)
                == FailureReport(text: "Error: \(path): cannot read the file: No such file or directory", status: 66))
    }

    @Test("init where the file cannot be created is cannot create (73)")
    func initCannotCreate() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("missing/plan.toml")
        #expect(CommandRun.failure(["init", path]) == FailureReport(
            text: "Error: cannot save \(path): cannot create a temporary file in \(directory.path)/missing "
                + "(No such file or directory); the existing file is unchanged",
            status: 73))
    }

    @Test("init over an existing file is refused without --force (64), and written with it")
    func initExisting() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["init", path]) == FailureReport(text: "Error: \(path) exists; pass --force to replace it", status: 64))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        #expect(CommandRun.failure(["init", path, "--force"]) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("format = 1"))
    }

    @Test("import: a missing export is no input (66)")
    func importMissing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("deals.csv")
        #expect(CommandRun.failure(["import", path]) == FailureReport(text: "Error: cannot open \(path): no such file", status: 66))
    }

    @Test("import: an export without the needed columns is a data error (65)")
    func importWithoutColumns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("deals.csv")
        try "colour,size\nred,3\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["import", path]) == FailureReport(
            text: "Error: \(path):1:1: not a CSV opportunity export: the first line has no known column (found 2 columns: colour | size)",
            status: 65))
    }

    @Test("import: a quoted field never closed is a data error (65) placed at its file and line")
    func importUnclosedQuote() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("deals.csv")
        let header = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
        try (header + "A,Ann,X,Acme,Won,2024-01-02,2024-02-03,100\n\"B,Bob\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["import", path]) == FailureReport(
            text: "Error: \(path):3:1: the quoted field starting on line 3 is never closed", status: 65))
        #expect(CommandRun.failure(["backtest", path])?.text.hasPrefix("Error: \(path):3:1: ") == true)
    }

    @Test("import and backtest: a pipe given as the export is no input (66), refused without waiting for a writer",
          .timeLimit(.minutes(10)), arguments: ["import", "backtest"])
    func pipeAsExport(command: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("deals.csv")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(CommandRun.failure([command, path])
                == FailureReport(text: "Error: cannot open \(path): not a regular file", status: 66))
    }

    @Test("import: an export with no usable row is a data error (65) and writes nothing")
    func importNoUsableRow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("deals.csv"), output = directory.file("plan.toml")
        let header = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
        try (header + "A,Ann,X,Acme,Won,someday,2024-02-03,100\nB,Bob,X,Beta,Lost,never,,0\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["import", path, "-o", output]) == FailureReport(
            text: "Error: \(path): no usable row (2 read, 2 rejected): nothing to calibrate from; \(output) not written", status: 65))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("import writes only what the reader takes: a long export name still gives a scenario that loads")
    func importedScenarioLoads() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var export = SyntheticCRMExport()
        export.dialect = .maven
        export.months = 8
        export.opportunitiesPerMonth = 40
        let path = directory.file(String(repeating: "d", count: 200) + ".csv"), output = directory.file("plan.toml")
        try export.csv.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["import", path, "-o", output]) == nil)
        #expect(CommandRun.failure(["report", output, "--paths", "10", "--no-best-balance"]) == nil)
    }

    @Test("import: a --map naming no known field is a usage error (64)")
    func importBadMapping() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("deals.csv")
        try "id,stage\n1,Won\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandRun.failure(["import", path, "--map", "colour=stage"]) == FailureReport(
            text: "Error: --map colour=stage: expected FIELD=COLUMN with FIELD one of "
                + "id, stage, engageDate, closeDate, amount, owner, account, source",
            status: 64))
    }

    @Test("An unknown theme is a usage error (64) that lists the themes", arguments: [
        ["snapshot", "--theme", "nosuch"],
        ["--theme", "nosuch"],
        ["dashboard", "--theme", "nosuch"],
    ])
    func unknownTheme(arguments: [String]) {
        #expect(CommandRun.failure(arguments) == FailureReport(
            text: "Error: --theme nosuch: no such theme\nThemes: colorblind, default, high-contrast, light, mono, or the path of a theme file.",
            status: 64))
    }

    @Test("report --baseline with a format that cannot show it is a usage error (64)", arguments: ["table", "json", "csv"])
    func baselineOutsideMarkdown(format: String) throws {
        let failure = try #require(CommandRun.failure(["report", "--format", format, "--baseline", "base.toml"]))
        #expect(failure.status == 64)
        #expect(failure.text.hasPrefix("Error: --baseline is shown by --format markdown only, not by --format \(format)\n"), "\(failure.text)")
    }

    @Test("--seed -1 is refused with the range and the subcommand's usage (64)")
    func negativeSeed() throws {
        let failure = try #require(CommandRun.failure(["report", "--seed", "-1"]))
        #expect(failure.status == 64)
        let lines = failure.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Error: The value '-1' is invalid for '--seed <seed>': expected a whole number in 0…18446744073709551615")
        #expect(lines.contains { $0.hasPrefix("Usage: pushpull report ") }, "\(failure.text)")
    }

    @Test("A ValidationError thrown while running is a usage error without the generic usage line")
    func validationWhileRunning() {
        #expect(PushPull.report(for: ValidationError("invalid scenario: no stages"))
                == FailureReport(text: "Error: invalid scenario: no stages", status: 64))
    }

    @Test("Help and version requests are not failures")
    func helpIsNotAFailure() {
        for arguments in [["--help"], ["--version"], ["report", "--help"]] {
            #expect(CommandRun.failure(arguments) == nil, "\(arguments)")
        }
    }

    @Test("Control characters in a failure are escaped on every line, the line breaks kept")
    func controlCharactersEscaped() {
        let failure = CommandFailure(.dataError, "a\u{1B}[31mb\nc\u{7}", hint: "d\u{202E}e")
        #expect(failure.description == "a\\u001B[31mb\nc\\u0007\nd\\u202Ee")
    }

    @Test("System errors map to sysexits: a file not there or not ours is no input or cannot create, the rest I/O",
          arguments: [
              (ENOENT, CommandFailure.Status.noInput, CommandFailure.Status.cannotCreate),
              (EACCES, .noInput, .cannotCreate),
              (EISDIR, .noInput, .cannotCreate),
              (EROFS, .ioError, .cannotCreate),
              (EIO, .ioError, .ioError),
              (ENOSPC, .ioError, .ioError),
          ])
    func systemErrors(number: Int32, reading: CommandFailure.Status, writing: CommandFailure.Status) {
        #expect(CommandFailure.readStatus(number) == reading)
        #expect(CommandFailure.writeStatus(number) == writing)
    }
}
