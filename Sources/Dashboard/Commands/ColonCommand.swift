import PushPullModel

/// The `:` command line: every named action by its name (`:undo`, `:theme.next`), and the few
/// that take an argument (`:set budget 300k`, `:theme light`, `:save plan.toml`, `:open FILE`),
/// so every feature is reachable without remembering its key. Tab completes names.
enum ColonCommand {
    /// Commands that take an argument, with what they expect (for messages and completion).
    static let withArguments: [(name: String, usage: String)] = [
        ("set", "set LEVER VALUE, e.g. set budget 300k"),
        ("theme", "theme NAME, e.g. theme light"),
        ("save", "save [FILE]"),
        ("open", "open [FILE]"),
    ]

    /// Every name that may start a command line.
    static var names: [String] { (withArguments.map(\.name) + Command.named.map(\.name)).uniqued().sorted() }

    /// The command `text` asks for, or why it is not one.
    static func parse(_ text: String, themes: [String]) -> Result<Command, ColonCommandError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return .failure(.init("type an action's name; Tab lists them")) }
        let rest = words.dropFirst()
        let argument = text.drop { $0 == " " }.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case "set":
            guard rest.count == 2 else { return .failure(.init("usage: \(usage(of: "set"))")) }
            guard let lever = lever(named: rest.first!) else {
                return .failure(.init("no lever \"\(rest.first!)\": levers are \(Lever.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            guard let value = lever.parse(rest.last!) else {
                return .failure(.init("\"\(rest.last!)\" is not valid for \(lever.rawValue): enter \(lever.unit.typingHint)"))
            }
            return .success(.setLever(lever, value))
        case "theme" where !argument.isEmpty:
            guard let index = themeIndex(argument, in: themes) else {
                return .failure(.init("no theme \"\(argument)\": themes are \(themes.map(normalized).joined(separator: ", "))"))
            }
            return .success(.setTheme(index))
        case "save" where !argument.isEmpty:
            return .success(.saveTo(argument))
        case "open" where !argument.isEmpty:
            return .success(.openFile(argument))
        default:
            guard let command = Command(named: name) else {
                return .failure(.init("no action \"\(name)\"; Tab lists them, ? shows the keys"))
            }
            guard rest.isEmpty else { return .failure(.init("\(name) takes nothing after it")) }
            return .success(command)
        }
    }

    /// What Tab makes of `text`: the name (or lever, or theme) completed as far as it is
    /// unambiguous, and the choices; `path` is the start of a file name to complete instead.
    static func complete(_ text: String, themes: [String]) -> (text: String, candidates: [String], path: String?) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        switch words.count {
        case 0, 1:
            return completing(text, among: names, before: "")
        default:
            let head = words[0] + " ", last = words.dropFirst().joined(separator: " ")
            switch words[0] {
            case "set" where words.count == 2: return completing(last, among: Lever.allCases.map(\.rawValue), before: head)
            case "set" where words.count == 3:
                // The value is typed, not chosen: Tab says what the lever takes.
                return (text, lever(named: words[1]).map { [$0.unit.typingHint] } ?? [], nil)
            case "theme": return completing(last, among: themes.map(normalized), before: head)
            case "save", "open": return (text, [], last)
            default: return (text, [], nil)
            }
        }
    }

    private static func completing(_ start: String, among choices: [String], before head: String)
        -> (text: String, candidates: [String], path: String?) {
        let matching = choices.filter { $0.hasPrefix(start) }
        guard let first = matching.first else { return (head + start, [], nil) }
        if matching.count == 1 { return (head + first + " ", [], nil) }
        let common = matching.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
        return (head + common, matching, nil)
    }

    private static func usage(of name: String) -> String { withArguments.first { $0.name == name }?.usage ?? name }

    /// `pushShare`, or any capitalisation of it.
    private static func lever(named name: String) -> Lever? {
        Lever.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }

    /// A theme as typed: its name in lower case with dashes (`high-contrast`), or the start of one that is unique.
    private static func themeIndex(_ typed: String, in themes: [String]) -> Int? {
        let wanted = normalized(typed), names = themes.map(normalized)
        if let exact = names.firstIndex(of: wanted) { return exact }
        let starting = names.indices.filter { names[$0].hasPrefix(wanted) }
        return starting.count == 1 ? starting[0] : nil
    }

    static func normalized(_ themeName: String) -> String {
        themeName.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
    }
}

/// Why a command line could not be run, in words for the status line.
struct ColonCommandError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}

private extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
