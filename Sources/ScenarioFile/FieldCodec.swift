import PushPullModel
import TOMLKit

/// One key of the file format: its name, its documentation line, and how its value moves
/// between TOML and a Swift property.
struct FieldCodec<Root> {
    let key: String
    /// Meaning, unit and range, written above the key in every saved file.
    let comment: String
    let read: (any TOMLValueConvertible, inout Root) throws(ValueMismatch) -> Void
    let literal: (Root) -> String

    /// The codec of a field of the model's table: its key, its comment and how its kind reads and writes.
    init(_ field: Field<Root>) {
        key = field.key
        comment = field.doc
        switch field.kind {
        case .number(let path, _):
            read = { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.number(value) }
            literal = { TOMLLiteral.number($0[keyPath: path]) }
        case .wholeNumber(let path, _):
            read = { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.wholeNumber(value) }
            literal = { TOMLLiteral.integer($0[keyPath: path]) }
        case .numbers(let path, _):
            read = { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.numbers(value) }
            literal = { "[" + $0[keyPath: path].map(TOMLLiteral.number).joined(separator: ", ") + "]" }
        case .text(let path, _):
            read = { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.text(value) }
            literal = { TOMLLiteral.string($0[keyPath: path]) }
        case .seed(let path):
            read = { value, root throws(ValueMismatch) in root[keyPath: path] = try TOMLValueReading.seed(value) }
            literal = { root in
                let seed = root[keyPath: path]
                return seed <= UInt64(Int64.max) ? String(seed) : "\"\(seed)\""
            }
        }
    }
}
