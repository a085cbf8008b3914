/// Work a command asks of the outside world; the run loop hands it to the `DashboardHost`.
public enum HostRequest: Equatable, Sendable {
    case save(path: String)
    /// Saving under a name the user typed: asks first when a file is there (unless it is the scenario's own).
    case saveAs(path: String)
    case open(path: String)
    case export
    case repaint
}
