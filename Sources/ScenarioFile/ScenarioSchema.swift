import PushPullModel

/// A `[table]` of the file and the keys it holds, in the order they are written.
struct TableSchema {
    let name: String
    let comment: String
    let fields: [FieldCodec<Scenario>]
}

/// The documented file format: its header, its tables in the order they are written, and
/// each table's comment. The keys themselves come from the model's field table
/// (`Scenario.fields`), which the reader, the writer, validation and `--param` share.
enum ScenarioSchema {
    /// The format this code reads and writes; files declare it as `format = 1`.
    static let formatVersion = 1
    static let formatKey = "format"
    static let stagesKey = "stages"

    static let header = [
        "pushpull scenario, file format \(formatVersion). Plain TOML: edit it, diff it, keep it in git.",
        "Keys left out take the value of the built-in example scenario, so a short file that sets only",
        "what differs works. [[stages]], when present, replaces the whole list of stages.",
        "Unknown keys are errors (a typo would otherwise be silently ignored).",
        "Money is per month unless a key says otherwise, in the currency of [finance]. Shares are 0–1.",
    ]

    /// Keys before the first table: they describe the scenario as a whole.
    static var topLevel: [FieldCodec<Scenario>] {
        (fieldsByTable[nil] ?? []).map(FieldCodec.init)
    }

    /// The parts of the file after the top-level keys, in the order they are written.
    enum Section {
        case table(TableSchema)
        case stages
    }

    /// Stages follow the market: together they are the funnel a newcomer reads top-down.
    static var sections: [Section] {
        [.table(levers), .table(market), .stages, .table(sales), .table(response), .table(customers),
         .table(finance), .table(targets), .table(riskLimits), .table(history), .table(uncertainty), .table(simulation)]
    }

    /// A table's keys are the fields whose path starts with its name, in the table's order.
    static func table(_ name: String, _ comment: String) -> TableSchema {
        TableSchema(name: name, comment: comment, fields: (fieldsByTable[name] ?? []).map(FieldCodec.init))
    }

    /// The fields by table (nil: top level), each in the table's order, worked out once: asking
    /// every field its table for each of the twelve tables cost 14M instructions of a start with
    /// a scenario file (`Field.table` searches the path for a dot, 15K instructions a time).
    private static let fieldsByTable = Dictionary(grouping: Scenario.fields, by: \.table)

    static var tables: [TableSchema] {
        sections.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    static var levers: TableSchema { table("levers", "The six levers a planning session moves.") }

    static var market: TableSchema { table("market", "The accounts the company can sell to, and where it starts.") }

    static let stagesIntro = "Pipeline stages, first to last: 2–12 [[stages]] blocks. Each has:"

    static var stageFields: [FieldCodec<Stage>] { Stage.fields.map(FieldCodec.init) }

    /// Keys every `[[stages]]` block must set; the others default as in `Stage.init`.
    static let requiredStageKeys: Set = ["name", "conversion", "monthsInStage"]

    /// What a stage starts as before its keys are read; required keys always overwrite it.
    static let blankStage = Stage(name: "", conversion: 0, monthsInStage: 0, openAtStart: 0)

    static var sales: TableSchema { table("sales", "The sales force and the deals it closes.") }

    static var response: TableSchema { table("response", "How spend turns into buying journeys: carry-over, saturation, diffusion, lever effects.") }

    static var customers: TableSchema { table("customers", "After the sale: churn and expansion by source.") }

    static var finance: TableSchema { table("finance", "Cash, and costs besides the go-to-market budget.") }

    static var targets: TableSchema { table("targets", "The bookings target the plan is judged against.") }

    static var riskLimits: TableSchema { table("riskLimits", "The risks the best balance must stay within.") }

    static var history: TableSchema { table("history", "Spend before the plan: the model starts from its steady state (left out: the levers).") }

    static var uncertainty: TableSchema { table("uncertainty", "What the plan does not know: sigma of a per-path lognormal multiplier (0: sampling noise only).") }

    static var simulation: TableSchema { table("simulation", "Monte Carlo settings.") }
}
