import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin of the field table's macros (declared in PushPullModel, `FieldTable.swift`).
@main
struct FieldMacrosPlugin: CompilerPlugin {
    let providingMacros: [any Macro.Type] = [FieldMacro.self, TableMacro.self, FieldTableMacro.self]
}
