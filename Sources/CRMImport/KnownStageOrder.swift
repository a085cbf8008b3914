/// Open stages in the order of a known pipeline (the Maven sample, Salesforce and HubSpot defaults)
/// when every name belongs to one of them; otherwise in the order first seen in the file.
func orderedOpenStages(_ firstSeen: [String]) -> [String] {
    let knownPipelines: [[String]] = [
        ["Prospecting", "Engaging"],
        ["Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Id. Decision Makers",
         "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review"],
        ["Appointment Scheduled", "Qualified to Buy", "Presentation Scheduled", "Decision Maker Bought-In", "Contract Sent"],
    ]
    for pipeline in knownPipelines {
        let rank = Dictionary(uniqueKeysWithValues: pipeline.enumerated().map { (nameKey($0.element), $0.offset) })
        let ranks = firstSeen.map { rank[nameKey($0)] }
        if !firstSeen.isEmpty, ranks.allSatisfy({ $0 != nil }) {
            return zip(firstSeen, ranks).sorted { $0.1! < $1.1! }.map(\.0)
        }
    }
    return firstSeen
}
