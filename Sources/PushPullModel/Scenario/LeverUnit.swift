/// What a lever's number means, and so how it is typed, read, rounded and shown: one place
/// for the dashboard's prompt and panel, the reports and the command line.
public enum LeverUnit: Sendable, Equatable {
    /// A share of something, 0…1, shown as a whole percentage.
    case share
    /// Money per month, in the scenario's currency.
    case moneyPerMonth

    /// What may be typed, in words, for the prompt and its error.
    public var typingHint: String {
        switch self {
        case .share: "0–100 %: 55, 55% or 0.55"
        case .moneyPerMonth: "money per month: 300000, 300k, €1.2M"
        }
    }

    /// Reads what a person types. Shares: `55%` and `55` are percentages, a number up to 1
    /// with a decimal point (`0.55`) is the share itself. Money: an optional currency sign or
    /// code, digits with optional `,` `_` or space separators, and an optional k, M or B.
    /// Nil when the text is not such a number (the range is the lever's to check).
    public func parse(_ text: String) -> Double? {
        var body = Substring(text.filter { $0 != " " && $0 != "_" && $0 != "," })
        switch self {
        case .share:
            let percent = body.hasSuffix("%")
            if percent { body = body.dropLast() }
            guard let number = Self.plainNumber(body) else { return nil }
            if percent { return number / 100 }
            return body.contains(".") && number <= 1 ? number : number / 100
        case .moneyPerMonth:
            for prefix in ["€", "$", "£", "¥", "EUR", "USD", "GBP", "JPY"] where body.uppercased().hasPrefix(prefix) {
                body = body.dropFirst(prefix.count)
            }
            if body.lowercased().hasSuffix("/mo") { body = body.dropLast(3) }
            let multiplier: Double
            switch body.last.map({ Character($0.lowercased()) }) {
            case "k": multiplier = 1e3
            case "m": multiplier = 1e6
            case "b": multiplier = 1e9
            default: multiplier = 1
            }
            if multiplier != 1 { body = body.dropLast() }
            return Self.plainNumber(body).map { $0 * multiplier }
        }
    }

    /// Shares to 0.01 %, money to whole units: repeated steps land on the values people read
    /// (0.7 − 0.01 is 0.69, not 0.6899999…), so undo and files stay exact.
    public func rounded(_ value: Double) -> Double {
        switch self {
        case .share: (value * 10_000).rounded() / 10_000
        case .moneyPerMonth: value.rounded()
        }
    }

    /// Digits with at most one decimal point; no sign, exponent or words.
    private static func plainNumber(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              text.filter({ $0 == "." }).count <= 1, let number = Double(text), number.isFinite else { return nil }
        return number
    }
}

extension Lever {
    public var unit: LeverUnit { self == .budget ? .moneyPerMonth : .share }

    /// The value typed for this lever, or nil when it is not a number in the lever's range.
    public func parse(_ text: String) -> Double? {
        guard let value = unit.parse(text), range.contains(value) else { return nil }
        return value
    }
}
