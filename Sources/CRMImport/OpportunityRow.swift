/// One usable row of the export, with its values parsed.
struct OpportunityRow {
    let stage: String
    let outcome: DealOutcome
    let owner: String
    /// Nil for an open deal not yet engaged (e.g. Prospecting).
    let engaged: CalendarDay?
    /// Nil for an open deal; an open deal's close date is only expected, and kept out of activity.
    let closed: CalendarDay?
    let amount: Double?
    /// Nil when the export has no account column.
    let hasAccount: Bool?
    /// A 64-bit hash of the account name, to count distinct accounts without keeping a string per row;
    /// nil when the export has no account column or the cell is empty.
    let accountKey: UInt64?
    /// Nil when the export has no source column or the cell is empty.
    let source: String?

    /// Reads a record, or says why it cannot be used. Closed deals need both dates and won deals an
    /// amount; an open deal may lack them. A value that is present must parse, whatever the stage.
    static func read(_ record: CSVRecord, columns: ColumnMapping, dateFormat: DateFormat,
                     stages: inout StageClassifier) -> Result<OpportunityRow, RowRejection> {
        func cell(_ field: CRMField) -> ArraySlice<UInt8> {
            columns[field].map { record.field($0).trimmingSpaces() } ?? []
        }
        func text(_ field: CRMField) -> String { String(decoding: cell(field), as: UTF8.self) }
        func date(_ field: CRMField, required: Bool, missing: RowRejection, unparsable: RowRejection)
            -> Result<CalendarDay?, RowRejection> {
            let bytes = cell(field)
            if bytes.isEmpty { return required ? .failure(missing) : .success(nil) }
            guard let day = DateText(bytes)?.day(in: dateFormat) else { return .failure(unparsable) }
            return .success(day)
        }

        guard !cell(.id).isEmpty else { return .failure(.missingID) }
        let stage = text(.stage)
        guard !stage.isEmpty else { return .failure(.missingStage) }
        let owner = text(.owner)
        guard !owner.isEmpty else { return .failure(.missingOwner) }
        let outcome = stages.outcome(of: stage)
        let isClosed = outcome != .open

        let engaged: CalendarDay?, closed: CalendarDay?
        switch date(.engageDate, required: isClosed, missing: .missingEngageDate, unparsable: .unparsableEngageDate) {
        case .success(let day): engaged = day
        case .failure(let reason): return .failure(reason)
        }
        switch date(.closeDate, required: isClosed, missing: .missingCloseDate, unparsable: .unparsableCloseDate) {
        case .success(let day): closed = day
        case .failure(let reason): return .failure(reason)
        }
        if let engaged, let closed, closed < engaged { return .failure(.closeBeforeEngage) }

        let amountBytes = cell(.amount)
        var amount: Double?
        if amountBytes.isEmpty {
            if outcome == .won { return .failure(.missingAmount) }
        } else {
            guard let value = parseAmount(amountBytes) else { return .failure(.unparsableAmount) }
            guard value >= 0 else { return .failure(.negativeAmount) }
            amount = value
        }

        let source = columns[.source] == nil ? "" : text(.source)
        let account = cell(.account)
        return .success(OpportunityRow(
            stage: stage, outcome: outcome, owner: owner, engaged: engaged, closed: isClosed ? closed : nil,
            amount: amount, hasAccount: columns[.account] == nil ? nil : !account.isEmpty,
            accountKey: account.isEmpty ? nil : fnv1a(account), source: source.isEmpty ? nil : source))
    }
}

extension OpportunityRow {
    /// The stage shown for deals closed after a cut-off: which open stage they were in is not in the export.
    static let openAtCutOffStage = "Open at the cut-off"

    /// The row as an export taken at the end of `lastDay` would have shown it: nil for a deal
    /// created later, open for a deal closed later. Undated open deals are kept.
    func asOf(_ lastDay: CalendarDay) -> OpportunityRow? {
        if let engaged, engaged > lastDay { return nil }
        guard let closed, closed > lastDay else { return self }
        return OpportunityRow(stage: OpportunityRow.openAtCutOffStage, outcome: .open, owner: owner, engaged: engaged, closed: nil, amount: amount,
                              hasAccount: hasAccount, accountKey: accountKey, source: source)
    }
}

/// FNV-1a over bytes: distinct names of a few million accounts collide with odds far below one in a million.
func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01B3
    }
    return hash
}

/// Remembers each stage name's outcome: a file has a handful of stage names and a million rows.
struct StageClassifier {
    private var known: [String: DealOutcome] = [:]

    mutating func outcome(of stage: String) -> DealOutcome {
        if let outcome = known[stage] { return outcome }
        let outcome = DealOutcome(stage: stage)
        known[stage] = outcome
        return outcome
    }
}
