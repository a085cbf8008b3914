import Foundation
import TerminalUI
import Theming

/// The themes `t` cycles through: the one asked for first, then every other one
/// found. A theme that does not exist is a usage error; a broken theme file never
/// stops the dashboard: the default is used and the problem is shown in the status line.
enum ThemeChoice {
    /// The theme for a terminal whose background is `background` (nil: unknown, the dark
    /// default), and the words the header shows after its name to say why it was chosen.
    static func automatic(background: TerminalBackground?) -> (name: String, note: String) {
        switch background {
        case .light: ("light", "for a light terminal")
        case .dark: ("default", "for a dark terminal")
        case nil: ("default", "terminal background unknown")
        }
    }

    static func load(first requested: String, environment: [String: String]) throws(CommandFailure) -> (themes: [Theme], problem: String?) {
        let catalog = ThemeCatalog.standard(environment: environment)
        let names = catalog.availableNames()
        guard catalog.source(for: requested) != nil else {
            throw CommandFailure(.usage, "--theme \(requested): no such theme",
                                 hint: "Themes: \(names.joined(separator: ", ")), or the path of a theme file.")
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
