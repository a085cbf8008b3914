import ArgumentParser
import Dashboard
import Foundation
import PushPullModel
import TerminalUI
import Theming

/// `pushpull snapshot`: the dashboard exactly as a terminal of that size would show
/// it, without a terminal — for the README, meeting notes and tests.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render the dashboard as text (or ANSI colour text) without a terminal."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, ansi
    }

    @Argument(help: "A scenario file (TOML). Without one, the built-in example.", completion: .file(extensions: ["toml"]))
    var scenarioFile: String?

    @Option(help: "Screen size as WIDTHxHEIGHT.")
    var size = ScreenSize(width: 120, height: 40)

    @Option(help: "Theme name or path (see the dashboard's --theme).")
    var theme = "default"

    @Option(help: "Output: text (plain) or ansi (with colour codes).")
    var format: Format = .text

    @Option(help: "Colours for --format ansi: truecolor, 256, 16, 8 or none.")
    var colors: ColorDepth = .c256

    @Option(help: "A CRM export to back-test the scenario on: the snapshot shows the back-test view (B).",
            completion: .file(extensions: ["csv"]))
    var backtest: String?

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Flag(help: "The presentation mode (p): large headline figures, the selected lever and the chart.")
    var presentation = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let choice = try ThemeChoice.load(first: theme, environment: environment)
        let scenario = try ScenarioLoader.load(path: scenarioFile)
        if let problem = choice.problem { printError("pushpull: \(problem)") }
        let depth: ColorDepth = format == .text ? .none : colors
        let pastReplay = try backtest.map { try PastReplayLoader.load(csvFile: $0, scenario: scenario) }
        let app = DashboardApp(scenario: scenario, filePath: scenarioFile,
                               themes: [choice.themes[0].adapted(to: depth)], glyphs: ascii ? .ascii : .unicode,
                               backend: MemoryBackend(size: Size(width: size.width, height: size.height)), pastReplay: pastReplay)
        if pastReplay != nil { app.handle(.togglePastReplay) }
        if presentation { app.handle(.togglePresentation) }
        // The best balance is searched in the background on screen; a snapshot waits for it.
        app.finishBackgroundWork()
        let buffer = app.render()
        print(format == .text ? buffer.text : AnsiText.render(buffer), terminator: format == .text ? "\n" : "")
    }
}

/// `120x40`: a screen size for the command line, shown the same way in `--help`.
struct ScreenSize: ExpressibleByArgument, CustomStringConvertible {
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else { return nil }
        self.init(width: parts[0], height: parts[1])
    }

    var description: String { "\(width)x\(height)" }
}
