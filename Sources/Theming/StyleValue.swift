import TOMLGuard
import TOMLKit
import TerminalUI

/// Reading one role's style from a theme file. A style is written as
///   a colour:  "#e69f00", "default", a name ("red", "bright-blue"…) or an index 0–255 (the foreground);
///   a table:   { fg = <colour>, bg = <colour>, bold = true, dim = …, underline = …, reverse = … }.
/// A problem is reported as (key path below the role, message).
enum StyleValue {
    struct Problem: Error {
        var keyPath: [String]
        var message: String
    }

    static let colorNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    private static let attributeKeys: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
    ]

    static func style(from value: TOMLValueConvertible) throws(Problem) -> Style {
        if value.type == .table, let table = value.table { return try style(from: table) }
        if value.type == .string || value.type == .int { return Style(foreground: try color(from: value, keyPath: [])) }
        throw Problem(keyPath: [], message: "expected a colour or a table { fg, bg, bold, dim, underline, reverse }, found \(value.type)")
    }

    private static func style(from table: TOMLTable) throws(Problem) -> Style {
        var style = Style()
        for key in TOMLKitRelease.keys(of: table).sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "fg": style.foreground = try color(from: value, keyPath: [key])
            case "bg": style.background = try color(from: value, keyPath: [key])
            default:
                guard let attribute = attributeKeys.first(where: { $0.0 == key })?.1 else {
                    let known = ["fg", "bg"] + attributeKeys.map(\.0)
                    throw Problem(keyPath: [key], message: "unknown key; expected one of \(known.joined(separator: ", "))")
                }
                guard value.type == .bool, let on = TOMLKitRelease.bool(value) else {
                    throw Problem(keyPath: [key], message: "expected true or false, found \(value.type)")
                }
                if on { style.attributes.insert(attribute) }
            }
        }
        return style
    }

    private static func color(from value: TOMLValueConvertible, keyPath: [String]) throws(Problem) -> Color {
        if value.type == .int, let index = TOMLKitRelease.int(value) {
            guard (0...255).contains(index) else {
                throw Problem(keyPath: keyPath, message: "colour index \(index) is outside 0–255")
            }
            return .indexed(UInt8(index))
        }
        guard value.type == .string, let text = TOMLKitRelease.string(value) else {
            throw Problem(keyPath: keyPath, message: "expected a colour (\"#rrggbb\", \"default\", a name or 0–255), found \(value.type)")
        }
        if let color = color(named: text) { return color }
        throw Problem(keyPath: keyPath,
                      message: "bad colour \"\(text.count > 40 ? text.prefix(40) + "…" : text)\"; expected \"#rrggbb\", \"default\", a name (red, bright-blue…) or 0–255")
    }

    static func color(named text: String) -> Color? {
        let lower = text.lowercased()
        if lower == "default" { return .terminalDefault }
        if let index = colorNames.firstIndex(of: lower) { return .indexed(UInt8(index)) }
        let hex = lower.utf8
        guard hex.count == 7, hex.first == UInt8(ascii: "#"), let value = UInt32(lower.dropFirst(), radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff))
    }
}
