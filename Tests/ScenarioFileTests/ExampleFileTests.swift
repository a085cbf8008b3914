import Foundation
import PushPullModel
import TestSupport
import Testing
@testable import ScenarioFile

/// `examples/example.toml` is what newcomers copy: it must read to the built-in example and stay
/// exactly what the writer produces, so its comments document every key of the current format.
@Suite struct ExampleFileTests {
    let examplePath = repositoryRoot.appendingPathComponent("examples/example.toml").path

    @Test func exampleFileReadsToTheBuiltInExample() throws {
        #expect(try ScenarioReader.read(path: examplePath) == Scenario.example)
    }

    /// Run with PUSHPULL_WRITE_EXAMPLE=1 to regenerate the file after a format or default change.
    @Test func exampleFileIsTheWriterOutput() throws {
        let expected = ScenarioWriter.text(for: .example)
        if ProcessInfo.processInfo.environment["PUSHPULL_WRITE_EXAMPLE"] == "1" {
            try expected.write(toFile: examplePath, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOfFile: examplePath, encoding: .utf8)
        #expect(actual == expected, "examples/example.toml is stale: regenerate it with PUSHPULL_WRITE_EXAMPLE=1 swift test --filter ExampleFileTests")
    }

    @Test func everyKeyInTheExampleHasAComment() throws {
        let lines = try String(contentsOfFile: examplePath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.contains(" = ") && !line.hasPrefix("#") {
            let key = String(line.prefix { $0 != " " })
            let documented = lines[index - 1].hasPrefix("# ") || lines.contains { $0.hasPrefix("#   \(key) ") }
            #expect(documented, "line \(index + 1): \(key) has no comment")
        }
    }
}
