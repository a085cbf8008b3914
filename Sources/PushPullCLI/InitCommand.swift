import ArgumentParser
import Foundation
import PushPullModel
import ScenarioFile

/// `pushpull init FILE`: writes the built-in example as a scenario file to edit.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the built-in example scenario to a file, to edit and keep in git."
    )

    @Argument(help: "The scenario file to create.", completion: .file(extensions: ["toml"]))
    var file: String

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: file) && !force {
            throw CommandFailure.existingOutput(file)
        }
        do {
            try ScenarioStore.save(Scenario.example, to: file)
        } catch {
            throw CommandFailure(error)
        }
        printNotice("wrote \(file): the built-in example; `pushpull report \(file)` gives the same figures as `pushpull report`")
    }
}
