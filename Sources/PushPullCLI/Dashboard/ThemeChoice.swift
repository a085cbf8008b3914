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

    /// The theme asked for: the built-in default, with the problem, when its file is broken.
    static func first(_ requested: String, environment: [String: String]) throws(CommandFailure) -> (theme: Theme, problem: String?) {
        let catalog = ThemeCatalog.standard(environment: environment)
        guard catalog.source(for: requested) != nil else {
            throw CommandFailure(.usage, "--theme \(requested): no such theme",
                                 hint: "Themes: \(catalog.availableNames().joined(separator: ", ")), or the path of a theme file.")
        }
        let (theme, error) = catalog.loadOrDefault(requested)
        return (theme, error.map { "\($0)" })
    }

    /// Every other theme found, by file name, each display name once (`first`'s included), and the
    /// problems of the broken files. The dashboard reads them after its first frame.
    static func others(than first: Theme, requested: String, environment: [String: String]) -> (themes: [Theme], problem: String?) {
        let catalog = ThemeCatalog.standard(environment: environment)
        var themes: [Theme] = [], problems: [String] = []
        for name in catalog.availableNames() where name != requested {
            do {
                let theme = try catalog.load(name)
                if theme.name != first.name && !themes.contains(where: { $0.name == theme.name }) { themes.append(theme) }
            } catch {
                problems.append("\(error)")
            }
        }
        return (themes, problems.isEmpty ? nil : problems.joined(separator: "; "))
    }
}
