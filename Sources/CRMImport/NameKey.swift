/// A name reduced to lowercase letters and digits, so that "Opportunity ID", "opportunity_id"
/// and "OPPORTUNITY-ID" compare equal: exports spell the same column or stage many ways.
func nameKey(_ name: String) -> String {
    String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter {
        $0.properties.isAlphabetic || $0.properties.numericType != nil
    }))
}
