/// Whether a lead source is push (selling reached out) or pull (the buyer came).
public enum SourceChannel: String, Sendable, Equatable {
    case push, pull, unknown

    /// By keywords of common Salesforce and HubSpot source values; anything else stays unknown
    /// rather than being forced into one side.
    init(source: String) {
        let key = nameKey(source)
        let pushWords = ["outbound", "cold", "purchasedlist", "prospecting", "sdr", "bdr", "salesgenerated", "offline"]
        let pullWords = ["inbound", "web", "organic", "referral", "partner", "search", "social", "emailmarketing",
                         "content", "event", "directtraffic", "phoneinquiry", "wordofmouth", "community", "ads", "campaign"]
        if pushWords.contains(where: key.contains) {
            self = .push
        } else if pullWords.contains(where: key.contains) {
            self = .pull
        } else {
            self = .unknown
        }
    }
}
