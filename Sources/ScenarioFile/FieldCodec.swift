import TOMLKit

/// One key of the file format: its name, its documentation line, and how its value moves
/// between TOML and a Swift property.
struct FieldCodec<Root> {
    let key: String
    /// Meaning, unit and range, written above the key in every saved file.
    let comment: String
    let read: (any TOMLValueConvertible, inout Root) throws(ValueMismatch) -> Void
    let literal: (Root) -> String

    static func number(_ key: String, _ path: WritableKeyPath<Root, Double>, _ comment: String) -> Self {
        Self(key: key, comment: comment,
             read: { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.number(value) },
             literal: { TOMLLiteral.number($0[keyPath: path]) })
    }

    static func wholeNumber(_ key: String, _ path: WritableKeyPath<Root, Int>, _ comment: String) -> Self {
        Self(key: key, comment: comment,
             read: { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.wholeNumber(value) },
             literal: { TOMLLiteral.integer($0[keyPath: path]) })
    }

    static func numbers(_ key: String, _ path: WritableKeyPath<Root, [Double]>, _ comment: String) -> Self {
        Self(key: key, comment: comment,
             read: { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.numbers(value) },
             literal: { "[" + $0[keyPath: path].map(TOMLLiteral.number).joined(separator: ", ") + "]" })
    }

    static func text(_ key: String, _ path: WritableKeyPath<Root, String>, _ comment: String) -> Self {
        Self(key: key, comment: comment,
             read: { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.text(value) },
             literal: { TOMLLiteral.string($0[keyPath: path]) })
    }

    static func seed(_ key: String, _ path: WritableKeyPath<Root, UInt64>, _ comment: String) -> Self {
        Self(key: key, comment: comment,
             read: { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.seed(value) },
             literal: { root in
                 let seed = root[keyPath: path]
                 return seed <= UInt64(Int64.max) ? String(seed) : "\"\(seed)\""
             })
    }
}
