@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing

/// The analysis views as keys drive them: shown and hidden, measures cycled, the goal seek's
/// answer applied and undone, and the comparison of a plan with itself.
@Suite("Analysis views")
struct AnalysisViewTests {
    static func app(_ commands: [Command] = [], comparison: Scenario? = nil) -> DashboardApp {
        let app = DashboardApp(scenario: Fixtures.scenario, backend: MemoryBackend(size: Size(width: 120, height: 40)),
                               comparison: comparison)
        for command in commands { app.handle(command) }
        return app
    }

    @Test("Each view key shows its view and hides it again; another view key switches")
    func toggling() {
        for view in AnalysisView.allCases {
            var state = Fixtures.applying([.toggleAnalysis(view)])
            #expect(state.analysis == view)
            Reducer.apply(.toggleAnalysis(view), to: &state)
            #expect(state.analysis == nil)
        }
        #expect(Fixtures.applying([.toggleAnalysis(.frontier), .toggleAnalysis(.sensitivity)]).analysis == .sensitivity)
    }

    @Test("x cycles the measure of the view on screen through every choice and back; elsewhere it says where it works")
    func cyclingMeasures() {
        var state = Fixtures.applying([.toggleAnalysis(.frontier)])
        var seen: [RiskMeasure] = []
        for _ in RiskMeasure.allCases {
            seen.append(state.analysisChoices.riskMeasure)
            Reducer.apply(.cycleAnalysisMeasure, to: &state)
        }
        #expect(Set(seen).count == RiskMeasure.allCases.count)
        #expect(state.analysisChoices.riskMeasure == seen[0])
        let plain = Fixtures.applying([.cycleAnalysisMeasure])
        #expect(plain.analysisChoices == AnalysisChoices())
        #expect(plain.status != nil)
    }

    @Test("a applies the goal seek's answer to the selected lever once it has settled, and u undoes it")
    func applyAndUndoGoalSeek() throws {
        let app = Self.app([.selectLever(offset: 1), .toggleAnalysis(.goalSeek)])
        app.finishBackgroundWork()
        let before = app.state.levers
        app.handle(.applySuggestion)
        let applied = app.state.levers
        #expect(applied.budget != before.budget)
        let reached = try MonteCarlo.run(app.state.currentScenario)
        #expect(GoalTarget.hit.reading(of: reached) >= app.state.goal.value)
        app.handle(.undo)
        #expect(app.state.levers == before)
    }

    @Test("a applies the best plan's four levers at once; one u undoes all of them")
    func applyAndUndoBestPlan() {
        let app = Self.app([.toggleAnalysis(.bestPlan)])
        app.finishBackgroundWork()
        let before = app.state.levers
        app.handle(.applySuggestion)
        #expect(app.state.levers != before)
        #expect(app.state.levers.budget == before.budget && app.state.levers.partnerShare == before.partnerShare)
        app.handle(.undo)
        #expect(app.state.levers == before)
    }

    @Test("a before the answer has settled changes nothing and says why")
    func applyBeforeAnswer() {
        let app = Self.app([.toggleAnalysis(.goalSeek)])
        let before = app.state.levers
        app.handle(.applySuggestion)
        #expect(app.state.levers == before)
        #expect(app.state.status?.text.contains("computing") == true)
    }

    @Test("Comparing the plan with itself shows no difference; a --compare scenario with another budget shows it")
    func comparison() throws {
        let same = Self.app([.toggleAnalysis(.comparison)])
        same.finishBackgroundWork()
        #expect(same.render().text.contains("No difference"))
        var other = Fixtures.scenario
        other.levers.budget *= 2
        let different = Self.app([.toggleAnalysis(.comparison)], comparison: other)
        different.finishBackgroundWork()
        let text = different.render().text
        #expect(!text.contains("No difference"))
        #expect(text.contains("+€250k"))
    }

    @Test("Moving a lever while a view is shown asks for its analysis again: the view says it is computing")
    func leverMoveRecomputes() {
        let app = Self.app([.toggleAnalysis(.sensitivity)])
        app.finishBackgroundWork()
        #expect(!app.render().text.contains("computing"))
        app.handle(.step(direction: 1, size: .large))
        #expect(app.render().text.contains("computing"))
        app.finishBackgroundWork()
        #expect(!app.render().text.contains("computing"))
    }
}

extension AnalysisViewTests {
    @Test("Enter in the goal seek types the value to reach; a bad value keeps the field open and says why")
    func typingTheGoalValue() {
        var state = Fixtures.applying([.toggleAnalysis(.goalSeek), .beginExactValue, .type("8"), .type("5"), .submitInput])
        #expect(state.input == nil)
        #expect(state.goal.value == 0.85 && state.goal.target == .hit)
        Reducer.apply(.cycleAnalysisMeasure, to: &state)
        #expect(state.goal.target == .arr && state.goal.value == GoalTarget.arr.defaultValue(for: state.scenario))
        Reducer.apply(.beginExactValue, to: &state)
        for character in "lots" { Reducer.apply(.type(character), to: &state) }
        Reducer.apply(.submitInput, to: &state)
        #expect(state.input != nil && state.status?.kind == .error)
        let outside = Fixtures.applying([.beginExactValue])
        #expect(outside.input?.purpose == .leverValue(.pushShare), "outside the goal seek, Enter types a lever's value")
    }
}
