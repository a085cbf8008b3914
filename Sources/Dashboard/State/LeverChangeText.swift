import Presentation
import PushPullModel

/// What a change of levers did, in words, so undo, redo and reset say it: "Push 71% → 70%".
enum LeverChangeText {
    static func describe(from old: Levers, to new: Levers, currency: String) -> String {
        Lever.allCases.filter { old[$0] != new[$0] }.map { lever in
            "\(name(of: lever)) \(value(of: lever, in: old, currency: currency)) → \(value(of: lever, in: new, currency: currency))"
        }.joined(separator: ", ")
    }

    /// The balance is named by its push side, as the slider shows it.
    private static func name(of lever: Lever) -> String { lever == .pushShare ? "Push" : lever.label }

    private static func value(of lever: Lever, in levers: Levers, currency: String) -> String {
        lever == .pushShare ? NumberFormat.balance(pushShare: levers.pushShare).push : lever.unit.text(levers[lever], currency: currency)
    }
}
