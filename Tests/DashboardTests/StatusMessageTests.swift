@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

/// Messages fade but never lose their reason; undo, redo and reset say what they did.
@Suite("Status messages")
struct StatusMessageTests {
    @Test func undoRedoAndResetSayWhatTheyDid() {
        let moved = Fixtures.applying([.step(direction: 1, size: .small), .step(direction: 1, size: .small)])
        let undone = Fixtures.applying([.undo], to: moved)
        #expect(undone.status?.text == "undo: Push 72% → 71%")
        #expect(Fixtures.applying([.redo], to: undone).status?.text == "redo: Push 71% → 72%")
        #expect(Fixtures.applying([.resetLever], to: moved).status?.text == "reset: Push 72% → 70%")
        #expect(Fixtures.applying([.resetLever]).status?.text == "Push / pull balance is already at the baseline")
        let budget = Fixtures.applying([.selectLever(offset: 1), .step(direction: 1, size: .small), .undo])
        #expect(budget.status?.text == "undo: Budget per month €255k/mo → €250k/mo")
    }

    @Test func theNextActionFadesTheMessageButBangStillShowsItWhole() {
        let failed = Fixtures.applying([.failed("plan.toml:3:1: levers.pushShare: expected a number\nplan.toml:4:1: budgett: unknown key")])
        #expect(failed.status?.text.hasSuffix("(and 1 more)") == true)
        #expect(Fixtures.applying([.repaint], to: failed).status == failed.status, "a repaint draws the same screen")
        let faded = Fixtures.applying([.moveMonth(offset: 1)], to: failed)
        #expect(faded.status == nil)
        let shown = Fixtures.applying([.toggleMessage], to: faded)
        #expect(shown.isMessageShown)
        #expect(shown.lastMessage?.detail.contains("budgett: unknown key") == true, "every problem, not only the first")
        #expect(!Fixtures.applying([.toggleMessage], to: shown).isMessageShown)
    }

    @Test func aClockFadeLeavesAQuestionAndAnOpenFieldAlone() {
        let asked = Fixtures.applying([.step(direction: 1, size: .small), .quit, .fadeStatus])
        #expect(asked.status?.text.contains("quit anyway?") == true)
        #expect(Fixtures.applying([.pinBaseline, .fadeStatus]).status == nil)
        let refused = Fixtures.applying([.beginExactValue, .type("x"), .submitInput, .fadeStatus])
        #expect(refused.status?.kind == .error, "the reason stays beside the field being corrected")
    }

    @Test func bangWithNoMessageSaysSo() {
        let state = Fixtures.applying([.toggleMessage])
        #expect(!state.isMessageShown)
        #expect(state.status?.text == "no message yet")
    }

    @Test func aLongMessageWrapsOntoTheHintsRowAndALongerOneSaysBangShowsAll() throws {
        let reason = "the existing file is newer than the one loaded, save as another name"
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let app = DashboardApp(scenario: Fixtures.scenario, backend: backend, model: Fixtures.cheapModel)
        app.handle(.failed("cannot save /home/someone/plans/2027/quarterly-review/plan.toml: \(reason)"))
        let lines = app.render().lines()
        #expect(lines[22].contains("cannot save"))
        #expect(lines[23].contains("save as another name"), "the reason is not cut: \(lines[22...])")
        #expect(!lines[23].contains("quit"), "the hints make room")

        app.handle(.failed(String(repeating: "a long reason ", count: 20) + "the end"))
        let longer = app.render().lines()
        #expect(longer[23].contains("(! shows all)"))
        app.handle(.toggleMessage)
        #expect(app.render().text.contains("the end"), "the overlay shows the whole message")
    }
}

/// What the config file changes in the dashboard itself: step sizes and keys.
@Suite("Configured dashboard")
struct ConfiguredDashboardTests {
    @Test func stepSizesComeFromTheState() {
        var state = Fixtures.state()
        state.stepSizes = StepSizes(shareSmall: 0.05, shareLarge: 0.25, budgetSmall: 0.01, budgetLarge: 0.1)
        #expect(Fixtures.applying([.step(direction: 1, size: .small)], to: state).levers.pushShare == 0.75)
        #expect(Fixtures.applying([.step(direction: -1, size: .large)], to: state).levers.pushShare == 0.45)
        #expect(Fixtures.applying([.selectLever(offset: 1), .step(direction: 1, size: .small)], to: state).levers.budget == 252_500)
        #expect(StepSizes.standard == StepSizes(shareSmall: 0.01, shareLarge: 0.1, budgetSmall: 0.02, budgetLarge: 0.2), "the model's steps")
    }

    @Test func helpAndFooterShowTheKeysInForce() {
        let keyMap = KeyMap.standard.overriding([("lever.increase", [.character("+")]), ("help", [.function(1)])])
        let app = DashboardApp(scenario: Fixtures.scenario, keyMap: keyMap, backend: MemoryBackend(size: Size(width: 120, height: 40)),
                               model: Fixtures.cheapModel)
        #expect(app.render().lines()[39].contains("←/+ step"), "\(app.render().lines()[39])")
        #expect(app.render().lines()[39].contains("F1 keys"))
        app.handle(Key.function(1))
        let help = app.render().text
        #expect(help.contains("+            small step up"), "\(help)")
        app.handle(Key.character("+"))
        #expect(app.state.levers.pushShare == 0.7, "help takes the keys while open")
    }
}

@Suite("Help")
struct HelpOverlayTests {
    @Test func onASmallScreenOppositeActionsShareARowSoEveryKeyShows() {
        func help(width: Int, height: Int) -> String {
            let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: width, height: height)),
                                   model: Fixtures.cheapModel)
            app.handle(.toggleHelp)
            return app.render().text
        }
        let small = help(width: 80, height: 24)
        // The last rows of both columns: nothing is cut off the bottom.
        for text in ["quit", "repaint the screen", "apply the g or m answer", "help"] { #expect(small.contains(text), "\(text):\n\(small)") }
        #expect(small.contains("↑ k / ↓ j") && small.contains("previous / next lever"), "\(small)")
        #expect(!help(width: 120, height: 40).contains("↑ k / ↓ j"), "with room, one row per action")
    }
}

@Suite("Key spelling and overrides")
struct KeySpellingTests {
    @Test func everyKeyOfTheStandardMapIsSpelledAndReadBack() {
        for binding in KeyMap.standard.bindings {
            for key in binding.keys { #expect(KeySpelling.key(KeySpelling.spelling(of: key)) == key, "\(key)") }
        }
        #expect(KeySpelling.key("pgup") == .pageUp && KeySpelling.key("ctrl-r") == .control("r") && KeySpelling.key("F12") == .function(12))
        for bad in ["", "Ctrl-", "Ctrl-1", "F0", "F64", "Hyper-X", "  "] { #expect(KeySpelling.key(bad) == nil, "\(bad)") }
    }

    @Test func anOverrideKeepsThePanelsItsActionActedIn() {
        let keyMap = KeyMap.standard.overriding([("lever.increase", [.character("+")]), ("month.next", [.character(">")])])
        #expect(keyMap.command(for: .character("+"), in: .levers) == .step(direction: 1, size: .small))
        #expect(keyMap.command(for: .character("+"), in: .gauges) == nil, "still a levers key")
        #expect(keyMap.command(for: .character(">"), in: .gauges) == .moveMonth(offset: 1))
        #expect(keyMap.command(for: .right, in: .forecast) == nil && keyMap.command(for: .character("]"), in: .levers) == nil,
                "month.next has exactly the keys given")
        #expect(keyMap.command(for: .left, in: .forecast) == .moveMonth(offset: -1), "other actions keep theirs")
    }
}
