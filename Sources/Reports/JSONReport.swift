import Foundation
import PushPullModel
import TextSafety

/// `--format json`: the `ReportDocument`, pretty-printed with sorted keys so diffs stay small.
public enum JSONReport {
    public static func render(_ document: ReportDocument) throws -> String {
        try encode(document)
    }

    /// The one JSON writer of every report: sorted keys, no non-finite numbers, and names from files
    /// printable on a terminal (C1 and bidirectional controls escaped, which the encoder leaves raw).
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return UntrustedText.escapedInJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
