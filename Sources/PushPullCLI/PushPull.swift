import ArgumentParser

public struct PushPull: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pushpull",
        abstract: "Plan how a company invests between push (selling) and pull (making people buy).",
        discussion: """
            With no subcommand, opens the live dashboard on a scenario file, or on the built-in \
            example when none is given. Every other view of the same model is a subcommand.
            """,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, ReportCommand.self, FrontierCommand.self, SensitivityCommand.self, GoalCommand.self,
                      CompareCommand.self, CurvesCommand.self, InitCommand.self, ImportCommand.self, BacktestCommand.self,
                      SnapshotCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    public init() {}
}
