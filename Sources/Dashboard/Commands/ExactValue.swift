import PushPullModel

/// Reading a value typed for a lever: shares are typed as percent (55 → 0.55),
/// the budget as money per month.
enum ExactValue {
    static func allowedRange(of lever: Lever) -> String {
        lever.isShare ? "0–100 %" : "0–\(Int(lever.range.upperBound)) per month"
    }

    /// The lever value for `text`, or nil when it is not a number inside the lever's range.
    static func parse(_ text: String, for lever: Lever) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let number = Double(text), number.isFinite else { return nil }
        let value = lever.isShare ? number / 100 : number
        return lever.range.contains(value) ? value : nil
    }

}
