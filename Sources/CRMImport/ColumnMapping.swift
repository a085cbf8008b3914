/// Which header column holds each field.
struct ColumnMapping {
    let header: [String]
    /// The column of each field by `CRMField.allCases` position: an array, not a dictionary,
    /// because it is read for every cell of a million rows.
    private var columns = [Int?](repeating: nil, count: CRMField.allCases.count)

    subscript(field: CRMField) -> Int? {
        get { columns[field.position] }
        set { columns[field.position] = newValue }
    }

    var isEmpty: Bool { columns.allSatisfy { $0 == nil } }

    /// Resolves the header against the `--map` overrides, then the known column names.
    /// Throws `notCSV` when nothing in the first line looks like an export header,
    /// and `missingColumns` naming each required field that has no column.
    init(header: [String], overrides: [CRMField: String]) throws {
        self.header = header
        let keys = header.map(nameKey)
        for (field, column) in overrides {
            guard let index = header.firstIndex(of: column) ?? keys.firstIndex(of: nameKey(column)) else {
                throw CRMImportError.unknownColumn(field: field, column: column, columnsFound: header)
            }
            self[field] = index
        }
        for field in CRMField.allCases where self[field] == nil {
            let claimed = Set(columns.compactMap { $0 })
            let candidates = field.knownColumnNames.map(nameKey)
            if let index = candidates.lazy.compactMap({ keys.firstIndex(of: $0) }).first(where: { !claimed.contains($0) }) {
                self[field] = index
            }
        }
        if isEmpty {
            let shown = header.prefix(8).map { String($0.prefix(40)) }
            throw CRMImportError.notCSV(reason: "the first line has no known column (found \(header.count) "
                + "column\(header.count == 1 ? "" : "s"): \(shown.joined(separator: " | ")))")
        }
        let missing = CRMField.allCases.filter { $0.isRequired && self[$0] == nil }
        if !missing.isEmpty {
            throw CRMImportError.missingColumns(fields: missing, columnsFound: header)
        }
    }

    /// The column name used for each field, for the report.
    var columnNames: [CRMField: String] {
        Dictionary(uniqueKeysWithValues: CRMField.allCases.compactMap { field in self[field].map { (field, header[$0]) } })
    }
}
