import Foundation
import TOMLGuard

/// Finds themes by name across directories, first directory first: a name
/// resolves to `<dir>/<name>.toml`; anything with a "/" or ending in ".toml" is a path.
public struct ThemeCatalog: Sendable {
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The user's theme directory (`$XDG_CONFIG_HOME/pushpull/themes`, or
    /// `~/.config/pushpull/themes`) before the bundled one, so a user's file wins.
    public static func standardDirectories(environment: [String: String], bundled: String) -> [String] {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { "\($0)/.config" }
        return (config.map { ["\($0)/pushpull/themes"] } ?? []) + [bundled]
    }

    /// The file for `nameOrPath`, or nil when no directory has it.
    public func path(for nameOrPath: String) -> String? {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return FileManager.default.fileExists(atPath: nameOrPath) ? nameOrPath : nil
        }
        return directories.lazy.map { "\($0)/\(nameOrPath).toml" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        guard let path = path(for: nameOrPath) else {
            let searched = directories.isEmpty ? "no theme directories" : directories.joined(separator: ", ")
            throw ThemeError(file: nameOrPath, message: "no such theme (searched \(searched))")
        }
        return try ThemeLoader.load(path: path, catalog: self)
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

    /// The names of the themes in all directories, sorted, each once (e.g. to cycle through them).
    public func availableNames() -> [String] {
        let files = directories.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
        return Set(files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }).sorted()
    }
}
