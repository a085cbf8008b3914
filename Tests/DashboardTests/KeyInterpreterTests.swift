@testable import Dashboard
import TerminalUI
import Testing

@Suite("Keys")
struct KeyInterpreterTests {
    let keys = KeyInterpreter()

    @Test func everyDocumentedKeyHasItsCommand() {
        let state = Fixtures.state()
        let expected: [(Key, Command)] = [
            (.up, .selectLever(offset: -1)), (.character("k"), .selectLever(offset: -1)),
            (.down, .selectLever(offset: 1)), (.character("j"), .selectLever(offset: 1)),
            (.left, .step(direction: -1, size: .small)), (.character("h"), .step(direction: -1, size: .small)),
            (.right, .step(direction: 1, size: .small)), (.character("l"), .step(direction: 1, size: .small)),
            (.shiftLeft, .step(direction: -1, size: .large)), (.pageDown, .step(direction: -1, size: .large)),
            (.shiftRight, .step(direction: 1, size: .large)), (.pageUp, .step(direction: 1, size: .large)),
            (.enter, .beginExactValue), (.character("r"), .resetLever), (.character("b"), .pinBaseline),
            (.character("u"), .undo), (.control("r"), .redo), (.tab, .moveFocus(offset: 1)), (.backTab, .moveFocus(offset: -1)),
            (.character("["), .moveMonth(offset: -1)), (.character("]"), .moveMonth(offset: 1)),
            (.character(" "), .togglePlayback), (.character("t"), .nextTheme), (.character("p"), .togglePresentation),
            (.character("?"), .toggleHelp), (.character("q"), .quit), (.character("s"), .save), (.character("S"), .saveAs),
            (.character("o"), .open), (.character("e"), .export), (.control("l"), .repaint),
        ]
        for (key, command) in expected { #expect(keys.command(for: key, in: state) == command, "\(key)") }
    }

    @Test func inPresentationTheArrowsMoveTheLeverOnScreenWhateverPanelHadTheFocus() {
        let state = Fixtures.applying([.moveFocus(offset: 2), .togglePresentation])
        #expect(state.focus != .levers)
        #expect(keys.command(for: .right, in: state) == .step(direction: 1, size: .small))
        #expect(keys.command(for: .down, in: state) == .selectLever(offset: 1))
    }

    @Test func anOpenFieldTakesTheKeys() {
        let state = Fixtures.applying([.beginExactValue])
        #expect(keys.command(for: .character("q"), in: state) == .type("q"))
        #expect(keys.command(for: .backspace, in: state) == .deleteBackward)
        #expect(keys.command(for: .enter, in: state) == .submitInput)
        #expect(keys.command(for: .escape, in: state) == .cancelInput)
    }

    @Test func quitQuestionTakesYesOrAnythingElse() {
        let state = Fixtures.applying([.step(direction: 1, size: .small), .quit])
        #expect(keys.command(for: .character("y"), in: state) == .confirm(true))
        #expect(keys.command(for: .character("n"), in: state) == .confirm(false))
        #expect(keys.command(for: .escape, in: state) == .confirm(false))
    }

    @Test func onThePipelineOrTheChartTheArrowsMoveTheMonth() {
        for focus in [FocusPanel.pipeline, .forecast] {
            var state = Fixtures.state()
            state.focus = focus
            #expect(keys.command(for: .right, in: state) == .moveMonth(offset: 1))
            #expect(keys.command(for: .character("h"), in: state) == .moveMonth(offset: -1))
            #expect(keys.command(for: .pageUp, in: state) == .moveMonth(offset: 3))
            #expect(keys.command(for: .character("]"), in: state) == .moveMonth(offset: 1))
        }
    }

    @Test func eachPanelHasItsOwnKeysAndAKeyFromAnotherSaysWhere() {
        var gauges = Fixtures.state()
        gauges.focus = .gauges
        for key in [Key.right, .left, .up, .down, .pageUp, .enter] {
            guard case .explain(let words)? = keys.command(for: key, in: gauges) else {
                Issue.record("\(key) on Risk: \(String(describing: keys.command(for: key, in: gauges)))")
                continue
            }
            #expect(words.contains("Investment levers") && words.contains("not on Risk"), "\(words)")
        }
        #expect(keys.command(for: .character("]"), in: gauges) == .moveMonth(offset: 1), "the month keys act everywhere")
        #expect(keys.command(for: .character("u"), in: gauges) == .undo)
        #expect(keys.command(for: .function(5), in: gauges) == nil, "a key bound nowhere does nothing")
        var pipeline = Fixtures.state()
        pipeline.focus = .pipeline
        guard case .explain? = keys.command(for: .down, in: pipeline) else {
            Issue.record("↓ on the pipeline selects nothing unseen")
            return
        }
    }

    @Test func everyBoundCommandHasAStableNameAndNamesAreUnique() {
        for binding in KeyMap.standard.bindings {
            #expect(binding.command.name != nil, "\(binding.help) has no action name")
        }
        let names = Command.named.map(\.name)
        #expect(Set(names).count == names.count)
        for (name, command) in Command.named { #expect(Command(named: name) == command) }
        #expect(Command(named: "lever.increase") == .step(direction: 1, size: .small))
        #expect(Command.type("x").name == nil)
    }

    @Test func helpClosesWithEscapeOrQuestionMarkAndSwallowsOtherKeys() {
        let state = Fixtures.applying([.toggleHelp])
        #expect(keys.command(for: .escape, in: state) == .closeHelp)
        #expect(keys.command(for: .character("?"), in: state) == .closeHelp)
        #expect(keys.command(for: .right, in: state) == nil)
    }
}
