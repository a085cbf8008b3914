import Foundation
import Testing
import TestSupport

/// What the tool says back about its arguments (paths, `--set` values) reaches the terminal as
/// text: an escape sequence in a file name must not retitle the window or clear the screen.
@Suite("Arguments echoed back")
struct EchoedTextTests {
    static let hostile = "\u{1B}]0;pwned\u{7}\u{9B}2J\u{202E}"

    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter { ($0.properties.generalCategory == .control && $0 != "\n") || $0.properties.isBidiControl }
            .map { String($0.value, radix: 16) }
    }

    static func expectPrintable(_ run: ChildProcess.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(unsafeScalars(run.output + run.errors).isEmpty, "\(what): \(run.output) \(run.errors)", sourceLocation: sourceLocation)
        #expect((run.output + run.errors).contains("\\u001B]0;pwned\\u0007"), "\(what) names it as text", sourceLocation: sourceLocation)
    }

    @Test("A --set value is quoted escaped in the usage error")
    func setValue() throws {
        let run = try ChildProcess.run(TmuxSession.pushpullBinary, ["report", "--set", "pushShare=\(Self.hostile)"])
        #expect(run.status == 64)
        Self.expectPrintable(run, "--set")
    }

    @Test("init and import -o name the file they wrote escaped")
    func writtenPaths() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let initialized = try ChildProcess.run(TmuxSession.pushpullBinary, ["init", directory.file("\(Self.hostile).toml")])
        #expect(initialized.status == 0, "\(initialized.errors)")
        Self.expectPrintable(initialized, "init")

        var export = SyntheticCRMExport()
        export.months = 8
        export.opportunitiesPerMonth = 40
        let csv = directory.file("deals.csv")
        try export.csv.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try ChildProcess.run(TmuxSession.pushpullBinary, ["import", csv, "-o", directory.file("\(Self.hostile)-2.toml")])
        #expect(imported.status == 0, "\(imported.errors)")
        Self.expectPrintable(imported, "import -o")
    }
}
