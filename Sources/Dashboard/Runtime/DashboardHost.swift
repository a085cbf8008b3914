import PushPullModel

/// What the dashboard needs from the program around it: files and the crash journal.
/// The executable implements it with the scenario-file module; the dashboard knows no file format.
public protocol DashboardHost: AnyObject {
    /// Writes `scenario` to `path`.
    func save(_ scenario: Scenario, to path: String) throws
    /// Reads and validates the scenario at `path`.
    func load(path: String) throws -> Scenario
    /// Writes an export of what is on screen; returns a short description of where it went.
    func export(_ export: DashboardExport) throws -> String
    /// Called after every lever change, so an interrupted session can be recovered. Returns a
    /// problem to show at once when the record stops working (a full disk): said once, not at every move.
    func recordEdit(_ levers: Levers, of scenario: Scenario) -> String?
    /// Whether something is at `path` already: save as asks before replacing it.
    func fileExists(atPath path: String) -> Bool
    /// Whether the scenario file at `path` changed on disk since this session read or wrote it
    /// (another window, an editor): saving over it asks first.
    func changedOnDisk(path: String) -> Bool
}

/// Everything an export may need: the scenario as explored, both forecasts, and the screen as text.
public struct DashboardExport: Sendable {
    public var scenario: Scenario
    public var forecast: Forecast?
    public var baselineForecast: Forecast?
    /// The risk-bounded best balance the screen shows, when the search has found one.
    public var bestBalance: BalanceRecommendation?
    public var screenLines: [String]
    /// The screen as an SVG picture in the colours shown, for slides.
    public var screenSVG: String
}
