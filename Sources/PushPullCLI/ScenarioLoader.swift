import PushPullModel
import ScenarioFile

/// Where a command's scenario comes from: a file, or the built-in example.
enum ScenarioLoader {
    static func load(path: String?) throws(CommandFailure) -> Scenario {
        guard let path else { return Scenario.example }
        do {
            return try ScenarioReader.read(path: path)
        } catch {
            throw CommandFailure(error)
        }
    }
}
