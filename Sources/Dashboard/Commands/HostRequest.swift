/// Work a command asks of the outside world; the run loop hands it to the `DashboardHost`.
public enum HostRequest: Equatable, Sendable {
    case save(path: String)
    case open(path: String)
    case export
    case repaint
    /// Complete a path typed in a file prompt (open offers only scenario files); `prefix` is
    /// what stands before the path in the field (`save ` on the command line).
    case completePath(String, scenariosOnly: Bool, prefix: String = "")
}
