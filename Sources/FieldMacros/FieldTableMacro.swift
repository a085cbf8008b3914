import SwiftSyntax
import SwiftSyntaxMacros

/// `@FieldTable` on a struct writes its field table, `static let fields`, from the members
/// marked `@Field` and `@Table`, in the order they are declared: the order of saved files.
public struct FieldTableMacro: ExtensionMacro {
    /// One entry of the table: a field's line, or a section's fields under its name.
    enum Entry {
        case field(FieldDescription)
        case table(name: String)
    }

    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard let structure = declaration.as(StructDeclSyntax.self) else {
            context.diagnose(FieldProblem.notAStruct(at: Syntax(node)).diagnostic)
            return []
        }
        let type = type.trimmedDescription
        let entries = structure.memberBlock.members.flatMap { Self.entries(of: $0.decl) }
        let access = structure.modifiers.first { ["public", "package"].contains($0.name.text) }.map { $0.name.text + " " } ?? ""
        let conformance = protocols.isEmpty ? "" : ": FieldTable"
        let table = entries.contains { if case .table = $0 { true } else { false } }
            ? composed(entries, in: type) : literal(entries.compactMap { if case .field(let field) = $0 { field } else { nil } })
        return [try ExtensionDeclSyntax("""
            extension \(raw: type)\(raw: conformance) {
                \(raw: access)static let fields: [Field<\(raw: type)>] = \(raw: table)
            }
            """)]
    }

    /// The table is written as it reads in the declarations: ranges and docs as their author wrote them.
    public static var formatMode: FormatMode { .disabled }

    /// The entries a member declares: none when it is not marked, or when its mark is wrong
    /// (`@Field` reports why where it is written).
    static func entries(of member: DeclSyntax) -> [Entry] {
        guard let variable = member.as(VariableDeclSyntax.self) else { return [] }
        return variable.attributes.compactMap { element -> Entry? in
            guard case .attribute(let attribute) = element else { return nil }
            switch attribute.attributeName.trimmedDescription {
            case "Field": return (try? FieldDescription(attribute, on: variable)).map(Entry.field)
            case "Table": return (try? FieldDescription.storedVariable(variable, attribute: attribute)).map { .table(name: $0.pattern.trimmedDescription) }
            default: return nil
            }
        }
    }

    /// A table of fields only: one array literal.
    static func literal(_ fields: [FieldDescription]) -> String {
        if fields.isEmpty { return "[]" }
        return "[\n" + fields.map { "        \($0.tableLine),\n" }.joined() + "    ]"
    }

    /// A table with sections: its own fields and each section's, one statement each, so the
    /// type checker meets them one at a time.
    static func composed(_ entries: [Entry], in type: String) -> String {
        let statements = entries.map { entry in
            switch entry {
            case .field(let field): "fields.append(\(field.tableLine))"
            case .table(let name): "fields.append(contentsOf: Field.table(\"\(name)\", \\\(type).\(name)))"
            }
        }
        return "{\n        var fields: [Field<\(type)>] = []\n" + statements.map { "        \($0)\n" }.joined() + "        return fields\n    }()"
    }

    /// Fails unless the attribute is on a member of a `@FieldTable` struct, the only place it is read.
    static func requireTable(around attribute: AttributeSyntax, in context: some MacroExpansionContext) throws(FieldProblem) {
        let isTable = context.lexicalContext.first?.as(StructDeclSyntax.self)?.attributes.contains {
            $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "FieldTable"
        } ?? false
        if !isTable { throw .outsideATable(attribute.attributeName.trimmedDescription, at: Syntax(attribute)) }
    }
}
