import Foundation
import PushPullModel
import TOMLGuard
import TOMLKit

/// Reads scenario files (see `examples/example.toml` for the format) and reports every problem
/// with its file, line, column and key.
public enum ScenarioReader {
    /// Scenarios are a few kilobytes; anything past this is not one, and is refused before parsing.
    public static let maximumFileSize = 1 << 20

    public static func read(path: String) throws(ScenarioFileError) -> Scenario {
        let text: String
        do {
            text = try TOMLInput.read(path: path, maximumSize: maximumFileSize)
        } catch {
            throw ScenarioFileError(file: path, inputProblem: error)
        }
        return try parse(text: text, fileName: path)
    }

    /// `fileName` is only used to name the file in problems.
    public static func parse(text: String, fileName: String) throws(ScenarioFileError) -> Scenario {
        let document: TOMLTable
        do {
            // A scenario nests two levels: the depth limit is far above that.
            document = try TOMLInput.parse(text, maximumSize: maximumFileSize, guardOptions: .init(maximumDepth: 64, allowsArrays: true))
        } catch {
            throw ScenarioFileError(file: fileName, inputProblem: error)
        }
        // Nothing read from the document outlives the decoding: TOMLKit would never free it.
        defer { TOMLKitRelease.release(document) }
        var decoding = ScenarioDecoding(fileName: fileName, locator: KeyLocator(text: text))
        if let scenario = decoding.decode(document) {
            decoding.reportValidationIssues(of: scenario)
            if decoding.problems.isEmpty { return scenario }
        }
        let ordered = decoding.problems.enumerated().sorted { a, b in
            (a.element.position ?? .start, a.offset) < (b.element.position ?? .start, b.offset)
        }
        throw ScenarioFileError(problems: ordered.map(\.element))
    }
}
