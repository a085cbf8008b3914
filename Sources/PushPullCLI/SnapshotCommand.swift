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
        abstract: "Render the dashboard as text, ANSI colour text, SVG or HTML without a terminal."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, ansi, svg, html
    }

    /// `--panel`: one panel alone, by the name the room knows it by.
    enum PanelName: String, ExpressibleByArgument, CaseIterable {
        case forecast, pipeline, risk, levers

        var panel: FocusPanel {
            switch self {
            case .forecast: .forecast
            case .pipeline: .pipeline
            case .risk: .gauges
            case .levers: .levers
            }
        }
    }

    @Argument(help: "A scenario file (TOML). Without one, the built-in example.", completion: .file(extensions: ["toml"]))
    var scenarioFile: String?

    @Option(help: "Screen size as WIDTHxHEIGHT.")
    var size = ScreenSize(width: 120, height: 40)

    @Option(help: "Theme name or path (see the dashboard's --theme).")
    var theme = "default"

    @Option(help: "Output: text (plain), ansi (with colour codes), svg (a picture in the theme's true colours) or html (the SVG in a page).")
    var format: Format = .text

    @Option(help: "Colours for --format ansi: truecolor, 256, 16, 8 or none.")
    var colors: ColorDepth = .c256

    @Option(help: "A CRM export to back-test the scenario on: the snapshot shows the back-test view (B).",
            completion: .file(extensions: ["csv"]))
    var backtest: String?

    @Option(help: "An analysis to show: \(AnalysisView.allCases.map(\.snapshotName).joined(separator: ", ")).")
    var view: AnalysisView?

    @Option(help: "A second scenario file for --view compare (B); without one, compare shows the baseline against itself.",
            completion: .file(extensions: ["toml"]))
    var compare: String?

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Flag(help: "The presentation mode (p): large headline figures, the selected lever and the chart.")
    var presentation = false

    @Option(help: "One panel alone: forecast, pipeline, risk or levers.")
    var panel: PanelName?

    @Flag(name: [.long, .customLong("screen-reader")], help: "The screen-reader text: one fact a line, no charts.")
    var plain = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let choice = try ThemeChoice.first(theme, environment: environment)
        let scenario = try ScenarioLoader.load(path: scenarioFile)
        if let problem = choice.problem { printError("pushpull: \(problem)") }
        // SVG and HTML carry the theme's own colours; text carries none.
        let depth: ColorDepth = switch format {
        case .text: .none
        case .ansi: colors
        case .svg, .html: .trueColor
        }
        let pastReplay = try backtest.map { try PastReplayLoader.load(csvFile: $0, scenario: scenario) }
        let comparison = try compare.map { try ScenarioLoader.load(path: $0) }
        let app = DashboardApp(scenario: scenario, filePath: scenarioFile,
                               themes: [choice.theme.adapted(to: depth)], glyphs: ascii ? .ascii : .unicode,
                               backend: MemoryBackend(size: Size(width: size.width, height: size.height)), pastReplay: pastReplay,
                               comparison: comparison)
        if pastReplay != nil { app.handle(.togglePastReplay) }
        if presentation { app.handle(.togglePresentation) }
        if let view { app.handle(.toggleAnalysis(view)) }
        // The best balance is searched in the background on screen; a snapshot waits for it.
        app.finishBackgroundWork()
        if plain {
            print(app.plainLines().joined(separator: "\n"))
            return
        }
        let buffer = panel.map { app.render(panel: $0.panel) } ?? app.render()
        let canvas = choice.theme.adapted(to: depth)[.background]
        switch format {
        case .text: print(buffer.text)
        case .ansi: print(AnsiText.render(buffer), terminator: "")
        case .svg: print(SVGText.render(buffer, canvas: canvas, title: scenario.name), terminator: "")
        case .html: print(HTMLPage.render(svg: SVGText.render(buffer, canvas: canvas, title: scenario.name), title: scenario.name), terminator: "")
        }
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

extension AnalysisView: ExpressibleByArgument {
    /// The name `--view` takes: the command line's word for the view.
    var snapshotName: String {
        switch self {
        case .frontier: "frontier"
        case .sensitivity: "sensitivity"
        case .goalSeek: "goal"
        case .comparison: "compare"
        case .responseCurves: "curves"
        case .bestPlan: "best"
        }
    }

    public init?(argument: String) {
        guard let view = Self.allCases.first(where: { $0.snapshotName == argument }) else { return nil }
        self = view
    }

    public static var allValueStrings: [String] { allCases.map(\.snapshotName) }
}
