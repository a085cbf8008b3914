import SwiftSyntax
import SwiftSyntaxMacros

/// `@Field(range, doc)` marks a value as a line of its struct's field table. It adds nothing:
/// `@FieldTable` on the struct reads it. Expanding it checks the declaration, so a field the
/// table could not hold is an error where it is written.
public struct FieldMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        checkMark(node, in: context) { () throws(FieldProblem) in _ = try FieldDescription(node, on: declaration) }
    }
}

/// `@Table` marks a section of the scenario (`var market = Market()`): a `[market]` table of the
/// file, whose fields join the outer table under `market.`.
public struct TableMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        checkMark(node, in: context) { () throws(FieldProblem) in _ = try FieldDescription.storedVariable(declaration, attribute: node) }
    }
}

/// A mark adds no code: expanding it runs `check` on the member it marks, checks that a
/// `@FieldTable` struct holds that member, and reports what is wrong where it is written.
private func checkMark(_ attribute: AttributeSyntax, in context: some MacroExpansionContext,
                       _ check: () throws(FieldProblem) -> Void) -> [DeclSyntax] {
    do throws(FieldProblem) {
        try check()
        try FieldTableMacro.requireTable(around: attribute, in: context)
    } catch {
        context.diagnose(error.diagnostic)
    }
    return []
}
