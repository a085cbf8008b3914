import Foundation
import TOMLGuard
import TOMLKit
import TerminalUI

/// Reads theme files (the format is described at the top of `themes/default.toml`):
/// a `name`, optionally `inherits = "NAME"`, and a `[colors]` table with a style for
/// any of the roles. A role the file does not set comes from the theme it inherits
/// from: the one named by `inherits` (found through a catalog), or else the built-in
/// default, so a role added in a later version never breaks a user's file.
/// Anything unknown or malformed is an error naming the file, the line and the key.
public enum ThemeLoader {
    /// Themes are about a kilobyte; anything larger is refused before it is read whole or parsed.
    public static let maximumFileSize = 256 * 1024
    /// How many themes one may inherit through (`a` inherits `b` inherits `c`…).
    public static let maximumInheritanceDepth = 8

    /// The theme in the file at `path`; `inherits = "NAME"` is looked up in `catalog`.
    public static func load(path: String, catalog: ThemeCatalog = ThemeCatalog(directories: [])) throws(ThemeError) -> Theme {
        try load(.file(path: path), catalog: catalog)
    }

    /// The theme at `source`; `inherits = "NAME"` is looked up in `catalog`.
    static func load(_ source: ThemeSource, catalog: ThemeCatalog) throws(ThemeError) -> Theme {
        try resolve(read(source), catalog: catalog, chain: [identity(of: source)])
    }

    /// The theme stated by `text`; `file` only names it in errors, and
    /// `inherits = "NAME"` is looked up in `catalog`.
    public static func parse(_ text: String, file: String, catalog: ThemeCatalog = ThemeCatalog(directories: [])) throws(ThemeError) -> Theme {
        try resolve(parseFile(text, file: file), catalog: catalog, chain: [])
    }

    // MARK: - One file

    /// What one file says, before inheritance: only the roles it sets.
    struct ThemeFile {
        var file: String
        var name: String
        var inherits: (name: String, position: TextPosition?)?
        var styles: [Role: Style]
    }

    static func read(_ source: ThemeSource) throws(ThemeError) -> ThemeFile {
        switch source {
        case .file(let path): try readFile(path: path)
        case .bundled(let name, let text): try parseFile(text, file: "\(name).toml (built in)")
        }
    }

    static func readFile(path: String) throws(ThemeError) -> ThemeFile {
        let text: String
        do {
            text = try TOMLInput.read(path: path, maximumSize: maximumFileSize)
        } catch {
            throw ThemeError(file: path, position: error.position, message: message(for: error))
        }
        return try parseFile(text, file: path)
    }

    static func parseFile(_ text: String, file: String) throws(ThemeError) -> ThemeFile {
        // Only needed to place a problem, and it costs as much as the parse: built on demand.
        lazy var locator = TOMLKeyLocator(text: text)
        let document: TOMLTable
        do {
            // A theme nests three levels (`colors.push.fg`). Dotted keys some 20 000 levels deep overflow the
            // stack in toml++; the limit is above toml++'s own 256 for inline tables, which it reports itself.
            document = try TOMLInput.parse(text, maximumSize: maximumFileSize, guardOptions: .init(maximumDepth: 512, allowsArrays: false))
        } catch {
            // A syntax problem names the key written on its line; a problem with the whole text has none.
            let key: String? = switch error.reason {
            case .refused, .syntax: error.position.flatMap { locator.key(onLine: $0.line) }
            default: nil
            }
            throw ThemeError(file: file, position: error.position, key: key, message: message(for: error))
        }
        // Nothing read from the document outlives this function: TOMLKit would never free it.
        defer { TOMLKitRelease.release(document) }
        func failure(_ path: [String], _ problem: String) -> ThemeError {
            let key = path.joined(separator: ".")
            return ThemeError(file: file, position: locator.writtenPosition(of: key), key: key, message: problem)
        }

        let topLevel = ["name", "inherits", "colors"]
        for key in TOMLKitRelease.keys(of: document).sorted() where !topLevel.contains(key) {
            throw failure([key], "unknown key; a theme has `name`, `inherits` and a [colors] table")
        }
        guard let nameValue = document["name"] else { throw failure(["name"], "missing; every theme needs a name") }
        guard nameValue.type == .string, let name = TOMLKitRelease.string(nameValue) else {
            throw failure(["name"], "expected a string, found \(nameValue.type)")
        }
        // The name is shown on screen: no escape sequences or line breaks in it.
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw failure(["name"], "contains a control character")
        }

        var inherits: (name: String, position: TextPosition?)?
        if let value = document["inherits"] {
            guard value.type == .string, let parent = TOMLKitRelease.string(value) else {
                throw failure(["inherits"], "expected the name of a theme, found \(value.type)")
            }
            guard isThemeName(parent) else {
                throw failure(["inherits"], "\"\(parent)\" is not a theme name (letters, digits, - _ and ., not a path)")
            }
            inherits = (parent, locator.writtenPosition(of: "inherits"))
        }

        var styles: [Role: Style] = [:]
        if let colorsValue = document["colors"] {
            guard colorsValue.type == .table, let colors = colorsValue.table else {
                throw failure(["colors"], "expected a table, found \(colorsValue.type)")
            }
            var problems: [(key: String, error: ThemeError)] = []
            for key in TOMLKitRelease.keys(of: colors) {
                guard let role = Role(rawValue: key) else {
                    problems.append((key, failure(["colors", key], "unknown role; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")))
                    continue
                }
                do {
                    guard let value = colors[key] else { continue }
                    styles[role] = try StyleValue.style(from: value)
                } catch {
                    problems.append((key, failure(["colors", key] + error.keyPath, error.message)))
                }
            }
            // The first problem written in the file is the one shown. Where keys are written is looked
            // up only then: it costs as much as the parse (a fifth of a theme's load when always done).
            let line = { (key: String) in locator.writtenPosition(of: "colors.\(key)")?.line ?? .max }
            if let first = problems.min(by: { (line($0.key), $0.key) < (line($1.key), $1.key) }) { throw first.error }
        }
        return ThemeFile(file: file, name: name, inherits: inherits, styles: styles)
    }

    /// The problem in a theme file's words: themes have no arrays, and toml++'s own description suffices.
    private static func message(for problem: TOMLInput.Problem) -> String {
        switch problem.reason {
        case .refused(.tableHeaderWithoutName): "a table header needs a name right after '[', such as [colors]"
        case .refused(.arrayNotAllowed), .refused(.missingArrayValue): "theme files have no arrays; a style is a colour or { fg = …, bg = …, bold = true }"
        case .syntax(let description): description
        default: problem.message(fileKind: "theme file")
        }
    }

    /// A name `inherits` may give: what `ThemeCatalog` looks up as `<dir>/<name>.toml`, never a path.
    static func isThemeName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0) }
    }

    // MARK: - Inheritance

    /// `file`'s roles over those of the theme it inherits from. `chain` holds the
    /// identities (`identity(of:)`) of the themes already on the way here, to find loops.
    private static func resolve(_ file: ThemeFile, catalog: ThemeCatalog, chain: [String]) throws(ThemeError) -> Theme {
        var theme = Theme.builtInDefault
        if let (parentName, position) = file.inherits {
            let fail = { (problem: String) in ThemeError(file: file.file, position: position, key: "inherits", message: problem) }
            guard chain.count < maximumInheritanceDepth else {
                throw fail("inherits through more than \(maximumInheritanceDepth) themes")
            }
            // A user's theme may inherit from the bundled theme of the same name, so the
            // themes already in the chain are passed over, not followed in a loop.
            let candidates = catalog.sources(named: parentName)
            guard let parentSource = candidates.first(where: { !chain.contains(identity(of: $0)) }) else {
                throw fail(candidates.isEmpty
                    ? "no theme \"\(parentName)\" to inherit from (\(catalog.searched))"
                    : "\"\(parentName)\" inherits, in the end, from this theme: a loop")
            }
            let parent = try read(parentSource)
            theme = try resolve(parent, catalog: catalog, chain: chain + [identity(of: parentSource)])
        }
        theme.name = file.name
        for (role, style) in file.styles { theme[role] = style }
        return theme
    }

    /// The same for every way of reaching one theme: a file's canonical path, a built-in theme's name.
    private static func identity(of source: ThemeSource) -> String {
        switch source {
        case .file(let path): URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        case .bundled(let name, _): "built in: \(name)"
        }
    }
}
