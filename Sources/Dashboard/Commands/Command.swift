import PushPullModel

/// Something the user (or the host) asks the dashboard to do: one type for keys, the mouse and
/// the `:` command line. Every action a user can ask for has a stable name (`lever.increase`,
/// `save`, `theme.next`; see `CommandNames.swift`) that the key map, the config file and `:` use.
public enum Command: Equatable, Sendable {
    public enum StepSize: Equatable, Sendable { case small, large }

    case selectLever(offset: Int)
    case step(direction: Int, size: StepSize)
    case beginExactValue
    case resetLever
    case pinBaseline
    case undo, redo
    case moveFocus(offset: Int)
    case moveMonth(offset: Int)
    case togglePlayback
    /// One playback tick: the next month, stopping at the horizon.
    case advancePlayback
    case nextTheme
    case togglePresentation
    case toggleHelp
    /// The drivers of the cursor month (`d`).
    case toggleDrivers
    case closeHelp
    /// The back-test view (`B`), when the dashboard was started with one.
    case togglePastReplay
    /// Shows an analysis in place of the forecast panels, or hides it when it is shown.
    /// Stable names: `AnalysisView.actionName` (`view.frontier`, …).
    case toggleAnalysis(AnalysisView)
    /// The analysis on screen reads the next measure: risk, metric or goal target (`x`; `view.nextMeasure`).
    case cycleAnalysisMeasure
    /// Applies the answer of the view on screen (`a`; `view.apply`): the goal seek's lever value
    /// or the best plan's levers; `u` undoes it like any lever move.
    case applySuggestion
    /// Sets the levers an analysis found (what `applySuggestion` becomes once the answer is known).
    case setLevers(Levers)
    case quit
    /// The answer to the pending `Confirmation`: true goes ahead.
    case confirm(Bool)
    /// The answer "take theirs" to a file changed on disk: open the file as it now is.
    case takeTheirs
    case save, saveAs, open, export
    case repaint
    /// Opens the `:` command line.
    case beginCommandLine
    /// A lever set to a value (`:set budget 300k`, a click on a slider).
    case setLever(Lever, Double)
    /// A lever set along its slider with the mouse: a press (`starting`) and the drag after it
    /// are one undoable step.
    case dragLever(Lever, Double, starting: Bool)
    /// A panel, lever or month picked with the mouse.
    case focusPanel(FocusPanel)
    case choose(Lever)
    case setMonth(Int)
    /// The theme at this index of the dashboard's themes (`:theme light`).
    case setTheme(Int)
    /// Save to, or open, the file named (`:save plan.toml`, `:open plan.toml`).
    case saveTo(String)
    case openFile(String)
    /// Opens (or closes) the whole of the last status message (`!`).
    case toggleMessage
    /// The status line's message has been up long enough (sent by the run loop's clock).
    case fadeStatus
    /// A word for the status line about a key that does nothing here (it acts in another panel).
    case explain(String)

    // Typing in the input field.
    case type(Character)
    case deleteBackward
    case submitInput
    case cancelInput
    /// Ctrl-U: empties the field.
    case clearInput
    /// Tab in a file prompt: complete the path (the run loop lists the folder).
    case completeInput
    /// What completion found: the text as far as it could go, and the names that could follow.
    case completed(text: String, candidates: [String])

    // What the host reports back.
    case saved(path: String)
    /// Save as named a file that is there: the user is asked before it is replaced.
    case fileExists(path: String)
    /// The scenario's file changed on disk since it was read: the user is asked before saving over it.
    case fileChanged(path: String)
    case loaded(Scenario, path: String)
    /// The scenario file changed on disk (`--watch`): its new content, and the levers to
    /// show (the ones the user moved are kept; `keptMoves` the file changed too).
    case reloaded(Scenario, levers: Levers, keptMoves: [Lever] = [])
    case exported(description: String)
    case failed(String)
}
