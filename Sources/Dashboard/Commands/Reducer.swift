import Presentation
import Foundation
import PushPullModel
import TextSafety

/// Applies commands to the state. Pure: anything that needs the outside world
/// (files) comes back as a `HostRequest` for the run loop to carry out.
public enum Reducer {
    @discardableResult
    public static func apply(_ command: Command, to state: inout DashboardState) -> HostRequest? {
        // The next action the user takes fades the message (`!` still shows it); a question stays until
        // answered, and a repaint draws the same screen again.
        if command.name != nil, command != .repaint, state.confirming == nil, state.input == nil { state.status = nil }
        if case .dragLever = command {} else { state.isDragging = false }
        switch command {
        case .selectLever(let offset):
            let all = Lever.allCases
            let index = all.firstIndex(of: state.selectedLever)! + offset
            state.selectedLever = all[min(max(0, index), all.count - 1)]
        case .step(let direction, let size):
            let lever = state.selectedLever
            let steps = state.stepSizes.steps(of: lever, baseline: state.baseline[lever])
            let amount = size == .small ? steps.small : steps.large
            setLever(lever, to: state.levers[lever] + Double(direction) * amount, in: &state)
        case .beginExactValue:
            // In the goal seek, Enter sets the value to reach; elsewhere a lever's value.
            state.input = InputField(purpose: state.analysis == .goalSeek ? .goalValue(state.analysisChoices.goalTarget)
                                                                            : .leverValue(state.selectedLever))
        case .resetLever:
            let lever = state.selectedLever, before = state.levers
            setLever(lever, to: state.baseline[lever], in: &state)
            state.status = StatusMessage(before == state.levers ? "\(lever.label) is already at the baseline"
                                                                : "reset: " + describe(from: before, to: state.levers, in: state))
        case .pinBaseline:
            state.baseline = state.levers
            state.status = StatusMessage("baseline pinned")
        case .undo:
            if let previous = state.history.undo(from: state.levers) {
                state.status = StatusMessage("undo: " + describe(from: state.levers, to: previous, in: state))
                state.levers = previous
            } else {
                state.status = StatusMessage("nothing to undo")
            }
        case .redo:
            if let next = state.history.redo(from: state.levers) {
                state.status = StatusMessage("redo: " + describe(from: state.levers, to: next, in: state))
                state.levers = next
            } else {
                state.status = StatusMessage("nothing to redo")
            }
        case .moveFocus(let offset):
            state.focus = state.focus.moved(by: offset)
        case .moveMonth(let offset):
            state.isPlaying = false
            state.monthCursor = min(max(1, state.monthCursor + offset), state.horizonMonths)
        case .togglePlayback:
            if state.isPlaying {
                state.isPlaying = false
            } else {
                if state.monthCursor >= state.horizonMonths { state.monthCursor = 1 }
                state.isPlaying = true
            }
        case .advancePlayback:
            guard state.isPlaying else { break }
            state.monthCursor = min(state.monthCursor + 1, state.horizonMonths)
            if state.monthCursor == state.horizonMonths { state.isPlaying = false }
        case .nextTheme:
            state.themeIndex = (state.themeIndex + 1) % state.themeCount
        case .togglePresentation:
            state.isPresenting.toggle()
        case .toggleHelp:
            state.isHelpShown.toggle()
        case .toggleDrivers:
            state.isDriversShown.toggle()
        case .closeHelp:
            state.isHelpShown = false
        case .togglePastReplay:
            if state.pastReplay == nil {
                state.status = StatusMessage("no back-test: start with --backtest EXPORT.csv")
            } else {
                state.isPastReplayShown.toggle()
            }
        case .toggleAnalysis(let view):
            state.analysis = state.analysis == view ? nil : view
        case .cycleAnalysisMeasure:
            guard let view = state.analysis, state.analysisChoices.cycle(for: view) else {
                state.status = StatusMessage("x changes the measure in the frontier (f), tornado (z) and goal seek (g)")
                break
            }
        case .applySuggestion:
            let suggests = state.analysis == .goalSeek || state.analysis == .bestPlan
            state.status = StatusMessage(suggests ? "still computing: a applies the answer once it is shown"
                                         : "a applies the answer of the goal seek (g) or the best plan (m)")
        case .setLevers(let levers):
            let before = state.levers
            let changed = Lever.allCases.filter { levers[$0] != before[$0] }
            guard !changed.isEmpty else {
                state.status = StatusMessage("the levers already are the answer")
                break
            }
            state.history.record(before)
            for lever in changed {
                state.levers[lever] = lever.unit.rounded(min(max(levers[lever], lever.range.lowerBound), lever.range.upperBound))
            }
            let currency = state.scenario.finance.currency
            state.status = StatusMessage("applied " + changed.map { understood($0, state.levers[$0], currency: currency) }
                .joined(separator: ", ") + "; u undoes")
        case .quit:
            if state.hasUnsavedChanges { ask(.quit, in: &state) } else { state.shouldQuit = true }
        case .confirm(let confirmed):
            let question = state.confirming
            state.confirming = nil
            state.status = confirmed ? nil : StatusMessage("cancelled: nothing changed")
            guard confirmed, let question else { break }
            switch question {
            case .quit: state.shouldQuit = true
            case .open: return openPrompt(&state)
            case .replace(let path), .changedOnDisk(let path): return .write(path: path)
            }
        case .save:
            guard let path = state.filePath else { return apply(.saveAs, to: &state) }
            return .save(path: path)
        case .saveAs:
            state.confirming = nil
            state.input = InputField(purpose: .savePath, text: state.filePath ?? "")
        case .takeTheirs:
            guard case .changedOnDisk(let path)? = state.confirming else { break }
            state.confirming = nil
            return .open(path: path)
        case .open:
            if state.hasUnsavedChanges { ask(.open, in: &state) } else { return openPrompt(&state) }
        case .export:
            return .export
        case .repaint:
            return .repaint
        case .toggleMessage:
            if state.lastMessage == nil { state.status = StatusMessage("no message yet") } else { state.isMessageShown.toggle() }
        case .beginCommandLine:
            state.input = InputField(purpose: .commandLine)
        case .setLever(let lever, let value):
            setLever(lever, to: value, in: &state)
            state.status = StatusMessage(understood(lever, state.levers[lever], currency: state.scenario.finance.currency))
        case .dragLever(let lever, let value, let starting):
            setLever(lever, to: value, in: &state, record: starting || !state.isDragging)
            state.isDragging = true
            state.status = StatusMessage(understood(lever, state.levers[lever], currency: state.scenario.finance.currency))
        case .focusPanel(let panel):
            state.focus = panel
        case .choose(let lever):
            state.selectedLever = lever
        case .setMonth(let month):
            state.isPlaying = false
            state.monthCursor = min(max(1, month), state.horizonMonths)
        case .setTheme(let index):
            state.themeIndex = min(max(0, index), state.themeCount - 1)
        case .saveTo(let path):
            // As the save-as prompt: a file already there is asked about first.
            return path == state.filePath ? .save(path: path) : .saveAs(path: path)
        case .openFile(let path):
            guard !state.hasUnsavedChanges else {
                state.status = .error("unsaved changes: :save first, or o asks before opening anyway")
                break
            }
            return .open(path: path)
        case .explain(let words):
            state.status = StatusMessage(words)
        case .fadeStatus:
            if state.confirming == nil, state.input == nil { state.status = nil }
        case .type(let character):
            guard var field = state.input, field.accepts(character) else { break }
            if field.isPreset, character == "/" || character == "~" { field.text = "" }
            field.text.append(character)
            field.candidates = []
            field.isPreset = false
            state.input = field
        case .clearInput:
            state.input?.text = ""
            state.input?.candidates = []
        case .completeInput:
            guard let field = state.input, field.completes else { break }
            guard field.purpose == .commandLine else { return .completePath(field.text, scenariosOnly: field.purpose == .openPath) }
            let found = ColonCommand.complete(field.text, themes: state.themeNames)
            if let path = found.path {
                return .completePath(path, scenariosOnly: field.text.hasPrefix("open"), prefix: String(field.text.dropLast(path.count)))
            }
            state.input?.text = found.text
            state.input?.candidates = found.candidates
        case .completed(let text, let candidates):
            state.input?.text = text
            state.input?.candidates = candidates
        case .deleteBackward:
            if !(state.input?.text.isEmpty ?? true) { state.input?.text.removeLast() }
            state.input?.isPreset = false
        case .submitInput:
            return submitInput(&state)
        case .cancelInput:
            state.input = nil
            state.status = nil
        case .saved(let path):
            state.filePath = path
            state.scenario.levers = state.levers
            state.status = StatusMessage("saved to \(path)")
        case .loaded(let scenario, let path):
            state = reloaded(state, with: scenario, path: path)
        case .reloaded(let scenario, let levers, let keptMoves):
            state.scenario = scenario
            state.levers = levers
            state.monthCursor = min(state.monthCursor, scenario.simulation.horizonMonths)
            let file = state.filePath ?? "the scenario"
            let currency = scenario.finance.currency
            let kept = keptMoves.map { lever in
                "\(understood(lever, levers[lever], currency: currency)) (the file says \(lever.unit.text(scenario.levers[lever], currency: currency)))"
            }
            state.status = kept.isEmpty ? StatusMessage("reloaded \(file): the file changed on disk")
                : StatusMessage("reloaded \(file); kept your " + kept.joined(separator: ", "), kind: .error)
        case .fileExists(let path):
            ask(.replace(path: path), in: &state)
        case .fileChanged(let path):
            ask(.changedOnDisk(path: path), in: &state)
        case .exported(let description):
            state.status = StatusMessage(description)
        case .failed(let message):
            state.status = .error(message)
        }
        return nil
    }

    private static func describe(from old: Levers, to new: Levers, in state: DashboardState) -> String {
        LeverChangeText.describe(from: old, to: new, currency: state.scenario.finance.currency)
    }

    /// The open prompt starts in the scenario's folder, with its scenario files listed.
    private static func openPrompt(_ state: inout DashboardState) -> HostRequest {
        let folder = state.filePath.flatMap { path in path.lastIndex(of: "/").map { String(path[...$0]) } } ?? ""
        state.input = InputField(purpose: .openPath, text: folder)
        return .completePath(folder, scenariosOnly: true)
    }

    /// Asks before unsaved changes would be lost; the answer comes as `.confirm`.
    private static func ask(_ question: Confirmation, in state: inout DashboardState) {
        state.confirming = question
        state.status = StatusMessage(question.question)
    }

    /// Sets a lever, clamped to its range, remembering the previous levers for undo.
    /// `record` false folds the change into the last undo step (the rest of a mouse drag).
    private static func setLever(_ lever: Lever, to value: Double, in state: inout DashboardState, record: Bool = true) {
        let clamped = lever.unit.rounded(min(max(value, lever.range.lowerBound), lever.range.upperBound))
        guard clamped != state.levers[lever] else { return }
        if record { state.history.record(state.levers) }
        state.levers[lever] = clamped
    }


    private static func understood(_ lever: Lever, _ value: Double, currency: String) -> String {
        if lever == .pushShare {
            let shares = NumberFormat.balance(pushShare: value)
            return "Push \(shares.push) / Pull \(shares.pull)"
        }
        return "\(lever.label): \(lever.unit.text(value, currency: currency))"
    }

    private static func submitInput(_ state: inout DashboardState) -> HostRequest? {
        guard let field = state.input else { return nil }
        switch field.purpose {
        case .leverValue(let lever):
            guard let value = lever.parse(field.text) else {
                // The field stays open so the value can be corrected.
                // Short, so the range still shows beside the open field at 80 columns.
                state.status = .error("\"\(UntrustedText.escaped(field.text))\" is not valid: enter \(lever.unit.typingHint)")
                return nil
            }
            state.input = nil
            setLever(lever, to: value, in: &state)
            // Say what was understood: "0.55" on the balance is 55%, not 0.55%.
            state.status = StatusMessage(understood(lever, state.levers[lever], currency: state.scenario.finance.currency))
            return nil
        case .commandLine:
            switch ColonCommand.parse(field.text, themes: state.themeNames) {
            case .success(let command):
                state.input = nil
                return apply(command, to: &state)
            case .failure(let error):
                // The field stays open so the line can be corrected.
                state.status = .error(error.message)
                return nil
            }
        case .goalValue(let target):
            let unit: LeverUnit = target.isMoney ? .moneyPerMonth : .share
            guard let value = unit.parse(field.text), value >= 0, target.isMoney || value <= 1 else {
                state.status = .error("\"\(UntrustedText.escaped(field.text))\" is not valid: enter \(target.isMoney ? "an amount, e.g. 8M" : "0–100 %")")
                return nil
            }
            state.input = nil
            state.analysisChoices.goalValues[target] = value
            let shown = target.isMoney ? NumberFormat.money(value, currency: state.scenario.finance.currency) : NumberFormat.percent(value)
            state.status = StatusMessage("goal: \(target.label) \u{2265} \(shown)")
            return nil
        case .savePath, .openPath:
            let path = field.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                state.status = .error("enter a file path, or Esc to cancel")
                return nil
            }
            state.input = nil
            guard field.purpose == .savePath else { return .open(path: path) }
            return path == state.filePath ? .save(path: path) : .saveAs(path: path)
        }
    }

    /// A freshly loaded scenario: levers, baseline and history start over; view settings stay.
    private static func reloaded(_ old: DashboardState, with scenario: Scenario, path: String) -> DashboardState {
        var state = DashboardState(scenario: scenario, filePath: path, themeCount: old.themeCount)
        state.themeIndex = old.themeIndex
        state.stepSizes = old.stepSizes
        state.themeNames = old.themeNames
        state.focus = old.focus
        state.isPresenting = old.isPresenting
        state.analysis = old.analysis
        state.analysisChoices = old.analysisChoices
        state.comparisonScenario = old.comparisonScenario
        state.selectedLever = old.selectedLever
        state.status = StatusMessage("opened \(path)")
        return state
    }
}
