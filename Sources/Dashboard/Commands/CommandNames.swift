/// The stable, user-facing names of the actions: what the config file's key map and the `:`
/// command line call them, and what `?` and the README list. A name never changes once
/// released: people's config files hold them. Commands that only the program sends (typing,
/// file results, playback ticks) have none.
extension Command {
    /// Every named action, in the order help lists them.
    public static let named: [(name: String, command: Command)] = [
        ("lever.previous", .selectLever(offset: -1)),
        ("lever.next", .selectLever(offset: 1)),
        ("lever.decrease", .step(direction: -1, size: .small)),
        ("lever.increase", .step(direction: 1, size: .small)),
        ("lever.decrease.large", .step(direction: -1, size: .large)),
        ("lever.increase.large", .step(direction: 1, size: .large)),
        ("lever.type", .beginExactValue),
        ("lever.reset", .resetLever),
        ("baseline.pin", .pinBaseline),
        ("undo", .undo),
        ("redo", .redo),
        ("panel.next", .moveFocus(offset: 1)),
        ("panel.previous", .moveFocus(offset: -1)),
        ("month.previous", .moveMonth(offset: -1)),
        ("month.next", .moveMonth(offset: 1)),
        ("month.previous.quarter", .moveMonth(offset: -3)),
        ("month.next.quarter", .moveMonth(offset: 3)),
        ("play", .togglePlayback),
        ("theme.next", .nextTheme),
        ("present", .togglePresentation),
        ("help", .toggleHelp),
        ("backtest", .togglePastReplay),
        ("drivers", .toggleDrivers),
    ] + AnalysisView.allCases.map { ($0.actionName, .toggleAnalysis($0)) } + [
        ("view.nextMeasure", .cycleAnalysisMeasure),
        ("view.apply", .applySuggestion),
        ("message", .toggleMessage),
        ("command", .beginCommandLine),
        ("save", .save),
        ("save.as", .saveAs),
        ("open", .open),
        ("export", .export),
        ("repaint", .repaint),
        ("quit", .quit),
    ]

    private static let byName = Dictionary(named.map { ($0.name, $0.command) }, uniquingKeysWith: { first, _ in first })

    /// The action called `name`, if there is one.
    public init?(named name: String) {
        guard let command = Self.byName[name] else { return nil }
        self = command
    }

    /// The action's name; nil for commands only the program sends.
    public var name: String? { Self.named.first { $0.command == self }?.name }
}
