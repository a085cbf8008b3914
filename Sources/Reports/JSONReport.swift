import Foundation
import PushPullModel

/// `--format json`: the `ReportDocument`, pretty-printed with sorted keys so diffs stay small.
public enum JSONReport {
    public static func render(_ document: ReportDocument) throws -> String {
        try encode(document)
    }

    /// Any document the same way: the analyses' JSON reads like the report's.
    public static func encode(_ document: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
