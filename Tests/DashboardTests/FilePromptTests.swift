import Foundation
@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing
import TestSupport

/// The save and open prompts: `~`, Tab completion, the scenario files listed, Ctrl-U.
@Suite("File prompts")
struct FilePromptTests {
    @Test func openStartsInTheScenariosFolderAndAsksForItsScenarioFiles() {
        var state = DashboardState(scenario: Fixtures.scenario, filePath: "plans/2027/plan.toml")
        #expect(Reducer.apply(.open, to: &state) == .completePath("plans/2027/", scenariosOnly: true))
        #expect(state.input?.text == "plans/2027/")
        #expect(state.input?.prompt.contains("undo starts over") == true, "the prompt warns before undo is lost")
    }

    @Test func aPathFromTheRootOrHomeReplacesTheFolderTheFieldOpenedWith() {
        let state = DashboardState(scenario: Fixtures.scenario, filePath: "plans/plan.toml")
        #expect(Fixtures.applying([.open, .type("/"), .type("x")], to: state).input?.text == "/x")
        #expect(Fixtures.applying([.open, .type("~")], to: state).input?.text == "~")
        #expect(Fixtures.applying([.open, .type("a"), .type("/")], to: state).input?.text == "plans/a/", "a name goes on from the folder")
    }

    @Test func tabAsksForCompletionAndTheAnswerFillsTheField() {
        var state = Fixtures.applying([.saveAs, .clearInput, .type("~"), .type("/"), .type("p")])
        #expect(state.input?.text == "~/p", "Ctrl-U emptied the prefilled path")
        #expect(Reducer.apply(.completeInput, to: &state) == .completePath("~/p", scenariosOnly: false))
        Reducer.apply(.completed(text: "~/pl", candidates: ["plan.toml", "plans/"]), to: &state)
        #expect(state.input?.text == "~/pl" && state.input?.candidates == ["plan.toml", "plans/"])
        Reducer.apply(.type("a"), to: &state)
        #expect(state.input?.candidates == [], "typing hides the old names")
        var value = Fixtures.applying([.beginExactValue])
        #expect(Reducer.apply(.completeInput, to: &value) == nil, "a lever value has nothing to complete")
    }

    @Test func completionFillsTheCommonStartAndListsTheNames() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        for name in ["plan-a.toml", "plan-b.toml", "notes.txt", ".hidden.toml"] {
            try "".write(to: folder.url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("plans"), withIntermediateDirectories: false)
        let completion = PathCompletion(home: folder.url.path)
        let all = completion.complete("~/", scenariosOnly: true)
        #expect(all.text == "~/plan" && all.candidates == ["plan-a.toml", "plan-b.toml", "plans/"], "no text file, nothing hidden")
        #expect(completion.complete("~/pl", scenariosOnly: true).text == "~/plan")
        #expect(completion.complete("~/plan-b", scenariosOnly: true).text == "~/plan-b.toml")
        #expect(completion.complete("~/no", scenariosOnly: false).text == "~/notes.txt", "saving may name any file")
        let nothing = completion.complete("~/zzz", scenariosOnly: false)
        #expect(nothing.text == "~/zzz" && nothing.candidates.isEmpty)
        #expect(completion.expanded("~/x.toml") == folder.url.path + "/x.toml")
        #expect(completion.expanded("a~/x.toml") == "a~/x.toml")
    }

    @Test func savingToATildePathSavesInTheHomeFolder() {
        let host = MemoryHost()
        let app = DashboardApp(scenario: Fixtures.scenario, host: host, backend: MemoryBackend(size: Size(width: 100, height: 30)), model: Fixtures.cheapModel)
        app.handle(.saveAs)
        for character in "~/tilde.toml" { app.handle(.type(character)) }
        app.handle(.submitInput)
        #expect(host.files[PathCompletion.homeFolder + "/tilde.toml"] != nil, "\(host.files.keys)")
        #expect(app.state.filePath == PathCompletion.homeFolder + "/tilde.toml")
    }

    @Test func theHeaderNamesTheFile() {
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plans/plan.toml", backend: MemoryBackend(size: Size(width: 100, height: 30)),
                               model: Fixtures.cheapModel)
        #expect(app.render().lines()[0].contains("· plan.toml"))
    }
}
