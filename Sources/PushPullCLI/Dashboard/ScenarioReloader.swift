import Dashboard
import PushPullModel
import ScenarioFile

/// `--watch`: polls the scenario file and, when it changed on disk, reloads it,
/// keeping the levers the user moved unless the file changed them too. An invalid
/// file gives a message and changes nothing.
final class ScenarioReloader {
    private let path: String
    private let watcher: ScenarioWatcher
    private var lastFromFile: Scenario
    private var lastCheck = ContinuousClock.now
    static let interval = Duration.milliseconds(250)

    init(path: String, saved: Scenario) {
        self.path = path
        self.watcher = ScenarioWatcher(path: path)
        self.lastFromFile = saved
    }

    /// A command for the dashboard when the file changed, at most every `interval`.
    func poll(current: DashboardState) -> Command? {
        let now = ContinuousClock.now
        guard now - lastCheck >= Self.interval else { return nil }
        lastCheck = now
        guard watcher.checkForChange() else { return nil }
        do {
            let fromFile = try ScenarioReader.read(path: path)
            let merged = ScenarioWatcher.merge(fileBefore: lastFromFile, fileAfter: fromFile, current: current.currentScenario)
            lastFromFile = fromFile
            return .reloaded(fromFile, levers: merged.levers)
        } catch {
            return .failed("\(path) changed but cannot be read, keeping the last good version: \(error)")
        }
    }
}
