import Foundation
import Testing

/// Compares rendered text with a file under `Snapshots/`; `PUSHPULL_RECORD_SNAPSHOTS=1` rewrites the files.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func assertMatches(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        let recording = ProcessInfo.processInfo.environment["PUSHPULL_RECORD_SNAPSHOTS"] == "1"
        if recording || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
            if !recording { Issue.record("recorded new snapshot \(name); check it by eye", sourceLocation: sourceLocation) }
            return
        }
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(stored == text + "\n", "snapshot \(name) differs; re-record with PUSHPULL_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    }
}
