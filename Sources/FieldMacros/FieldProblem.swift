import SwiftDiagnostics
import SwiftSyntax

/// Why a declaration cannot be a line of the field table: an error at the place to fix, saying
/// what to write instead.
struct FieldProblem: Error, DiagnosticMessage {
    let message: String
    let node: Syntax
    let id: String

    var diagnosticID: MessageID { MessageID(domain: "FieldMacros", id: id) }
    var severity: DiagnosticSeverity { .error }
    var diagnostic: Diagnostic { Diagnostic(node: node, message: self) }

    static let kinds = "a Double, an Int, a [Double], a String or a UInt64 (a seed)"

    static func notAStoredVariable(_ attribute: String, at node: Syntax) -> Self {
        Self(message: "@\(attribute) goes on one stored 'var' (not 'let', static or computed): the table reads and writes it through its key path",
             node: node, id: "notAStoredVariable")
    }

    static func unsupportedType(_ type: String, at node: Syntax) -> Self {
        Self(message: "'\(type)' cannot be a scenario field: a field is \(kinds)", node: node, id: "unsupportedType")
    }

    static func kindNotInferred(_ name: String, from value: String?, at node: Syntax) -> Self {
        let why = value.map { "from '\($0)'" } ?? "without a value"
        return Self(message: "write the type of '\(name)': its kind cannot be read \(why); a field is \(kinds)",
                    node: node, id: "kindNotInferred")
    }

    static func missingDoc(_ name: String, at node: Syntax) -> Self {
        Self(message: "'\(name)' needs its doc as the last argument, a string literal: meaning, unit and range, written above the key in saved files",
             node: node, id: "missingDoc")
    }

    static func missingRange(_ name: String, kind: FieldDescription.Kind, at node: Syntax) -> Self {
        let example = kind == .text ? "length: 0...200, " : "0...1, "
        return Self(message: "'\(name)' needs its range before the doc, e.g. @Field(\(example)\"…\"): validation checks it",
                    node: node, id: "missingRange")
    }

    static func seedWithRange(at node: Syntax) -> Self {
        Self(message: "a seed takes every UInt64: give @Field only its doc", node: node, id: "seedWithRange")
    }

    static func textNeedsLength(_ name: String, at node: Syntax) -> Self {
        Self(message: "'\(name)' is text: its range is a length in characters, written 'length: 0...200'", node: node, id: "textNeedsLength")
    }

    static func lengthOfANumber(_ name: String, at node: Syntax) -> Self {
        Self(message: "'\(name)' is a number: its range has no label ('length:' is for text)", node: node, id: "lengthOfANumber")
    }

    static func outsideATable(_ attribute: String, at node: Syntax) -> Self {
        Self(message: "@\(attribute) is only read inside a @FieldTable struct: here it would be in no table", node: node, id: "outsideATable")
    }

    static func notAStruct(at node: Syntax) -> Self {
        Self(message: "@FieldTable goes on a struct", node: node, id: "notAStruct")
    }
}
