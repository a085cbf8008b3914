import Foundation
import PushPullModel
import ScenarioFile
import TextSafety

/// At start-up, offers to bring back lever moves that an earlier session made
/// but never saved (it crashed, was killed, or its terminal closed).
enum SessionRecovery {
    /// The scenario with the recovered edits applied, or unchanged when there are
    /// none or the user declines. Asks on the terminal before the dashboard starts.
    static func offer(journal: EditJournal, scenarioFile: String?, content: String, scenario: Scenario,
                      ask: (String) -> Bool = askOnTerminal) -> Scenario {
        // The questions quote the file's path: asked escaped, like every message.
        let name = scenarioFile ?? FileHost.builtInScenarioName
        switch journal.recover(scenarioFile: name, content: content) {
        case .nothing:
            return scenario
        case .unreadable(let lines):
            printError("pushpull: ignoring an unreadable edit journal at \(journal.path) (\(lines) lines)")
            return scenario
        case .replay(let recovered):
            guard !recovered.edits.isEmpty else { return scenario }
            let question = "\(recovered.edits.count) unsaved lever change(s) from an earlier session on \(name) were kept. Recover them? [y/N] "
            return ask(UntrustedText.escaped(question)) ? applying(recovered.edits, to: scenario) : scenario
        case .scenarioChanged(let recovered):
            guard !recovered.edits.isEmpty else { return scenario }
            let question = "\(recovered.edits.count) unsaved lever change(s) were kept from an earlier session, but \(name) has changed since. Apply them anyway? [y/N] "
            return ask(UntrustedText.escaped(question)) ? applying(recovered.edits, to: scenario) : scenario
        }
    }

    static func applying(_ edits: [JournalEdit], to scenario: Scenario) -> Scenario {
        var result = scenario
        for edit in edits where edit.lever.range.contains(edit.value) { result.levers[edit.lever] = edit.value }
        return result
    }

    /// A yes/no question on the terminal; anything but y or yes is no.
    static func askOnTerminal(_ question: String) -> Bool {
        FileHandle.standardError.write(Data(question.utf8))
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
