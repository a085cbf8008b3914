/// A field the calibration reads from an opportunity export.
public enum CRMField: String, CaseIterable, Hashable, Sendable, Comparable {
    case id, stage, engageDate, closeDate, amount, owner, account, source

    public var label: String {
        switch self {
        case .id: "opportunity id"
        case .stage: "deal stage"
        case .engageDate: "created or engage date"
        case .closeDate: "close date"
        case .amount: "amount"
        case .owner: "owner (seller)"
        case .account: "account"
        case .source: "lead source"
        }
    }

    public var isRequired: Bool { self != .account && self != .source }

    /// Column names recognised without `--map`, best first: the Maven sample, then Salesforce
    /// and HubSpot defaults. Compared by `nameKey`, so case, spaces and underscores do not matter.
    var knownColumnNames: [String] {
        switch self {
        case .id: ["opportunity_id", "Opportunity ID", "Record ID", "Deal ID", "ID"]
        case .stage: ["deal_stage", "Stage", "Deal Stage", "Opportunity Stage"]
        case .engageDate: ["engage_date", "Created Date", "Create Date", "Opportunity Created Date"]
        case .closeDate: ["close_date", "Close Date"]
        case .amount: ["close_value", "Amount", "Deal Amount", "Amount (company currency)"]
        case .owner: ["sales_agent", "Opportunity Owner", "Deal owner", "Owner"]
        case .account: ["account", "Account Name", "Associated Company", "Associated Company (Primary)", "Company Name"]
        case .source: ["Lead Source", "Original Source", "Original Source Type", "Original Traffic Source", "Source"]
        }
    }

    /// The field named on the command line, e.g. `amount` in `--map amount="Deal Value"`;
    /// a few synonyms (`created`, `seller`, `close`) are accepted.
    public init?(argument: String) {
        let synonyms: [String: CRMField] = [
            "created": .engageDate, "createddate": .engageDate, "engage": .engageDate, "engagedate": .engageDate,
            "close": .closeDate, "closedate": .closeDate, "seller": .owner, "value": .amount, "leadsource": .source,
        ]
        let key = nameKey(argument)
        guard let field = CRMField.allCases.first(where: { nameKey($0.rawValue) == key }) ?? synonyms[key] else { return nil }
        self = field
    }

    /// Place in `allCases`.
    var position: Int {
        switch self {
        case .id: 0
        case .stage: 1
        case .engageDate: 2
        case .closeDate: 3
        case .amount: 4
        case .owner: 5
        case .account: 6
        case .source: 7
        }
    }

    public static func < (lhs: CRMField, rhs: CRMField) -> Bool { lhs.position < rhs.position }
}
