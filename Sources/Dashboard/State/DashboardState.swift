import PushPullModel

/// Everything the dashboard shows that the user can change, as one value.
/// Commands change it through `Reducer.apply`; panels only read it.
public struct DashboardState: Equatable, Sendable {
    /// The scenario as loaded or last saved; its levers are the saved ones.
    public var scenario: Scenario
    /// Where the scenario was loaded from or saved to (nil for the built-in example).
    public var filePath: String?
    /// The levers being explored.
    public var levers: Levers
    /// The pinned levers every change is compared against.
    public var baseline: Levers
    public var selectedLever: Lever = .pushShare
    public var focus: FocusPanel = .levers
    /// The month the pipeline shows and the chart marks, 1…horizon.
    public var monthCursor: Int
    public var isPlaying = false
    public var themeIndex = 0
    public var themeCount: Int
    /// The themes' names, for `:theme NAME`.
    public var themeNames: [String] = []
    public var isPresenting = false
    public var isHelpShown = false
    /// The drivers overlay (`d`): the cursor month's sellers, journeys, customers… against the baseline.
    public var isDriversShown = false
    /// The back-test given at start (`--backtest`), and whether it is shown over the dashboard.
    public var pastReplay: PastReplay?
    public var isPastReplayShown = false
    /// The analysis shown in place of the forecast panels (`f`, `z`, `g`, `c`, `v`); nil: none.
    public var analysis: AnalysisView?
    public var analysisChoices = AnalysisChoices()
    /// The scenario given with `--compare`: `c` compares the levers on screen (A) with it (B).
    /// Without one, `c` compares the pinned baseline (A) with the levers on screen (B).
    public var comparisonScenario: Scenario?
    public var input: InputField?
    /// The question waiting for an answer, if any.
    public var confirming: Confirmation?
    /// The message on the status line, until it fades.
    public var status: StatusMessage? {
        didSet { if let status { lastMessage = status } }
    }
    /// The last message shown, kept after it faded, for `!`.
    public private(set) var lastMessage: StatusMessage?
    /// Whether the whole of `lastMessage` is shown over the dashboard (`!`).
    public var isMessageShown = false
    public var shouldQuit = false
    public var history = LeverHistory()
    /// True while a mouse drag moves a lever: its moves after the first are not undo steps of their own.
    var isDragging = false
    /// How far a step moves a lever (the config file may change them).
    public var stepSizes = StepSizes.standard

    public init(scenario: Scenario, filePath: String? = nil, themeCount: Int = 1) {
        self.scenario = scenario
        self.filePath = filePath
        self.levers = scenario.levers
        self.baseline = scenario.levers
        self.themeCount = max(1, themeCount)
        self.monthCursor = min(scenario.targets.periodMonths, scenario.simulation.horizonMonths)
    }

    public var horizonMonths: Int { scenario.simulation.horizonMonths }

    /// True when the levers differ from the saved ones.
    public var hasUnsavedChanges: Bool { levers != scenario.levers }

    /// The scenario with the levers being explored: what the model runs.
    public var currentScenario: Scenario {
        var current = scenario
        current.levers = levers
        return current
    }

    /// The goal the goal-seek view solves: its chosen target at the value typed for it (or its
    /// default), for the selected lever.
    public var goal: Goal {
        let target = analysisChoices.goalTarget
        return Goal(target: target, value: analysisChoices.goalValues[target] ?? target.defaultValue(for: scenario), lever: selectedLever)
    }

    /// The scenario with the pinned baseline levers.
    public var baselineScenario: Scenario {
        var pinned = scenario
        pinned.levers = baseline
        return pinned
    }
}
