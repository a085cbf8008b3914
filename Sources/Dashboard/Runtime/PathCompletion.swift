import Foundation

/// Tab completion of file paths typed in the save and open prompts, as shells do it: `~` is
/// the home folder, the longest common start of the matching names is filled in, and the
/// names are offered when there are several. Opening offers only folders and scenario files.
public struct PathCompletion: Sendable {
    public var home: String

    public init(home: String = PathCompletion.homeFolder) { self.home = home }

    /// `$HOME`, else the user database's home folder.
    public static var homeFolder: String {
        ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `~` and `~/…` as the home folder; any other path as it is.
    public func expanded(_ path: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }

    /// The text completed as far as the names allow, and the names that could follow it
    /// (folders end with `/`); with one match, the text is that whole name.
    public func complete(_ text: String, scenariosOnly: Bool) -> (text: String, candidates: [String]) {
        let (folder, start) = text.lastIndex(of: "/").map { (String(text[...$0]), String(text[text.index(after: $0)...])) } ?? ("", text)
        let directory = folder.isEmpty ? "." : expanded(folder)
        let fileManager = FileManager.default
        let names = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix(start) && (start.hasPrefix(".") || !$0.hasPrefix(".")) }
            .compactMap { name -> String? in
                var isFolder: ObjCBool = false
                guard fileManager.fileExists(atPath: directory + "/" + name, isDirectory: &isFolder) else { return nil }
                if isFolder.boolValue { return name + "/" }
                return !scenariosOnly || name.hasSuffix(".toml") ? name : nil
            }
            .sorted()
        guard let first = names.first else { return (text, []) }
        if names.count == 1 { return (folder + first, []) }
        let common = names.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
        return (folder + (common.count > start.count ? common : start), names)
    }
}
