import Dashboard
import PushPullModel
import ScenarioFile

/// `--watch`: polls the scenario file and, when it changed on disk and then stayed the same for
/// `settle` (an editor or a script may write it in several steps, and a file cut at a line
/// boundary still parses), reloads it, keeping the levers the user moved and naming those the
/// file changed too. An invalid file gives a message and changes nothing.
final class ScenarioReloader {
    private let path: String
    private let watcher: ScenarioWatcher
    private var lastFromFile: Scenario
    private let now: () -> ContinuousClock.Instant
    private var lastCheck: ContinuousClock.Instant
    /// When the content last changed, while it has not yet settled.
    private var changedAt: ContinuousClock.Instant?
    static let interval = Duration.milliseconds(250)
    static let settle = Duration.milliseconds(600)

    init(path: String, saved: Scenario, now: @escaping () -> ContinuousClock.Instant = { .now }) {
        self.path = path
        self.watcher = ScenarioWatcher(path: path)
        self.lastFromFile = saved
        self.now = now
        lastCheck = now()
    }

    /// A command for the dashboard when the file changed and settled, checked at most every `interval`.
    func poll(current: DashboardState) -> Command? {
        let now = now()
        guard now - lastCheck >= Self.interval else { return nil }
        lastCheck = now
        if watcher.checkForChange() { changedAt = now }
        guard let changedAt, now - changedAt >= Self.settle else { return nil }
        self.changedAt = nil
        do {
            let fromFile = try ScenarioReader.read(path: path)
            let scenario = current.currentScenario
            let merged = ScenarioWatcher.merge(fileBefore: lastFromFile, fileAfter: fromFile, current: scenario)
            let kept = ScenarioWatcher.conflicts(fileBefore: lastFromFile, fileAfter: fromFile, current: scenario)
            lastFromFile = fromFile
            return .reloaded(fromFile, levers: merged.levers, keptMoves: kept)
        } catch {
            return .failed("\(path) changed but cannot be read, keeping the last good version: \(error)")
        }
    }
}
