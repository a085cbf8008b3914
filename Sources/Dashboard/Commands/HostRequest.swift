/// Work a command asks of the outside world; the run loop hands it to the `DashboardHost`.
public enum HostRequest: Equatable, Sendable {
    /// Saving the scenario to its file: asks first when the file changed on disk since it was read.
    case save(path: String)
    /// Saving under a name the user typed: asks first when a file is there (unless it is the scenario's own).
    case saveAs(path: String)
    /// Writing without asking: the user answered the question.
    case write(path: String)
    case open(path: String)
    case export
    case repaint
}
