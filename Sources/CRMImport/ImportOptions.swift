import Foundation

/// What the user told the import on the command line.
public struct ImportOptions: Sendable, Equatable {
    /// Columns named with `--map FIELD=COLUMN`, overriding the recognised names.
    public var columns: [CRMField: String]
    /// The `--date-format`; nil lets the data settle it.
    public var dateFormat: DateFormat?
    /// How many line numbers each rejection reason lists.
    public var listedLinesPerReason: Int
    /// Read the export as it stood at the end of this month: later deals left out, later closes
    /// still open. A back-test calibrates this way on the months before its holdout.
    public var lastMonth: YearMonth?

    public init(columns: [CRMField: String] = [:], dateFormat: DateFormat? = nil, listedLinesPerReason: Int = 10,
                lastMonth: YearMonth? = nil) {
        self.columns = columns
        self.dateFormat = dateFormat
        self.listedLinesPerReason = listedLinesPerReason
        self.lastMonth = lastMonth
    }

    /// From the raw command-line values: `["amount=Deal Value", …]` and e.g. `"dd/MM/yyyy"`.
    public init(mapArguments: [String], dateFormat: String? = nil) throws {
        var columns: [CRMField: String] = [:]
        for argument in mapArguments {
            guard let equals = argument.firstIndex(of: "="),
                  let field = CRMField(argument: String(argument[..<equals])) else {
                throw CRMImportError.invalidMapping(argument: argument)
            }
            let column = argument[argument.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !column.isEmpty else { throw CRMImportError.invalidMapping(argument: argument) }
            columns[field] = column
        }
        var format: DateFormat?
        if let dateFormat {
            guard let parsed = DateFormat(argument: dateFormat) else { throw CRMImportError.invalidDateFormat(argument: dateFormat) }
            format = parsed
        }
        self.init(columns: columns, dateFormat: format)
    }
}
