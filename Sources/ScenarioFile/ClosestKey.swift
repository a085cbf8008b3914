/// The known key a mistyped one most likely meant, for "did you mean …?" hints.
enum ClosestKey {
    /// Case-insensitive edit distance; no suggestion when even the best candidate is far off.
    static func suggestion(for key: String, among candidates: [String]) -> String? {
        let typed = Array(key.lowercased())
        let scored = candidates.map { ($0, editDistance(typed, Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, typed.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance with a single row of memory.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
