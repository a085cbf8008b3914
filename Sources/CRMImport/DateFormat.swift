/// The date layouts an export may use. Year-first dates are unambiguous; year-last dates
/// need the day-month order, which the data settles or `--date-format` gives.
public enum DateFormat: String, CaseIterable, Sendable, Equatable {
    case iso, monthFirst, dayFirst

    /// As written on the command line and in messages.
    public var pattern: String {
        switch self {
        case .iso: "yyyy-MM-dd"
        case .monthFirst: "MM/dd/yyyy"
        case .dayFirst: "dd/MM/yyyy"
        }
    }

    /// `yyyy-MM-dd`, `MM/dd/yyyy`, `dd/MM/yyyy` (any of `-` `/` `.` as separator, any case),
    /// or the words `iso`, `us`, `eu`.
    public init?(argument: String) {
        let key = String(argument.lowercased().map { "-.".contains($0) ? "/" : $0 })
        switch key {
        case "yyyy/mm/dd", "iso": self = .iso
        case "mm/dd/yyyy", "m/d/yyyy", "us": self = .monthFirst
        case "dd/mm/yyyy", "d/m/yyyy", "eu": self = .dayFirst
        default: return nil
        }
    }
}
