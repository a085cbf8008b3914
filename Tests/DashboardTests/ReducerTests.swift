@testable import Dashboard
import PushPullModel
import Testing

@Suite("Reducer")
struct ReducerTests {
    @Test func startsOnTheBalanceWithNothingUnsaved() {
        let state = Fixtures.state()
        #expect(state.selectedLever == .pushShare)
        #expect(state.focus == .levers)
        #expect(!state.hasUnsavedChanges)
        #expect(state.monthCursor == 12)
    }

    @Test func selectingLeversStopsAtBothEnds() {
        #expect(Fixtures.applying([.selectLever(offset: -1)]).selectedLever == .pushShare)
        #expect(Fixtures.applying([.selectLever(offset: 1)]).selectedLever == .budget)
        let last = Fixtures.applying(Array(repeating: .selectLever(offset: 1), count: 10))
        #expect(last.selectedLever == .partnerShare)
    }

    @Test func smallAndLargeStepsMoveTheSelectedLever() {
        #expect(Fixtures.applying([.step(direction: 1, size: .small)]).levers.pushShare == 0.71)
        #expect(Fixtures.applying([.step(direction: -1, size: .small)]).levers.pushShare == 0.69)
        #expect(Fixtures.applying([.step(direction: -1, size: .large)]).levers.pushShare == 0.6)
        let budget = Fixtures.applying([.selectLever(offset: 1), .step(direction: 1, size: .large)])
        #expect(budget.levers.budget == 300_000)
        #expect(budget.hasUnsavedChanges)
    }

    @Test func leversAreClampedAtTheirRangeEnds() {
        let up = Fixtures.applying(Array(repeating: .step(direction: 1, size: .large), count: 5))
        #expect(up.levers.pushShare == 1)
        let down = Fixtures.applying(Array(repeating: .step(direction: -1, size: .large), count: 12))
        #expect(down.levers.pushShare == 0)
        let budget = Fixtures.applying([.selectLever(offset: 1)] + Array(repeating: .step(direction: -1, size: .large), count: 8))
        #expect(budget.levers.budget == 0)
    }

    @Test func aStepAgainstTheLimitIsNotAnUndoableChange() {
        let state = Fixtures.applying(Array(repeating: .step(direction: 1, size: .large), count: 5))
        let undone = Fixtures.applying([.undo], to: state)
        #expect(undone.levers.pushShare == 0.9)
    }

    @Test func typingAValidSharePercentSetsTheLever() {
        let state = Fixtures.applying([.beginExactValue, .type("5"), .type("5"), .submitInput])
        #expect(state.levers.pushShare == 0.55)
        #expect(state.input == nil)
    }

    @Test func typingAShareAsPercentOrFractionSaysWhatWasUnderstood() {
        for typed in ["55", "55%", "0.55", " 55 %"] {
            let state = Fixtures.applying([.beginExactValue] + typed.map { .type($0) } + [.submitInput])
            #expect(state.levers.pushShare == 0.55, "\(typed)")
            #expect(state.status?.text == "Push 55% / Pull 45%", "\(typed)")
        }
    }

    @Test func typingMoneyWithSuffixOrSign() {
        for (typed, budget) in [("300k", 300_000.0), ("€1.2M", 1_200_000), ("250,000", 250_000), ("$90K", 90_000)] {
            let state = Fixtures.applying([.selectLever(offset: 1), .beginExactValue] + typed.map { .type($0) } + [.submitInput])
            #expect(state.levers.budget == budget, "\(typed)")
            #expect(state.status?.kind == .info, "\(typed)")
        }
    }

    @Test func typingABudgetSetsMoney() {
        let state = Fixtures.applying([.selectLever(offset: 1), .beginExactValue] + "180000".map { .type($0) } + [.submitInput])
        #expect(state.levers.budget == 180_000)
    }

    @Test func invalidValuesChangeNothingAndNameTheRange() {
        for typed in ["120", "", "5.5.5", "5e1", "-5", "4x7", "55%%"] {
            let state = Fixtures.applying([.beginExactValue] + typed.map { .type($0) } + [.submitInput])
            #expect(state.levers == Fixtures.scenario.levers)
            #expect(state.status?.kind == .error)
            #expect(state.status?.text.contains("0–100 %") == true)
            #expect(state.input != nil, "the field stays open for a correction")
        }
    }

    @Test func valueFieldKeepsWhatIsTypedAndHandlesBackspaceAndEscape() {
        let typed = Fixtures.applying([.beginExactValue, .type("4"), .type("x"), .type("7"), .deleteBackward])
        #expect(typed.input?.text == "4x", "nothing typed is dropped unseen")
        let cancelled = Fixtures.applying([.cancelInput], to: typed)
        #expect(cancelled.input == nil)
        #expect(cancelled.levers == Fixtures.scenario.levers)
    }

    @Test func undoAndRedoRestoreExactStates() {
        let steps: [Command] = [.step(direction: -1, size: .small), .selectLever(offset: 1), .step(direction: 1, size: .large),
                                .selectLever(offset: 1), .step(direction: 1, size: .small)]
        var state = Fixtures.state()
        var seen = [state.levers]
        for command in steps {
            Reducer.apply(command, to: &state)
            if state.levers != seen.last { seen.append(state.levers) }
        }
        for expected in seen.reversed().dropFirst() {
            Reducer.apply(.undo, to: &state)
            #expect(state.levers == expected)
        }
        Reducer.apply(.undo, to: &state)
        #expect(state.status?.text == "nothing to undo")
        for expected in seen.dropFirst() {
            Reducer.apply(.redo, to: &state)
            #expect(state.levers == expected)
        }
        let redone = state.levers
        Reducer.apply(.redo, to: &state)
        #expect(state.status?.text == "nothing to redo")
        #expect(state.levers == redone)
    }

    @Test func aNewChangeAfterUndoForgetsTheRedo() {
        var state = Fixtures.applying([.step(direction: 1, size: .small), .undo, .step(direction: -1, size: .small)])
        #expect(state.levers.pushShare == 0.69)
        Reducer.apply(.redo, to: &state)
        #expect(state.status?.text == "nothing to redo")
        #expect(state.levers.pushShare == 0.69)
    }

    @Test func resetReturnsTheSelectedLeverToTheBaseline() {
        let state = Fixtures.applying([.step(direction: -1, size: .large), .selectLever(offset: 1),
                                       .step(direction: 1, size: .small), .selectLever(offset: -1), .resetLever])
        #expect(state.levers.pushShare == 0.7)
        #expect(state.levers.budget == 255_000, "only the selected lever is reset")
    }

    @Test func pinningMakesTheCurrentLeversTheBaseline() {
        let state = Fixtures.applying([.step(direction: -1, size: .large), .pinBaseline, .step(direction: -1, size: .small), .resetLever])
        #expect(state.baseline.pushShare == 0.6)
        #expect(state.levers.pushShare == 0.6)
    }

    @Test func quitWithoutChangesQuitsAtOnce() {
        #expect(Fixtures.applying([.quit]).shouldQuit)
    }

    @Test func quitWithUnsavedChangesAsksFirst() {
        let asked = Fixtures.applying([.step(direction: 1, size: .small), .quit])
        #expect(asked.confirming == .quit)
        #expect(!asked.shouldQuit)
        #expect(Fixtures.applying([.confirm(true)], to: asked).shouldQuit)
        let stayed = Fixtures.applying([.confirm(false)], to: asked)
        #expect(!stayed.shouldQuit)
        #expect(stayed.confirming == nil)
    }

    @Test func openWithoutChangesAsksForThePathAtOnce() {
        let state = Fixtures.applying([.open])
        #expect(state.confirming == nil)
        #expect(state.input?.purpose == .openPath)
    }

    @Test func openWithUnsavedChangesAsksFirst() {
        let asked = Fixtures.applying([.step(direction: 1, size: .small), .open])
        #expect(asked.confirming == .open)
        #expect(asked.input == nil)
        #expect(asked.status?.text.contains("open another scenario anyway?") == true)
        let goingAhead = Fixtures.applying([.confirm(true)], to: asked)
        #expect(goingAhead.input?.purpose == .openPath)
        #expect(!goingAhead.shouldQuit)
        let stayed = Fixtures.applying([.confirm(false)], to: asked)
        #expect(stayed.input == nil && stayed.confirming == nil)
        #expect(stayed.levers == asked.levers)
    }

    @Test func monthCursorStaysWithinTheHorizon() {
        #expect(Fixtures.applying(Array(repeating: .moveMonth(offset: -1), count: 20)).monthCursor == 1)
        #expect(Fixtures.applying(Array(repeating: .moveMonth(offset: 1), count: 40)).monthCursor == 36)
    }

    @Test func playbackAdvancesAndStopsAtTheHorizon() {
        var state = Fixtures.applying([.togglePlayback])
        #expect(state.isPlaying)
        for _ in 0..<30 { Reducer.apply(.advancePlayback, to: &state) }
        #expect(state.monthCursor == 36)
        #expect(!state.isPlaying)
        let restarted = Fixtures.applying([.togglePlayback], to: state)
        #expect(restarted.monthCursor == 1 && restarted.isPlaying)
    }

    @Test func themesCycle() {
        #expect(Fixtures.applying([.nextTheme]).themeIndex == 1)
        #expect(Fixtures.applying([.nextTheme, .nextTheme]).themeIndex == 0)
    }

    @Test func focusCyclesBothWays() {
        #expect(Fixtures.applying([.moveFocus(offset: 1)]).focus == .pipeline)
        #expect(Fixtures.applying([.moveFocus(offset: -1)]).focus == .gauges)
    }

    @Test func helpAndPresentationToggle() {
        #expect(Fixtures.applying([.toggleHelp]).isHelpShown)
        #expect(!Fixtures.applying([.toggleHelp, .toggleHelp]).isHelpShown)
        #expect(!Fixtures.applying([.toggleHelp, .closeHelp]).isHelpShown)
        #expect(Fixtures.applying([.togglePresentation]).isPresenting)
    }

    @Test func fileCommandsBecomeHostRequests() {
        var state = Fixtures.state()
        #expect(Reducer.apply(.save, to: &state) == .save(path: "plan.toml"))
        #expect(Reducer.apply(.export, to: &state) == .export)
        #expect(Reducer.apply(.repaint, to: &state) == .repaint)
        #expect(Reducer.apply(.open, to: &state) == .completePath("", scenariosOnly: true), "the scenario files are listed")
        for character in "other.toml" { Reducer.apply(.type(character), to: &state) }
        #expect(Reducer.apply(.submitInput, to: &state) == .open(path: "other.toml"))
    }

    @Test func saveWithoutAPathAsksForOne() {
        var state = DashboardState(scenario: Fixtures.scenario)
        #expect(Reducer.apply(.save, to: &state) == nil)
        #expect(state.input?.purpose == .savePath)
    }

    @Test func savingClearsTheUnsavedMark() {
        let state = Fixtures.applying([.step(direction: 1, size: .small), .saved(path: "plan.toml")])
        #expect(!state.hasUnsavedChanges)
        #expect(state.status?.text == "saved to plan.toml")
    }
}
