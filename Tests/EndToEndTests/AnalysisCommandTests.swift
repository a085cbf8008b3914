import Foundation
import Testing
import TestSupport

/// `pushpull frontier|sensitivity|goal|compare|curves` as scripts use them: the JSON contracts,
/// the same output for the same seed, and goal's exit status.
@Suite("Analysis commands")
struct AnalysisCommandTests {
    static func json(_ arguments: [String], status: Int32 = 0) throws -> [String: Any] {
        let run = try CommandLineTests.pushpull(arguments + ["--format", "json", "--paths", "200"])
        #expect(run.status == status, "\(arguments): \(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test("frontier --format json: every push share with ARR, risk and efficiency, the current and the best")
    func frontier() throws {
        let object = try Self.json(["frontier", "--risk", "cash", "--steps", "11", "--no-map"])
        #expect(object["risk"] as? String == "cash")
        let points = try #require(object["points"] as? [[String: Any]])
        #expect(points.count == 11)
        #expect(points.allSatisfy { $0["pushShare"] is Double && $0["arrP50"] is Double && $0["risk"] is Double && $0["efficient"] is Bool })
        #expect(points.contains { $0["efficient"] as? Bool == true })
        #expect((object["current"] as? [String: Any])?["pushShare"] as? Double == 0.7)
        #expect(object.keys.contains("best"))
    }

    @Test("sensitivity --format json: rows sorted by swing, largest first; same seed, same output")
    func sensitivity() throws {
        let arguments = ["sensitivity", "--metric", "nextQuarter", "--seed", "7"]
        let object = try Self.json(arguments)
        #expect(object["metric"] as? String == "nextQuarter")
        let rows = try #require(object["rows"] as? [[String: Any]])
        let swings = rows.compactMap { $0["swing"] as? Double }
        #expect(swings.count == 12 && swings == swings.sorted(by: >))
        #expect(rows.allSatisfy { ($0["low"] as? [String: Any])?["metric"] is Double && $0["name"] is String })
        let first = try CommandLineTests.pushpull(arguments + ["--format", "json", "--paths", "200"]).output
        let second = try CommandLineTests.pushpull(arguments + ["--format", "json", "--paths", "200"]).output
        #expect(first == second)
    }

    @Test("goal: exit 0 with the value when reachable, exit 1 with the best reached when not")
    func goal() throws {
        let reachable = try Self.json(["goal", "--target", "hit", "--value", "80%", "--solve", "budget"])
        #expect(reachable["reachable"] as? Bool == true)
        #expect(reachable["lever"] as? String == "budget")
        #expect(((reachable["achieved"] as? [String: Any])?["value"] as? Double ?? 0) >= 0.8)
        let unreachable = try Self.json(["goal", "--target", "arr", "--value", "1B", "--solve", "handoff"], status: 1)
        #expect(unreachable["reachable"] as? Bool == false)
        let bad = try CommandLineTests.pushpull(["goal", "--target", "hit", "--value", "2"])
        #expect(bad.status == 64 && bad.errors.contains("--value"))
    }

    @Test("compare a file with itself: no difference, every row's difference zero; markdown carries the table")
    func compare() throws {
        let example = repositoryRoot.appendingPathComponent("examples/example.toml").path
        let object = try Self.json(["compare", example, example])
        #expect(object["differs"] as? Bool == false)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty && rows.allSatisfy { $0["difference"] as? Double == 0 })
        let moved = try Self.json(["compare", example, example, "--set", "budget=300000"])
        #expect(moved["differs"] as? Bool == true)
        let markdown = try CommandLineTests.pushpull(["compare", example, example, "--format", "markdown", "--paths", "200"])
        #expect(markdown.output.contains("| Horizon ARR |"))
    }

    @Test("curves --format json: three channels with the marginal return of the next 10%")
    func curves() throws {
        let object = try Self.json(["curves"])
        let channels = try #require(object["channels"] as? [[String: Any]])
        #expect(channels.compactMap { $0["channel"] as? String } == ["push", "content", "partners"])
        #expect(channels.allSatisfy { $0["marginalARRGain"] is Double && ($0["curve"] as? [Any])?.isEmpty == false })
        #expect(object["slice"] as? Double == 0.1)
    }

    @Test("report --format markdown carries the frontier and the tornado as tables, for meeting notes")
    func reportMarkdown() throws {
        let run = try CommandLineTests.pushpull(["report", "--format", "markdown", "--paths", "200", "--no-best-balance"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("## Frontier: return against risk by push share"))
        #expect(run.output.contains("## Sensitivity of Horizon ARR P50"))
        #expect(run.output.contains("| Win rate \\(last stage\\) |"))
    }

    @Test("Every analysis runs on a scenario imported from the CRM sample, and the dashboard snapshot shows each view",
          .enabled(if: FileManager.default.fileExists(atPath: mavenSamplePath), "the Maven sample is not beside the checkout"))
    func importedScenario() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let imported = directory.url.appendingPathComponent("maven.toml").path
        #expect(try CommandLineTests.pushpull(["import", mavenSamplePath, "-o", imported]).status == 0)
        for command in [["frontier", "--no-map"], ["sensitivity"], ["curves"], ["compare", imported]] {
            let object = try Self.json([command[0], imported] + command.dropFirst())
            #expect(!object.isEmpty, "\(command)")
        }
        let goal = try CommandLineTests.pushpull(["goal", imported, "--paths", "200", "--format", "json"])
        #expect(goal.status == 0 || goal.status == 1, "goal answers either way: \(goal.errors)")
        for view in ["frontier", "sensitivity", "goal", "compare", "curves"] {
            let snapshot = try CommandLineTests.pushpull(["snapshot", imported, "--view", view, "--size", "80x24"])
            #expect(snapshot.status == 0 && snapshot.output.contains("Calibrated from"), "\(view): \(snapshot.errors)")
            #expect(!snapshot.output.contains("could not compute"), "\(view)")
        }
    }
}
