import PushPullModel

/// A one-line text field at the bottom of the screen, open while the user types.
public struct InputField: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// An exact value for a lever (shares typed as percent).
        case leverValue(Lever)
        /// The value the goal seek is to reach for a target (`Enter` in the goal seek view).
        case goalValue(GoalTarget)
        case savePath
        case openPath
    }

    public var purpose: Purpose
    public var text: String

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    /// The prompt shown before the text.
    public var prompt: String {
        switch purpose {
        case .leverValue(let lever): "\(lever.label) (\(lever.unit.typingHint)):"
        case .goalValue(let target): "\(target.label) to reach (\(target.isMoney ? "money: 8M, 750k" : LeverUnit.share.typingHint)):"
        case .savePath: "Save as:"
        case .openPath: "Open:"
        }
    }

    /// Whether `character` may be typed here: any printable text. A value is checked when it is
    /// submitted, so a mistyped `2e12` is refused with the range rather than silently read as `212`.
    func accepts(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
