/// Work a command asks of the outside world; the run loop hands it to the `DashboardHost`.
public enum HostRequest: Equatable, Sendable {
    case save(path: String)
    case open(path: String)
    case export
    case repaint
    /// Complete a path typed in a file prompt (open offers only scenario files).
    case completePath(String, scenariosOnly: Bool)
}
