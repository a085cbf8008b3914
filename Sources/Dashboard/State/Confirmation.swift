/// A question the dashboard is waiting on before it throws away unsaved changes or a file:
/// `y` goes ahead, any other key stays.
public enum Confirmation: Equatable, Sendable {
    case quit
    /// Opening another scenario (the path is asked for after the answer).
    case open
    /// Saving over a file that is there already.
    case replace(path: String)

    var question: String {
        switch self {
        case .quit: "unsaved changes: quit anyway? y = quit, any other key = stay"
        case .open: "unsaved changes: open another scenario anyway? y = open, any other key = stay"
        case .replace(let path): "\(path) exists: replace it? y = replace, any other key = keep it"
        }
    }
}
