@testable import PushPullCLI

/// Runs the command line in process, the way swift-argument-parser tests itself: parse the
/// arguments, run the command, and turn a failure into exactly what `pushpull` prints and exits with.
enum CommandRun {
    /// What the run prints on standard error and exits with; nil when the command succeeded.
    static func failure(_ arguments: [String]) -> FailureReport? {
        do {
            var command = try PushPull.parseAsRoot(arguments)
            try command.run()
            return nil
        } catch {
            return PushPull.report(for: error)
        }
    }
}
