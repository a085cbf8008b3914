import ArgumentParser
import Theming

/// `pushpull [SCENARIO_FILE]`: the live dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard (the default command).",
        discussion: "Keys: press ? in the dashboard, or see KEYS in pushpull(1) or the README."
    )

    @Argument(help: "A scenario file (TOML). Without one, the built-in example.", completion: .file(extensions: ["toml"]))
    var scenarioFile: String?

    @Option(help: "Theme: default, light, high-contrast, colorblind, mono, a theme in $XDG_CONFIG_HOME/pushpull/themes, or a path (default: the config file's, else light on a light terminal, else default; COLORFGBG or the terminal's answer tells).")
    var theme: String?

    @Flag(help: "Draw with ASCII characters only.")
    var ascii = false

    @Flag(help: "Leave the mouse to the terminal (its own selection); the config file's mouse = false does the same.")
    var noMouse = false

    @Flag(name: [.long, .customLong("screen-reader")], help: "A screen-reader mode: one fact a line, no charts; the same keys.")
    var plain = false

    @Flag(help: "Reload the scenario when its file changes on disk and settles (levers you moved are kept, and named if the file changed them too).")
    var watch = false

    @Option(help: "Colours: truecolor, 256, 16, 8 or none (default: what the terminal supports; NO_COLOR means none).")
    var colors: ColorDepth?

    @Option(help: "A CRM export to back-test the scenario on: B shows its won deals over the model's band.",
            completion: .file(extensions: ["csv"]))
    var backtest: String?

    @Option(help: "A second scenario file: c compares the levers on screen (A) with it (B).",
            completion: .file(extensions: ["toml"]))
    var compare: String?

    func validate() throws {
        if watch && scenarioFile == nil { throw ValidationError("--watch needs a scenario file") }
    }

    func run() throws {
        try launch.run()
    }

    /// The arguments as plain values.
    var launch: DashboardLaunch {
        DashboardLaunch(scenarioFile: scenarioFile, theme: theme, ascii: ascii, noMouse: noMouse, plain: plain, watch: watch,
                        colors: colors, backtest: backtest, compare: compare)
    }
}

extension ColorDepth: ExpressibleByArgument {}

