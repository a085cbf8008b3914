import SwiftDiagnostics
import SwiftSyntax

/// What `@Field(range, doc) var name = value` says, read from the source: the line of the field
/// table it stands for.
struct FieldDescription {
    /// The case of `Field.Kind`, and the static function of `Field` that makes it.
    enum Kind: String {
        case number, wholeNumber, numbers, text, seed

        /// The kind a declared type stands for.
        init?(type: TypeSyntax) {
            switch type.trimmedDescription {
            case "Double": self = .number
            case "Int": self = .wholeNumber
            case "[Double]", "Array<Double>": self = .numbers
            case "String": self = .text
            case "UInt64": self = .seed
            default: return nil
            }
        }

        /// The kind of a literal's default type, so `= 6.0` needs no `: Double`.
        init?(literal: ExprSyntax) {
            var value = literal
            if let negated = value.as(PrefixOperatorExprSyntax.self), negated.operator.text == "-" { value = negated.expression }
            if value.is(FloatLiteralExprSyntax.self) { self = .number }
            else if value.is(IntegerLiteralExprSyntax.self) { self = .wholeNumber }
            else if value.is(StringLiteralExprSyntax.self) { self = .text }
            else { return nil }
        }
    }

    let name: String
    let kind: Kind
    /// The range's expression as written (`Lever.pushShare.range`), nil for a seed.
    let range: ExprSyntax?
    /// The doc's expression as written: a string literal, escapes kept.
    let doc: ExprSyntax

    /// The field `attribute` describes on `declaration`, or the problem that keeps it from one.
    init(_ attribute: AttributeSyntax, on declaration: some DeclSyntaxProtocol) throws(FieldProblem) {
        let binding = try Self.storedVariable(declaration, attribute: attribute)
        name = binding.pattern.trimmedDescription
        if let type = binding.typeAnnotation?.type {
            guard let kind = Kind(type: type) else { throw .unsupportedType(type.trimmedDescription, at: Syntax(type)) }
            self.kind = kind
        } else if let value = binding.initializer?.value {
            guard let kind = Kind(literal: value) else { throw .kindNotInferred(name, from: value.trimmedDescription, at: Syntax(value)) }
            self.kind = kind
        } else {
            throw .kindNotInferred(name, from: nil, at: Syntax(binding))
        }

        let arguments = Array(attribute.arguments?.as(LabeledExprListSyntax.self) ?? [])
        guard let doc = arguments.last, doc.label == nil, doc.expression.is(StringLiteralExprSyntax.self) else {
            throw .missingDoc(name, at: Syntax(attribute))
        }
        self.doc = doc.expression
        let range = arguments.dropLast().first
        switch (kind, range?.label?.text) {
        case (.seed, nil) where range == nil:
            self.range = nil
        case (.seed, _):
            throw .seedWithRange(at: Syntax(attribute))
        case (.text, "length"), (.number, nil), (.wholeNumber, nil), (.numbers, nil):
            guard let range else { throw .missingRange(name, kind: kind, at: Syntax(attribute)) }
            self.range = range.expression
        case (.text, _):
            throw .textNeedsLength(name, at: Syntax(attribute))
        default:
            throw .lengthOfANumber(name, at: Syntax(attribute))
        }
    }

    /// The one stored `var` the attribute is on: the table reads and writes it through its key path.
    static func storedVariable(_ declaration: some DeclSyntaxProtocol, attribute: AttributeSyntax) throws(FieldProblem) -> PatternBindingSyntax {
        guard let variable = declaration.as(VariableDeclSyntax.self), variable.bindingSpecifier.tokenKind == .keyword(.var),
              let binding = variable.bindings.first, variable.bindings.count == 1,
              binding.pattern.is(IdentifierPatternSyntax.self), binding.accessorBlock == nil,
              !variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) })
        else { throw .notAStoredVariable(attribute.attributeName.trimmedDescription, at: Syntax(declaration)) }
        return binding
    }

    /// The table's line: `.number("cooldownMonths", \.cooldownMonths, 0...120, "…")`.
    var tableLine: String {
        let range = self.range.map { (kind == .text ? "length: " : "") + $0.trimmedDescription + ", " } ?? ""
        return ".\(kind.rawValue)(\"\(name)\", \\.\(name), \(range)\(doc.trimmedDescription))"
    }
}
