import ArgumentParser
import Dashboard
import Foundation
import NcursesBackend
import PushPullModel
import ScenarioFile
import TerminalUI
import Theming

/// What the dashboard opens with (`DashboardCommand`'s arguments as plain values), and opening it.
/// A bare `pushpull` builds it without the argument parser (see `PushPull.runAsMain`).
struct DashboardLaunch: Equatable {
    var scenarioFile: String?
    var theme: String?
    var ascii = false
    var noMouse = false
    var plain = false
    var watch = false
    var colors: ColorDepth?
    var backtest: String?
    var compare: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try DashboardConfig.load(path: DashboardConfig.path(environment: environment))
        // The theme asked for on the command line, else in the config file; neither: the automatic one.
        let requestedTheme = theme ?? config.theme
        // A theme asked for is checked before the terminal is taken over; the automatic one is always
        // there, and is loaded once the terminal has told its background (loading the themes twice
        // cost a tenth of the start's instructions). The others wait for the first frame.
        let requested = try requestedTheme.map { try ThemeChoice.first($0, environment: environment) }
        let knownBackground = TerminalBackground(colorFGBG: environment["COLORFGBG"])
        let saved = try ScenarioLoader.load(path: scenarioFile)
        let pastReplay = try backtest.map { try PastReplayLoader.load(csvFile: $0, scenario: saved) }
        let comparison = try compare.map { try ScenarioLoader.load(path: $0) }
        // Refuse early and clearly when there is no usable terminal: never a busy loop.
        do {
            try TerminalCheck.current()
        } catch {
            throw CommandFailure(.noTerminal, "\(error)")
        }
        let content = scenarioFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        let journal = scenarioFile.map { EditJournal.beside(scenarioAt: $0) } ?? EditJournal.forBuiltInScenario()
        // Journals of sessions that ended without saving; those of windows still open are theirs.
        let abandoned = journal.abandoned()
        let recovered = abandoned.reduce(saved) { scenario, old in
            SessionRecovery.offer(journal: old, scenarioFile: scenarioFile, content: content, scenario: scenario)
        }

        // The first frame's estimate runs while the themes load and the terminal answers.
        var opening = saved
        opening.levers = recovered.levers
        let model = DashboardModel.monteCarlo.simulating(paths: config.paths, seed: config.seed).estimating(ahead: opening)

        let host = FileHost(journal: journal)
        if let scenarioFile { host.exportDirectory = URL(fileURLWithPath: scenarioFile).deletingLastPathComponent().path }
        host.startJournal(for: scenarioFile, levers: saved.levers)
        _ = host.recordEdit(recovered.levers, of: saved)
        // Offered, and what was taken is in this session's journal now.
        for old in abandoned { old.discard() }

        let backend: NcursesBackend
        do {
            // A crash leaves a report in the state folder, and no save leaves its temporary file behind.
            backend = try NcursesBackend.start(mouse: config.mouse && !noMouse,
                                               crashReport: StateDirectory.path(environment: environment) + "/crash-\(getpid()).txt",
                                               cleanup: { ScenarioStore.removeTemporaryFileOnSignal() },
                                               directColor: (colors ?? config.colors) == .trueColor || ((colors ?? config.colors) == nil && ColorDepth.saysTrueColor(environment)),
                                               askBackground: requestedTheme == nil && knownBackground == nil)
        } catch {
            throw CommandFailure(.noTerminal, "\(error)")
        }
        let automatic = ThemeChoice.automatic(background: knownBackground ?? backend.capabilities.background)
        let firstName = requestedTheme ?? automatic.name
        let first = try requested ?? ThemeChoice.first(firstName, environment: environment)
        var shownFirst = first.theme
        if requested == nil { shownFirst.name += " (\(automatic.note))" }
        let depth = colors ?? config.colors ?? ColorDepth.detect(environment: environment, terminalColors: backend.capabilities.colorCount)
        let directMissing = depth == .trueColor && backend.capabilities.colorCount < 1 << 24
            ? "24-bit colour needs a direct-colour terminfo entry (xterm-direct, in ncurses-term): drawing 256 colours" : nil
        // Said on screen from the start: a journal that cannot be written, a broken theme file.
        let others = journal.otherSessions().map { "\($0)" }.joined(separator: ", ")
        let sharing = others.isEmpty ? nil : "also open in another window (pid \(others)): saves check for changes first"
        let problems = [host.journalError, sharing, first.problem, directMissing].compactMap { $0 }
        let watcher = watch ? scenarioFile.map { ScenarioReloader(path: $0, saved: saved) } : nil

        let app = DashboardApp(
            scenario: saved, levers: recovered.levers, filePath: scenarioFile,
            themes: [shownFirst.adapted(to: depth)],
            laterThemes: {
                let others = ThemeChoice.others(than: first.theme, requested: firstName, environment: environment)
                return (others.themes.map { $0.adapted(to: depth) }, others.problem)
            },
            // A screen reader reads ASCII symbols more reliably than block and braille glyphs.
            glyphs: ascii || plain || !backend.capabilities.unicode ? .ascii : .unicode,
            keyMap: KeyMap.standard.overriding(config.keys),
            host: host, backend: backend,
            hooks: .init(shouldQuit: { backend.quitSignal != nil },
                         tick: { state in
                             let command = watcher?.poll(current: state)
                             if case .reloaded? = command, let scenarioFile { host.fileWasReloaded(path: scenarioFile) }
                             return command
                         },
                         invalidateScreen: { backend.repaintFully() }),
            model: model,
            status: problems.isEmpty ? nil : problems.joined(separator: "; "), pastReplay: pastReplay, stepSizes: config.steps,
            comparison: comparison, plain: plain)
        app.run()
        backend.stop()

        if let signal = backend.quitSignal {
            if app.state.hasUnsavedChanges {
                printError("pushpull: stopped by signal \(signal); unsaved lever changes were kept and will be offered at the next start")
            } else {
                host.finishCleanly()
            }
            throw ExitCode(128 + signal)
        }
        // The user quit: either nothing was unsaved, or they confirmed leaving it.
        host.finishCleanly()
        if let problem = host.journalError { printError("pushpull: \(problem)") }
    }
}

extension DashboardLaunch {
    /// The dashboard's defaults when there are no arguments, or when the one argument is a scenario
    /// file; else nil (the argument parser's to read). These starts skip the parser: parsing cost
    /// 13M instructions, 10.5M net of runtime look-ups later code then makes itself (a fifth of the
    /// start to the first frame, mostly the runtime's first look-ups of the parser's generic types
    /// and conformances), and they leave no help, completion request or error to give. Tests hold
    /// them to what the parser makes of the same arguments.
    init?(bareArguments arguments: ArraySlice<String>) {
        guard arguments.count <= 1 else { return nil }
        guard let argument = arguments.first else { self.init(); return }
        guard Self.isScenarioFileAlone(argument) else { return nil }
        self.init(scenarioFile: argument)
    }

    /// What the parser would take as the scenario file: not empty, not an option, not a
    /// subcommand's name or alias (the parser takes those first), not `help`.
    private static func isScenarioFileAlone(_ argument: String) -> Bool {
        guard let first = argument.first, first != "-" else { return false }
        let commands = PushPull.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
        return argument != "help" && !commands.contains(argument)
    }
}
