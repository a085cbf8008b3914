import Presentation
import TextSafety

/// An analysis's answer as rows, written for people (aligned text), spreadsheets (CSV) or
/// meeting notes (Markdown) from the same cells: one renderer for every analysis command.
public struct AnalysisTable: Equatable, Sendable {
    /// A cell: words, or a number that people read formatted and spreadsheets read plain.
    public enum Cell: Equatable, Sendable {
        case text(String)
        case money(Double)
        case share(Double)
        case number(Double, digits: Int)
        /// A change: signed, and marked `=` when nothing changed.
        case moneyChange(Double)
        case shareChange(Double)
        case numberChange(Double, digits: Int)
    }

    public var title: String
    /// Lines under the title: what was run, with how many paths, what the steps were.
    public var notes: [String]
    public var header: [String]
    public var rows: [[Cell]]
    public var currency: String

    public init(title: String, notes: [String], header: [String], rows: [[Cell]], currency: String) {
        self.title = title
        self.notes = notes
        self.header = header
        self.rows = rows
        self.currency = currency
    }

    func readable(_ cell: Cell) -> String { cell.readable(currency: currency) }

    /// Aligned columns: the first to the left, numbers to the right.
    public func text() -> String {
        let cells = rows.map { $0.map(readable) }
        let widths = header.indices.map { column in
            ([header[column]] + cells.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { column, value in
                column == 0 ? pad(value, widths[column]) : lpad(value, widths[column] + 2)
            }.joined()
        }
        let lines = [UntrustedText.escaped(title)] + notes.map { UntrustedText.escaped($0) } + ["", line(header)] + cells.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A header row, then plain numbers (shares as 0…1), no formatting.
    public func csv() -> String {
        func plain(_ cell: Cell) -> String {
            switch cell {
            case .text(let text): "\"" + UntrustedText.escaped(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
            case .money(let v), .share(let v), .number(let v, _), .moneyChange(let v), .shareChange(let v),
                 .numberChange(let v, _): CSVReport.number(v)
            }
        }
        return ([header.joined(separator: ",")] + rows.map { $0.map(plain).joined(separator: ",") })
            .joined(separator: "\n") + "\n"
    }

    /// A Markdown section: a heading, the notes, and a table.
    public func markdown() -> String {
        var out = ["## \(MarkdownReport.escape(title))", ""]
        out += notes.map { MarkdownReport.escape($0) + "  " }
        out += ["", "| " + header.map(MarkdownReport.escape).joined(separator: " | ") + " |",
                "|" + header.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined()]
        out += rows.map { "| " + $0.map { MarkdownReport.escape(readable($0)) }.joined(separator: " | ") + " |" }
        return out.joined(separator: "\n") + "\n"
    }
}

extension AnalysisTable.Cell {
    /// The cell as people read it: money with its symbol, shares as percentages, changes signed.
    public func readable(currency: String) -> String {
        switch self {
        case .text(let text): UntrustedText.escaped(text)
        case .money(let value): NumberFormat.money(value, currency: currency)
        case .share(let value): NumberFormat.percent(value)
        case .number(let value, let digits): NumberFormat.fixed(value, digits: digits)
        case .moneyChange(let value): Self.signed(value, NumberFormat.money(abs(value), currency: currency))
        case .shareChange(let value): Self.signed(value, "\(NumberFormat.fixed(abs(value) * 100, digits: 1)) pt")
        case .numberChange(let value, let digits): Self.signed(value, NumberFormat.fixed(abs(value), digits: digits))
        }
    }

    private static func signed(_ value: Double, _ magnitude: String) -> String {
        value == 0 ? "=" : (value > 0 ? "+" : "−") + magnitude
    }
}
