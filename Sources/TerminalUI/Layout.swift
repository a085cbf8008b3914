extension Rect {
    /// The rectangle cut into columns whose widths follow `weights`; the columns cover it
    /// exactly, the leftover cells of the rounding going to the first columns.
    public func columns(_ weights: [Int]) -> [Rect] {
        var left = x
        return Self.shares(of: width, weights: weights).map { columnWidth in
            defer { left += columnWidth }
            return Rect(x: left, y: y, width: columnWidth, height: height)
        }
    }

    /// `total` split in proportion to `weights` (negative weights count as 0), summing to `total`.
    static func shares(of total: Int, weights: [Int]) -> [Int] {
        let clean = weights.map { max(0, $0) }
        let sum = clean.reduce(0, +)
        guard sum > 0 else { return clean.map { _ in 0 } }
        var shares = clean.map { total * $0 / sum }
        var leftover = total - shares.reduce(0, +)
        for index in shares.indices where leftover > 0 && clean[index] > 0 {
            shares[index] += 1
            leftover -= 1
        }
        return shares
    }
}
