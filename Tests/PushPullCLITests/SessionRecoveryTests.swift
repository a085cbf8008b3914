import Foundation
import PushPullModel
@testable import PushPullCLI
import ScenarioFile
import TestSupport
import Testing

@Suite struct SessionRecoveryTests {
    @Test("The recovery question quotes the scenario's path escaped: a file name cannot retitle the terminal")
    func questionIsEscaped() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenarioPath = directory.file("\u{1B}]0;pwned\u{7}\u{202E}.toml")
        let journal = EditJournal(path: directory.file("journal"))
        try journal.start(scenarioFile: scenarioPath, content: "content")
        try journal.record(JournalEdit(lever: .pushShare, value: 0.6))
        var asked = ""
        let recovered = SessionRecovery.offer(journal: journal, scenarioFile: scenarioPath, content: "content", scenario: .example) {
            asked = $0
            return true
        }
        #expect(recovered.levers.pushShare == 0.6)
        #expect(asked.contains("\\u001B]0;pwned\\u0007\\u202E.toml"), "\(asked)")
        #expect(!asked.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.isBidiControl })
    }
}
