import Foundation
import Theming

/// The themes `t` cycles through: the one asked for first, then every other one
/// found. A theme that does not exist is a usage error; a broken theme file never
/// stops the dashboard: the default is used and the problem is shown in the status line.
enum ThemeChoice {
    /// The built-in default answers to this name even when no theme folder is found.
    static let builtInName = "default"

    static func load(first requested: String, environment: [String: String]) throws(CommandFailure) -> (themes: [Theme], problem: String?) {
        let directories = ThemeCatalog.standardDirectories(environment: environment, bundled: BundledThemes.directory(environment: environment) ?? "")
        let catalog = ThemeCatalog(directories: directories)
        let names = catalog.availableNames()
        guard requested == builtInName || catalog.path(for: requested) != nil else {
            let known = Set(names + [builtInName]).sorted().joined(separator: ", ")
            throw CommandFailure(.usage, "--theme \(requested): no such theme",
                                 hint: "Themes: \(known), or the path of a theme file.")
        }
        let (first, error) = catalog.loadOrDefault(requested)
        var themes = [first]
        var problems = error.map { ["\($0)"] } ?? []
        for name in names where name != requested {
            do {
                let theme = try catalog.load(name)
                if !themes.contains(where: { $0.name == theme.name }) { themes.append(theme) }
            } catch {
                problems.append("\(error)")
            }
        }
        return (themes, problems.isEmpty ? nil : problems.joined(separator: "; "))
    }
}
