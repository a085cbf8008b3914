import Foundation
import Testing
@testable import ScenarioFile
import TestSupport

/// Hostile or accidental input gets one clear problem, never a crash or a hang.
@Suite struct ReaderLimitsTests {
    func readProblems(_ bytes: [UInt8]) throws -> [String] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ScenarioReader.read(path: path)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: directory.path + "/", with: "") }
        }
    }

    @Test func hugeFileIsRefusedBeforeParsing() throws {
        let huge = Array("format = 1\n# \(String(repeating: "x", count: ScenarioReader.maximumFileSize))\n".utf8)
        #expect(try readProblems(huge) == ["plan.toml: larger than 1024 KiB: not a scenario file"])
        #expect(throws: ScenarioFileError.self) { try ScenarioReader.parse(text: String(decoding: huge, as: UTF8.self), fileName: "x") }
    }

    @Test func invalidUTF8IsReportedWhereItIs() throws {
        #expect(try readProblems(Array("format = 1\nname = \"caf".utf8) + [0xE9] + Array("\"\n".utf8)) == [
            "plan.toml:2:12: not valid UTF-8 text: save the file as UTF-8",
        ])
    }

    @Test func binaryGarbageIsNotAScenario() throws {
        var generator = SeededGenerator(state: 7)
        let garbage = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let found = try readProblems(garbage)
        #expect(found.count == 1)
        #expect(found.first?.contains("not valid UTF-8") == true)
    }

    @Test func nulCharacterIsRefused() throws {
        #expect(try readProblems(Array("format = 1\nname = \"a\0b\"\n".utf8)) == [
            "plan.toml:2:10: contains a NUL character: not a text file",
        ])
    }

    @Test func deepNestingIsASyntaxErrorNotACrash() {
        for (open, close) in [("[", "]"), ("{ a = ", "}")] {
            let text = "format = 1\nx = " + String(repeating: open, count: 100_000) + String(repeating: close, count: 100_000) + "\n"
            #expect(throws: ScenarioFileError.self) { try ScenarioReader.parse(text: text, fileName: "deep.toml") }
        }
    }

    @Test func missingFileAndDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.file("nope.toml")
        let error = try #require(throws: ScenarioFileError.self) { try ScenarioReader.read(path: missing) }
        #expect(error.description == "\(missing): cannot read the file: No such file or directory")
        #expect(throws: ScenarioFileError.self) { try ScenarioReader.read(path: directory.path) }
    }
}
