import Foundation
import PushPullModel
import TestSupport
import Testing
@testable import ScenarioFile

@Suite struct EditJournalTests {
    let content = ScenarioWriter.text(for: .example)

    func withJournal(_ body: (EditJournal, String) throws -> Void) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = directory.file("plan.toml")
        try body(EditJournal.beside(scenarioAt: scenario), scenario)
    }

    @Test func journalSitsBesideTheScenarioOrInTheStateDirectoryNamedByItsProcess() {
        #expect(EditJournal.beside(scenarioAt: "/plans/q3.toml", process: 42).path == "/plans/.q3.toml.42.pushpull-journal")
        #expect(EditJournal.forBuiltInScenario(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/a"], process: 42).path
            == "/state/pushpull/built-in.42.pushpull-journal")
        #expect(EditJournal.forBuiltInScenario(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"], process: 42).path
            == "/home/a/.local/state/pushpull/built-in.42.pushpull-journal")
    }

    @Test("Two sessions on one scenario keep their own journals: one's start or end never touches the other's")
    func journalsOfOtherSessions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scenario = directory.file("plan.toml")
        let mine = EditJournal.beside(scenarioAt: scenario)
        let running = EditJournal.beside(scenarioAt: scenario, process: 1)  // init: always there
        let gone = EditJournal.beside(scenarioAt: scenario, process: Int32.max)  // no such process
        let legacy = EditJournal(path: directory.file(".plan.toml.pushpull-journal"))
        let otherScenario = EditJournal.beside(scenarioAt: directory.file("other.toml"), process: Int32.max)
        for journal in [running, gone, legacy, otherScenario] {
            try journal.start(scenarioFile: scenario, content: content)
            try journal.record(JournalEdit(lever: .budget, value: 300_000))
        }
        try mine.start(scenarioFile: scenario, content: content)
        #expect(Set(mine.abandoned().map(\.path)) == [gone.path, legacy.path])
        #expect(mine.otherSessions() == [1])
        mine.discard()
        if case .replay(let kept) = running.recover(scenarioFile: scenario, content: content) {
            #expect(kept.edits == [JournalEdit(lever: .budget, value: 300_000)], "the other window's journal is intact")
        } else {
            Issue.record("the other window's journal is gone")
        }
    }

    @Test func editsAreRecoveredInOrderThenDiscarded() throws {
        try withJournal { journal, scenario in
            #expect(journal.recover(scenarioFile: scenario, content: content) == .nothing)
            try journal.start(scenarioFile: scenario, content: content)
            try journal.record(JournalEdit(lever: .pushShare, value: 0.65))
            try journal.record(JournalEdit(lever: .budget, value: 312_500.25))
            try journal.record(JournalEdit(lever: .pushShare, value: 0.1 + 0.2))
            #expect(journal.recover(scenarioFile: scenario, content: content) == .replay(RecoveredEdits(
                scenarioFile: scenario,
                edits: [JournalEdit(lever: .pushShare, value: 0.65), JournalEdit(lever: .budget, value: 312_500.25),
                        JournalEdit(lever: .pushShare, value: 0.1 + 0.2)],
                skippedLines: 0)))
            journal.discard()
            #expect(journal.recover(scenarioFile: scenario, content: content) == .nothing)
        }
    }

    @Test func aChangedScenarioIsReportedNotReplayed() throws {
        try withJournal { journal, scenario in
            try journal.start(scenarioFile: scenario, content: content)
            try journal.record(JournalEdit(lever: .handoff, value: 0.5))
            let expected = RecoveredEdits(scenarioFile: scenario, edits: [JournalEdit(lever: .handoff, value: 0.5)], skippedLines: 0)
            #expect(journal.recover(scenarioFile: scenario, content: content + "# edited\n") == .scenarioChanged(expected))
            #expect(journal.recover(scenarioFile: scenario + ".other", content: content) == .scenarioChanged(expected))
        }
    }

    @Test func garbledLinesAreSkippedAndCounted() throws {
        try withJournal { journal, scenario in
            try journal.start(scenarioFile: scenario, content: content)
            try journal.record(JournalEdit(lever: .quotaPressure, value: 0.4))
            let handle = try #require(FileHandle(forWritingAtPath: journal.path))
            try handle.seekToEnd()
            // A junk line, an unknown lever, a non-number, invalid UTF-8, and a last line cut short by a crash.
            try handle.write(contentsOf: Data("%%%\nfancyLever 1\nbudget lots\n".utf8) + Data([0xFF, 0xFE, 0x0A]) + Data("executiveFocus 0.4".utf8))
            try handle.close()
            #expect(journal.recover(scenarioFile: scenario, content: content) == .replay(RecoveredEdits(
                scenarioFile: scenario, edits: [JournalEdit(lever: .quotaPressure, value: 0.4)], skippedLines: 5)))
        }
    }

    @Test func aJournalWithoutHeaderIsUnreadable() throws {
        try withJournal { journal, scenario in
            try Data([0x00, 0x01, 0x0A, 0xFF]).write(to: URL(fileURLWithPath: journal.path))
            #expect(journal.recover(scenarioFile: scenario, content: content) == .unreadable(lines: 2))
        }
    }

    @Test func recordingBeforeStartingIsAnError() throws {
        try withJournal { journal, _ in
            let error = try #require(throws: EditJournalError.self) { try journal.record(JournalEdit(lever: .budget, value: 1)) }
            #expect(error.description.hasSuffix("No such file or directory (was the journal started?)"))
        }
    }

    @Test func scenarioFileNamesWithSpacesAndNewlinesSurvive() throws {
        try withJournal { journal, _ in
            let odd = "/plans/q3 plan 100%\nfinal.toml"
            try journal.start(scenarioFile: odd, content: content)
            guard case .replay(let recovered) = journal.recover(scenarioFile: odd, content: content) else {
                Issue.record("expected a replay")
                return
            }
            #expect(recovered.scenarioFile == odd)
        }
    }
}
