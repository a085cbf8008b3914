import Foundation
import PushPullModel
import TerminalUI
import Theming

/// The live dashboard: renders the state to a backend, turns keys into commands,
/// keeps the forecasts current, and asks the host for anything touching files.
public final class DashboardApp {
    /// Hooks into the program around the dashboard, all optional.
    public struct Hooks {
        /// Polled every loop: true ends the session at once (SIGINT, SIGTERM, SIGHUP).
        public var shouldQuit: () -> Bool
        /// Polled every loop, e.g. for file watching; a command it returns is applied.
        public var tick: (DashboardState) -> Command?
        /// Asked to repaint every cell on the next draw (Ctrl-L).
        public var invalidateScreen: () -> Void

        public init(shouldQuit: @escaping () -> Bool = { false }, tick: @escaping (DashboardState) -> Command? = { _ in nil },
                    invalidateScreen: @escaping () -> Void = {}) {
            self.shouldQuit = shouldQuit
            self.tick = tick
            self.invalidateScreen = invalidateScreen
        }
    }

    /// How long to wait for a key: short enough for background results and playback to land.
    static let keyTimeoutMilliseconds = 50
    /// The wait while the background forecast refines the estimate on screen.
    static let refiningTimeoutMilliseconds = 2
    /// Time between months while playing.
    static let playbackInterval = Duration.milliseconds(250)

    public private(set) var state: DashboardState
    private var themes: [Theme]
    /// The themes read once the first frame is on screen (see `init`).
    private var laterThemes: (() -> (themes: [Theme], problem: String?))?
    private let glyphs: Glyphs
    private let plain: Bool
    private let interpreter: KeyInterpreter
    private let host: DashboardHost?
    private let backend: Backend
    private let hooks: Hooks
    private let runner: ModelRunner
    private let clock = ContinuousClock()
    private let paths = PathCompletion()
    private var nextPlaybackStep: ContinuousClock.Instant?
    /// When the status line's message goes, if nothing replaces it first.
    private var statusFadesAt: ContinuousClock.Instant?

    /// - Parameters:
    ///   - scenario: the scenario to explore; `filePath` is where `s` saves it (nil: ask).
    ///   - levers: levers to start from when they differ from the saved ones (edits
    ///     recovered from a crash): shown as unsaved.
    ///   - status: a first message for the status line (e.g. a broken theme file).
    ///   - themes: cycled with `t`, already adapted to the terminal's colour depth
    ///     (`theme.adapted(to:)`); none falls back to the built-in default.
    ///   - laterThemes: more themes for `t`, read once the first frame is on screen (reading the
    ///     other four before it cost 4.6M instructions, a tenth of the start), and the problems of
    ///     broken files, said on the status line.
    ///   - glyphs: `.unicode` or `.ascii`.
    ///   - model: the forecast and best-balance computations (the Monte Carlo model by default).
    ///   - pastReplay: a back-test to show with `B`.
    ///   - stepSizes: how far the arrows move a lever (the config file's `[steps]`).
    ///   - comparison: a second scenario (`--compare`) that `c` compares the levers on screen with.
    ///   - plain: the screen-reader mode: one fact a line, no charts (`--plain`).
    public init(scenario: Scenario, levers: Levers? = nil, filePath: String? = nil, themes: [Theme] = [.builtInDefault],
                laterThemes: (() -> (themes: [Theme], problem: String?))? = nil, glyphs: Glyphs = .unicode, keyMap: KeyMap = .standard, host: DashboardHost? = nil,
                backend: Backend, hooks: Hooks = Hooks(), model: DashboardModel = .monteCarlo, status: String? = nil,
                pastReplay: PastReplay? = nil, stepSizes: StepSizes = .standard, comparison: Scenario? = nil, plain: Bool = false) {
        self.plain = plain
        self.themes = themes.isEmpty ? [.builtInDefault] : themes
        self.laterThemes = laterThemes
        self.runner = ModelRunner(model: model)
        self.state = DashboardState(scenario: scenario, filePath: filePath, themeCount: self.themes.count)
        if let levers { state.levers = levers }
        if let status { state.status = .error(status) }
        state.pastReplay = pastReplay
        state.stepSizes = stepSizes
        state.themeNames = self.themes.map(\.name)
        state.comparisonScenario = comparison
        self.glyphs = glyphs
        self.interpreter = KeyInterpreter(keyMap: keyMap)
        self.host = host
        self.backend = backend
        self.hooks = hooks
        runner.update(for: state)
        if let first = state.status { statusFadesAt = clock.now + first.lifetime }
    }

    /// Runs until the user quits or `hooks.shouldQuit` says so.
    public func run() {
        var drawnSize: Size?
        var needsDraw = true
        while !state.shouldQuit, !hooks.shouldQuit() {
            if needsDraw || backend.size != drawnSize {
                backend.draw(render())
                drawnSize = backend.size
            }
            runner.startBackgroundWork()
            needsDraw = addLaterThemes()
            // While the refined forecast is on its way, look for it often so it lands at once.
            let timeout = runner.results.isRefining ? Self.refiningTimeoutMilliseconds : Self.keyTimeoutMilliseconds
            if let key = backend.nextKey(timeoutMilliseconds: timeout) {
                needsDraw = true
                handle(key)
            }
            if let command = hooks.tick(state) { handle(command); needsDraw = true }
            if runner.collectBackgroundResults() { needsDraw = true }
            if advancePlaybackIfDue() { needsDraw = true }
            if fadeStatusIfDue() { needsDraw = true }
        }
    }

    /// Adds the themes left for after the first frame; true when a broken one is to be said on screen,
    /// beside what the status line already says.
    private func addLaterThemes() -> Bool {
        guard let load = laterThemes else { return false }
        laterThemes = nil
        let (more, problem) = load()
        themes += more
        state.themeCount = themes.count
        state.themeNames = themes.map(\.name)
        guard let problem else { return false }
        let status = StatusMessage.error([state.status?.detail, problem].compactMap { $0 }.joined(separator: "; "))
        state.status = status
        statusFadesAt = clock.now + status.lifetime
        return true
    }

    /// Applies one key as the user pressed it, in the mode the state is in.
    public func handle(_ key: Key) {
        if case .mouse(let event) = key {
            for command in MouseMap(view: view, size: backend.size).commands(for: event) { handle(command) }
        } else if let command = interpreter.command(for: key, in: state) {
            handle(command)
        }
    }

    /// Applies one command, as a key would, and keeps the forecasts and the host in step.
    public func handle(_ command: Command) {
        let leversBefore = state.levers, statusBefore = state.status
        let request = Reducer.apply(resolved(command), to: &state)
        // A journal that stops working is said at once: the user is no longer protected against a crash.
        if state.levers != leversBefore, let problem = host?.recordEdit(state.levers, of: state.scenario) {
            handle(.failed(problem))
        }
        if let status = state.status, status != statusBefore || statusFadesAt == nil { statusFadesAt = clock.now + status.lifetime }
        if let request { perform(request) }
        runner.update(for: state)
    }

    /// The answer on screen as the lever move it stands for, once it has settled for the levers
    /// on screen; before that, `applySuggestion` stays and says it is not ready.
    private func resolved(_ command: Command) -> Command {
        guard command == .applySuggestion, runner.results.analysisProgress == .settled else { return command }
        switch state.analysis {
        case .goalSeek:
            guard let found = runner.results.goalSeek, found.goal == state.goal else { return command }
            var levers = state.levers
            levers[found.goal.lever] = found.leverValue
            return .setLevers(levers)
        case .bestPlan:
            return runner.results.bestPlan.map { .setLevers($0.levers) } ?? command
        default:
            return command
        }
    }

    /// The screen for the backend's current size.
    public func render() -> Buffer {
        DashboardScreen(view: view, plain: plain).render(size: backend.size)
    }

    /// One panel alone at the backend's size (`snapshot --panel`).
    public func render(panel: FocusPanel) -> Buffer {
        DashboardScreen(view: view, plain: plain).render(panel: panel, size: backend.size)
    }

    /// The screen-reader text: one fact a line (`snapshot --plain`).
    public func plainLines() -> [String] { PlainScreen(view: view).lines() }

    private var view: DashboardView {
        DashboardView(state: state, results: runner.results, theme: themes[state.themeIndex], glyphs: glyphs, keyMap: interpreter.keyMap)
    }

    /// Waits for the background work: the refined forecast, the baseline and the best balance (tests, snapshots, exports).
    public func finishBackgroundWork() { runner.finishBackgroundWork() }

    public var forecast: Forecast? { runner.results.forecast }

    private func perform(_ request: HostRequest) {
        switch request {
        case .repaint:
            hooks.invalidateScreen()
        case .save(let typed):
            let path = paths.expanded(typed)
            guard host?.changedOnDisk(path: path) != true else { return handle(.fileChanged(path: path)) }
            perform(.write(path: path))
        case .write(let path):
            usingHost { host in
                try host.save(state.currentScenario, to: path)
                handle(.saved(path: path))
            }
        case .saveAs(let typed):
            let path = paths.expanded(typed)
            guard host?.fileExists(atPath: path) != true else { return handle(.fileExists(path: path)) }
            perform(.write(path: path))
        case .open(let typed):
            let path = paths.expanded(typed)
            usingHost { host in handle(.loaded(try host.load(path: path), path: path)) }
        case .completePath(let text, let scenariosOnly, let prefix):
            let found = paths.complete(text, scenariosOnly: scenariosOnly)
            handle(.completed(text: prefix + found.text, candidates: found.candidates))
        case .export:
            usingHost { host in
                // Exports carry the refined figures, never the quick estimate.
                runner.finishBackgroundWork()
                let results = runner.results
                let best: BalanceRecommendation? = if case .found(let found) = results.bestBalance { found } else { nil }
                let export = DashboardExport(scenario: state.currentScenario, forecast: results.forecast,
                                             baselineForecast: results.baselineForecast, bestBalance: best,
                                             screenLines: render().lines(),
                                             screenSVG: SVGText.render(render(), canvas: themes[state.themeIndex][.background],
                                                                       title: state.scenario.name))
                handle(.exported(description: try host.export(export)))
            }
        }
    }

    /// Runs a file request through the host; a failure, or no host, is said in the status line.
    private func usingHost(_ body: (DashboardHost) throws -> Void) {
        guard let host else { return handle(.failed("no file access in this session")) }
        do {
            try body(host)
        } catch {
            handle(.failed("\(error)"))
        }
    }

    /// Fades the status line's message once it has been up for its lifetime.
    private func fadeStatusIfDue() -> Bool {
        guard state.status != nil, let due = statusFadesAt, clock.now >= due else { return false }
        statusFadesAt = nil
        handle(.fadeStatus)
        return state.status == nil
    }

    /// Steps playback on its own clock, so months advance at a steady pace whatever keys arrive.
    private func advancePlaybackIfDue() -> Bool {
        guard state.isPlaying else {
            nextPlaybackStep = nil
            return false
        }
        let now = clock.now
        guard let due = nextPlaybackStep else {
            nextPlaybackStep = now + Self.playbackInterval
            return false
        }
        guard now >= due else { return false }
        nextPlaybackStep = due + Self.playbackInterval
        handle(.advancePlayback)
        return true
    }
}
