import Foundation
import PushPullModel
import TestSupport
import Testing
@testable import ScenarioFile

@Suite struct ScenarioStoreTests {
    @Test func saveWritesTheScenarioAndReplacesTheOldFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        var scenario = Scenario.example
        scenario.levers.pushShare = 0.55
        try ScenarioStore.save(scenario, to: path)
        #expect(try ScenarioReader.read(path: path) == scenario)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.toml"], "no temporary file left behind")
    }

    @Test func newFilesAreReadableTextFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("new.toml")
        try ScenarioStore.save(.example, to: path)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o644)
    }

    @Test func aSymbolicLinkIsFollowed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let real = directory.file("real.toml"), link = directory.file("link.toml")
        try ScenarioStore.save(.example, to: real)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        var scenario = Scenario.example
        scenario.name = "through the link"
        try ScenarioStore.save(scenario, to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try ScenarioReader.read(path: real).name == "through the link")
    }

    @Test(.enabled(if: UnwritableDirectory.canBeMade, "cannot make a directory unwritable on this machine"))
    func unwritableDirectoryGivesAClearErrorAndKeepsTheOriginal() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try ScenarioStore.save(.example, to: path)
        let original = try String(contentsOfFile: path, encoding: .utf8)

        let error = try UnwritableDirectory.applied(to: directory.path) {
            var scenario = Scenario.example
            scenario.levers.budget = 1
            return try #require(throws: ScenarioStoreError.self) { try ScenarioStore.save(scenario, to: path) }
        }
        #expect(error.description.hasPrefix("cannot save \(path): cannot create a temporary file in \(directory.path) ("))
        #expect(error.description.hasSuffix("); the existing file is unchanged"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.toml"])
    }

    @Test func missingDirectoryIsAClearError() throws {
        let error = try #require(throws: ScenarioStoreError.self) {
            try ScenarioStore.save(.example, to: "/nonexistent-pushpull-dir/plan.toml")
        }
        #expect(error.description == "cannot save /nonexistent-pushpull-dir/plan.toml: cannot create a temporary file in /nonexistent-pushpull-dir (No such file or directory); the existing file is unchanged")
    }
}

/// Root ignores permission bits, so as root the directory is also made immutable (`chattr +i`).
enum UnwritableDirectory {
    static let canBeMade: Bool = {
        guard let directory = try? TemporaryDirectory() else { return false }
        defer { directory.remove() }
        return (try? applied(to: directory.path) { !FileManager.default.createFile(atPath: directory.file("probe"), contents: nil) }) ?? false
    }()

    static func applied<T>(to path: String, _ body: () throws -> T) throws -> T {
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: path)
        if geteuid() == 0 { chattr("+i", path) }
        defer {
            if geteuid() == 0 { chattr("-i", path) }
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        return try body()
    }

    private static func chattr(_ flag: String, _ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
    }
}
