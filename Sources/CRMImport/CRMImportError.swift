import TextSafety
import PushPullModel

/// Why an export cannot be imported at all. Rows that are merely bad are not errors:
/// they are counted in `RejectedRows` and the import goes on.
public enum CRMImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case cannotRead(reason: String)
    /// Binary data, an empty file, or a first line without any known column.
    case notCSV(reason: String)
    /// Required fields with no column, and the columns the header has.
    case missingColumns(fields: [CRMField], columnsFound: [String])
    /// A `--map FIELD=COLUMN` naming a column the header lacks.
    case unknownColumn(field: CRMField, column: String, columnsFound: [String])
    /// A `--map` argument that is not `FIELD=COLUMN` with a known field.
    case invalidMapping(argument: String)
    case invalidDateFormat(argument: String)
    /// Day-month order that no date in the file settles (no day above 12).
    case ambiguousDates(example: String, line: Int)
    case unclosedQuote(line: Int)
    case recordTooLong(line: Int, limitBytes: Int)

    /// The line of the export the problem is on (the header's for a file that is not an export);
    /// nil when it is not about the file's content (it cannot be opened, a flag is wrong).
    public var line: Int? {
        switch self {
        case .notCSV, .missingColumns: 1
        case .ambiguousDates(_, let line), .unclosedQuote(let line), .recordTooLong(let line, _): line
        case .cannotOpen, .cannotRead, .unknownColumn, .invalidMapping, .invalidDateFormat: nil
        }
    }

    /// Paths, column names and values come from the user's files: a control character in them
    /// (an escape sequence, a line break in a quoted header) is shown as `\u001B`, not sent to the terminal.
    public var description: String { UntrustedText.escaped(unescapedDescription) }

    private var unescapedDescription: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason)"
        case .cannotRead(let reason):
            return "cannot read the export: \(reason)"
        case .notCSV(let reason):
            return "not a CSV opportunity export: \(reason)"
        case .missingColumns(let fields, let columns):
            let names = fields.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
            return "no column for \(names); columns found: \(CRMImportError.list(columns)). "
                + "Name them with --map FIELD=COLUMN."
        case .unknownColumn(let field, let column, let columns):
            return "--map \(field.rawValue)=\(column): no such column; columns found: \(CRMImportError.list(columns))"
        case .invalidMapping(let argument):
            let fields = CRMField.allCases.map(\.rawValue).joined(separator: ", ")
            return "--map \(argument): expected FIELD=COLUMN with FIELD one of \(fields)"
        case .invalidDateFormat(let argument):
            let formats = DateFormat.allCases.map(\.pattern).joined(separator: ", ")
            return "--date-format \(argument): expected one of \(formats)"
        case .ambiguousDates(let example, let line):
            return "dates such as \(example) (line \(line)) read both as MM/dd/yyyy and dd/MM/yyyy, and no day above 12 "
                + "in the file settles it: pass --date-format MM/dd/yyyy or --date-format dd/MM/yyyy"
        case .unclosedQuote(let line):
            return "the quoted field starting on line \(line) is never closed"
        case .recordTooLong(let line, let limit):
            return "the row starting on line \(line) is longer than \(limit >> 20) MiB (an unclosed quote, or not a CSV)"
        }
    }

    private static func list(_ columns: [String]) -> String {
        columns.isEmpty ? "none" : columns.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
