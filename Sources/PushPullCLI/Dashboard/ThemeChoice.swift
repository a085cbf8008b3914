import Foundation
import Theming

/// The themes `t` cycles through: the one asked for first, then every other one
/// found. A broken theme never stops the dashboard: the default is used and the
/// problem is shown in the status line.
enum ThemeChoice {
    static func load(first requested: String, environment: [String: String]) -> (themes: [Theme], problem: String?) {
        let directories = ThemeCatalog.standardDirectories(environment: environment, bundled: BundledThemes.directory(environment: environment) ?? "")
        let catalog = ThemeCatalog(directories: directories)
        let (first, error) = catalog.loadOrDefault(requested)
        var themes = [first]
        var problems = error.map { ["\($0)"] } ?? []
        for name in catalog.availableNames() where name != requested {
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
