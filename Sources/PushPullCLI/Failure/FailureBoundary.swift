import ArgumentParser
import Foundation
import TextSafety

/// What a failed run prints on standard error, and the status it exits with.
public struct FailureReport: Equatable, Sendable {
    public var text: String
    public var status: Int32
}

extension PushPull {
    /// The one place where an error becomes what the user sees. Commands throw `CommandFailure`;
    /// a `ValidationError` thrown while running (after the arguments parsed) is a usage problem
    /// and gets no usage text, since the arguments were fine; anything else (unknown flags,
    /// bad values, `validate()`) is the argument parser's, with the subcommand's usage.
    /// Nil for `--help` and `--version`, which are not failures.
    static func report(for error: any Error) -> FailureReport? {
        let failure = (error as? CommandFailure) ?? (error as? ValidationError).map { CommandFailure(.usage, $0.message) }
        if let failure {
            return FailureReport(text: "Error: \(failure)", status: failure.status.rawValue)
        }
        let status = exitCode(for: error)
        // The parser's messages quote the arguments as given (`--set` values, paths): escaped too.
        return status.isSuccess ? nil : FailureReport(text: UntrustedText.escapedLines(fullMessage(for: error)), status: status.rawValue)
    }

    /// Parses the process's arguments, runs the command and exits with its status.
    public static func runAsMain() -> Never {
        do {
            if let launch = DashboardLaunch(bareArguments: CommandLine.arguments.dropFirst()) {
                try launch.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
            Foundation.exit(EXIT_SUCCESS)
        } catch {
            // Help and version requests: the argument parser prints them and exits 0.
            guard let report = report(for: error) else { exit(withError: error) }
            if !report.text.isEmpty { printError(report.text) }
            Foundation.exit(report.status)
        }
    }
}
