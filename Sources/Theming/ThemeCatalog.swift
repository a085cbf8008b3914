import Foundation
import TOMLGuard

/// Finds themes by name: in folders, first folder first (a name resolves to
/// `<folder>/<name>.toml`), then among the themes compiled into pushpull; anything
/// with a "/" or ending in ".toml" is a path.
public struct ThemeCatalog: Sendable {
    public var directories: [String]
    /// Theme texts by name, searched after every folder.
    public var bundled: [String: String]

    public init(directories: [String], bundled: [String: String] = [:]) {
        self.directories = directories
        self.bundled = bundled
    }

    /// What pushpull searches: the user's folder and the system's, then the themes compiled in.
    public static func standard(environment: [String: String]) -> ThemeCatalog {
        ThemeCatalog(directories: standardDirectories(environment: environment), bundled: BundledThemes.texts)
    }

    /// The user's theme folder (`$XDG_CONFIG_HOME/pushpull/themes`, or
    /// `~/.config/pushpull/themes`), so a user's file wins, then `pushpull/themes` in each
    /// of `$XDG_DATA_DIRS` (by default `/usr/local/share` and `/usr/share`), for themes
    /// installed for everyone.
    public static func standardDirectories(environment: [String: String]) -> [String] {
        let config = nonEmpty(environment["XDG_CONFIG_HOME"]) ?? environment["HOME"].map { "\($0)/.config" }
        let data = (nonEmpty(environment["XDG_DATA_DIRS"]) ?? "/usr/local/share:/usr/share")
            .split(separator: ":").filter { $0.hasPrefix("/") }  // the XDG rule: relative entries are ignored
        return (config.map { ["\($0)/pushpull/themes"] } ?? []) + data.map { "\($0)/pushpull/themes" }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        value.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where `nameOrPath` is found first, or nil when nowhere.
    public func source(for nameOrPath: String) -> ThemeSource? {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return FileManager.default.fileExists(atPath: nameOrPath) ? .file(path: nameOrPath) : nil
        }
        return sources(named: nameOrPath).first
    }

    /// Every place holding a theme called `name`, in search order (a user's theme may
    /// inherit from the one it hides).
    func sources(named name: String) -> [ThemeSource] {
        let files = directories.map { "\($0)/\(name).toml" }.filter(Self.isRegularFile)
        return files.map { .file(path: $0) } + (bundled[name].map { [.bundled(name: name, text: $0)] } ?? [])
    }

    /// Where a name was looked for, for messages: "searched /a, /b and the built-in themes".
    var searched: String {
        let places = directories + (bundled.isEmpty ? [] : ["the built-in themes"])
        guard let last = places.last else { return "searched nowhere: no theme folders" }
        return "searched " + (places.count == 1 ? last : places.dropLast().joined(separator: ", ") + " and " + last)
    }

    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        guard let source = source(for: nameOrPath) else {
            throw ThemeError(file: nameOrPath, message: "no such theme (\(searched))")
        }
        return try ThemeLoader.load(source, catalog: self)
    }

    /// The named theme, or the built-in default with the reason it was not used:
    /// a broken theme file must never stop the dashboard from starting.
    public func loadOrDefault(_ nameOrPath: String) -> (theme: Theme, error: ThemeError?) {
        do {
            return (try load(nameOrPath), nil)
        } catch {
            return (.builtInDefault, error)
        }
    }

    /// The names of all the themes found, sorted, each once (e.g. to cycle through them).
    public func availableNames() -> [String] {
        let files = directories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".toml") && Self.isRegularFile("\(directory)/\($0)") }
        }
        return Set(files.map { String($0.dropLast(5)) } + bundled.keys).sorted()
    }

    /// A pipe, a device or a folder in a theme folder is no theme: reading a pipe would wait forever.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
