import TextSafety
import CRMImport
import PushPullModel

/// Why a back-test cannot run on an export.
public enum BacktestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The export cannot be read (not a CSV, missing columns, ambiguous dates…).
    case unreadableExport(CRMImportError)
    /// Too few months with closed deals to replay, or to hold some out.
    case tooShort(source: String, months: Int, needed: Int, holdout: Int)
    /// The scenario given with `--scenario` cannot run.
    case invalidScenario(String)

    public var description: String {
        switch self {
        case .unreadableExport(let error):
            return error.description
        case .tooShort(let source, let months, let needed, let holdout):
            let why = holdout > 0
                ? "holding out \(holdout) month\(holdout == 1 ? "" : "s") needs at least \(needed) (two to calibrate on)"
                : "a back-test needs at least \(needed)"
            return "\(UntrustedText.escaped(source)) has \(months) month\(months == 1 ? "" : "s") from its first closed deal to its end; \(why)"
        case .invalidScenario(let reason):
            return "invalid scenario: \(UntrustedText.escaped(reason))"
        }
    }
}
