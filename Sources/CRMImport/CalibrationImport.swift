import Foundation

extension Calibration {
    /// Imports an opportunity export file: the entry point of `pushpull import`.
    /// Reads the file as a stream (twice only when the date order is not settled by the first dates).
    public init(csvFileAt path: String, options: ImportOptions = ImportOptions()) throws {
        // Checked before opening: opening a pipe for reading waits for a writer, forever.
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw CRMImportError.cannotOpen(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw CRMImportError.cannotOpen(path: path, reason: "it is a directory")
        default: throw CRMImportError.cannotOpen(path: path, reason: "not a regular file")
        }
        try self.init(name: URL(fileURLWithPath: path).lastPathComponent, options: options) {
            guard let stream = InputStream(fileAtPath: path) else {
                throw CRMImportError.cannotOpen(path: path, reason: "cannot read it")
            }
            stream.open()
            if stream.streamStatus == .error {
                throw CRMImportError.cannotOpen(path: path, reason: stream.streamError?.localizedDescription ?? "cannot read it")
            }
            return stream
        }
    }

    /// Imports an export held in memory; `name` stands for the file in provenance comments.
    public init(csvData: Data, name: String = "CSV data", options: ImportOptions = ImportOptions()) throws {
        try self.init(name: name, options: options) { InputStream(data: csvData) }
    }

    private init(name: String, options: ImportOptions, openStream: () throws -> InputStream) throws {
        var reader = CSVRecordReader(stream: try openStream())
        let columns = try ColumnMapping(header: try readHeader(&reader), overrides: options.columns)
        let dateFormat = try options.dateFormat ?? detectDateFormat(stream: try openStream(), columns: columns)

        var tally = PipelineTally()
        var stages = StageClassifier()
        var rejected = RejectedRows(listedLinesPerReason: options.listedLinesPerReason)
        var read = 0
        var createdAfterLastMonth = 0
        while try reader.readRecord() {
            guard !reader.record.isBlank else { continue }
            read += 1
            switch OpportunityRow.read(reader.record, columns: columns, dateFormat: dateFormat, stages: &stages) {
            case .success(let row):
                if let cutOff = options.lastMonth?.lastDay {
                    guard let seen = row.asOf(cutOff) else {
                        createdAfterLastMonth += 1
                        continue
                    }
                    tally.add(seen)
                } else {
                    tally.add(row)
                }
            case .failure(let reason): rejected.add(reason, line: reader.record.line)
            }
        }

        self.init(
            sourceName: name, columns: columns.columnNames, dateFormat: dateFormat,
            rows: RowCounts(read: read, used: read - rejected.total - createdAfterLastMonth, rejected: rejected,
                            createdAfterLastMonth: createdAfterLastMonth),
            won: tally.won, lost: tally.lost, open: tally.open, winRate: tally.winRate,
            salesCycle: tally.salesCycle, dealSize: tally.dealSize, throughput: tally.throughput,
            newOpportunities: tally.newOpportunities, openPipeline: tally.openPipeline, sellers: tally.sellers,
            sources: tally.sources(columnExists: columns[.source] != nil),
            rowsWithoutAccount: tally.rowsWithoutAccount(columnExists: columns[.account] != nil),
            accountsSeen: tally.accountsSeen(columnExists: columns[.account] != nil), dealAmounts: tally.dealAmounts,
            openOpportunities: tally.openOpportunities, history: tally.monthly.history, lastMonth: options.lastMonth)
    }
}

/// The first line as column names, refusing what is plainly not a CSV export.
private func readHeader(_ reader: inout CSVRecordReader) throws -> [String] {
    do {
        guard try reader.readRecord() else { throw CRMImportError.notCSV(reason: "the file is empty") }
    } catch CRMImportError.recordTooLong, CRMImportError.unclosedQuote {
        throw CRMImportError.notCSV(reason: "the first line is not a header row")
    }
    guard !reader.record.bytes.contains(0) else {
        throw CRMImportError.notCSV(reason: "the first line holds binary data")
    }
    return (0..<reader.record.fieldCount).map { reader.record.string($0) }
}
