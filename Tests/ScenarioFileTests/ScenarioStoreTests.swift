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

    @Test("A save keeps the file's owner and group (root saving a user's file)", .enabled(if: getuid() == 0, "needs root to give a file away"))
    func ownerIsKept() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml")
        try ScenarioStore.save(.example, to: path)
        #expect(chown(path, 1000, 1000) == 0)
        var scenario = Scenario.example
        scenario.levers.pushShare = 0.5
        try ScenarioStore.save(scenario, to: path)
        var status = stat()
        #expect(stat(path, &status) == 0)
        #expect(status.st_uid == 1000 && status.st_gid == 1000)
    }

    @Test("A file with another hard link is written through: both names see the new content")
    func hardLinksSeeTheSave() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("plan.toml"), other = directory.file("also-plan.toml")
        try ScenarioStore.save(.example, to: path)
        #expect(link(path, other) == 0)
        var scenario = Scenario.example
        scenario.name = "saved once, seen twice"
        try ScenarioStore.save(scenario, to: path)
        #expect(try ScenarioReader.read(path: other).name == "saved once, seen twice")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["also-plan.toml", "plan.toml"],
                "no temporary file left behind")
    }

    @Test("A symbolic link to nothing is refused with a message, not replaced by a file")
    func danglingLinkIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let link = directory.file("plan.toml")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.file("gone/plan.toml"))
        let error = try #require(throws: ScenarioStoreError.self) { try ScenarioStore.save(.example, to: link) }
        #expect(error.description.hasPrefix("cannot save \(link): it is a symbolic link to \(directory.path)/gone/plan.toml, which cannot be reached"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == directory.file("gone/plan.toml"), "the link is untouched")
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
