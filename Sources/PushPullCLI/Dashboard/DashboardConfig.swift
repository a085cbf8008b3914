import Dashboard
import Foundation
import PushPullModel
import TerminalUI
import Theming
import TOMLGuard
import TOMLKit

/// The user's settings for the dashboard, `$XDG_CONFIG_HOME/pushpull/config.toml`
/// (`~/.config/pushpull/config.toml`): the theme, colours, mouse, the simulation's paths and
/// seed, step sizes and the key map. Flags on the command line win over the file; a file that
/// is not there is no error. Every problem is reported as `FILE:LINE:COLUMN: key: message`.
struct DashboardConfig {
    var theme: String?
    var colors: ColorDepth?
    var mouse = true
    var paths: Int?
    var seed: UInt64?
    var steps = StepSizes.standard
    /// `[keys]`: actions by name and the keys that replace theirs, in the file's order.
    var keys: [(action: String, keys: [Key])] = []

    /// Settings files are a few lines; anything larger is refused before it is parsed.
    static let maximumFileSize = 64 * 1024

    /// Where the file is looked for.
    static func path(environment: [String: String]) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/pushpull/config.toml"
    }

    /// The settings in the file at `path`; the defaults when there is no file.
    static func load(path: String) throws(CommandFailure) -> DashboardConfig {
        guard FileManager.default.fileExists(atPath: path) else { return DashboardConfig() }
        let text: String
        do {
            text = try TOMLInput.read(path: path, maximumSize: maximumFileSize)
        } catch {
            throw CommandFailure(.noInput, "\(TOMLProblem(file: path, position: error.position, message: error.message(fileKind: "settings file")))")
        }
        let (config, problems) = parse(text, file: path)
        guard problems.isEmpty else { throw CommandFailure(.dataError, problems.map(\.description).joined(separator: "\n")) }
        return config
    }

    /// The settings `text` states, and every problem found in it (in the order of the file).
    static func parse(_ text: String, file: String) -> (DashboardConfig, [TOMLProblem]) {
        let document: TOMLTable
        do {
            document = try TOMLInput.parse(text, maximumSize: maximumFileSize, guardOptions: .init(maximumDepth: 8, allowsArrays: true))
        } catch {
            return (DashboardConfig(), [TOMLProblem(file: file, position: error.position, message: error.message(fileKind: "settings file"))])
        }
        var reading = Reading(file: file, locator: TOMLKeyLocator(text: text))
        let config = reading.read(document)
        return (config, reading.problems.sorted { ($0.position ?? .start) < ($1.position ?? .start) })
    }

    /// One pass over the document, collecting problems rather than stopping at the first.
    private struct Reading {
        let file: String
        let locator: TOMLKeyLocator
        var problems: [TOMLProblem] = []

        mutating func fail(_ key: String, _ message: String) {
            problems.append(TOMLProblem(file: file, position: locator.writtenPosition(of: key), key: key, message: message))
        }

        mutating func read(_ document: TOMLTable) -> DashboardConfig {
            var config = DashboardConfig()
            let known = ["theme", "colors", "mouse", "paths", "seed", "steps", "keys"]
            for key in document.keys.sorted() where !known.contains(key) {
                fail(key, "unknown setting; settings are \(known.joined(separator: ", "))")
            }
            config.theme = string(document, "theme")
            if let depth = string(document, "colors") {
                config.colors = ColorDepth(rawValue: depth)
                if config.colors == nil { fail("colors", "expected one of \(ColorDepth.allCases.map(\.rawValue).joined(separator: ", "))") }
            }
            if let value = document["mouse"] {
                if let mouse = value.bool { config.mouse = mouse } else { fail("mouse", "expected true or false") }
            }
            if let value = document["paths"] {
                if let paths = value.int, ModelLimits.paths.contains(paths) { config.paths = paths } else {
                    fail("paths", "expected a whole number in \(ModelLimits.paths.lowerBound)…\(ModelLimits.paths.upperBound)")
                }
            }
            if let value = document["seed"] {
                if let seed = value.int, seed >= 0 { config.seed = UInt64(seed) } else { fail("seed", "expected a whole number ≥ 0") }
            }
            if let steps = table(document, "steps") { config.steps = readSteps(steps) }
            if let keys = table(document, "keys") { config.keys = readKeys(keys) }
            return config
        }

        /// `[steps]`: shares in points (1 = one percentage point), the budget in percent of its baseline.
        mutating func readSteps(_ table: TOMLTable) -> StepSizes {
            var steps = StepSizes.standard
            let fields: [(String, WritableKeyPath<StepSizes, Double>, ClosedRange<Double>)] = [
                ("share", \.shareSmall, 0.01...50), ("shareLarge", \.shareLarge, 0.01...100),
                ("budget", \.budgetSmall, 0.1...100), ("budgetLarge", \.budgetLarge, 0.1...100),
            ]
            for key in table.keys.sorted() where !fields.contains(where: { $0.0 == key }) {
                fail("steps.\(key)", "unknown step; steps are \(fields.map(\.0).joined(separator: ", "))")
            }
            for (key, path, range) in fields {
                guard let value = table[key] else { continue }
                guard let number = value.double ?? value.int.map(Double.init), range.contains(number) else {
                    let unit = key.hasPrefix("share") ? "percentage points" : "percent of the baseline budget"
                    fail("steps.\(key)", "expected a number of \(unit) in \(range.lowerBound.formatted())…\(range.upperBound.formatted())")
                    continue
                }
                steps[keyPath: path] = number / 100
            }
            return steps
        }

        /// `[keys]`: `"lever.increase" = ["Right", "l"]` or `quit = "Q"`.
        mutating func readKeys(_ table: TOMLTable) -> [(action: String, keys: [Key])] {
            // In the order of the file, so a later line wins over an earlier one, as it reads.
            let actions = table.keys.sorted { (locator.writtenPosition(of: "keys.\($0)") ?? .start) < (locator.writtenPosition(of: "keys.\($1)") ?? .start) }
            var overrides: [(action: String, keys: [Key])] = []
            for action in actions {
                let key = "keys.\(action)"
                guard Command(named: action) != nil else {
                    let near = Command.named.map(\.name).filter { $0.hasPrefix(action.split(separator: ".").first.map(String.init) ?? action) }
                    fail(key, "unknown action\(near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"); the README lists every action")
                    continue
                }
                guard let value = table[action] else { continue }
                let spellings: [String]? = value.string.map { [$0] } ?? value.array.map { array in array.compactMap { $0.string } }
                guard let spellings, spellings.count == (value.array?.count ?? 1) else {
                    fail(key, "expected a key name or a list of them, such as [\"Right\", \"l\"]")
                    continue
                }
                var keys: [Key] = []
                for spelling in spellings {
                    guard let parsed = KeySpelling.key(spelling) else {
                        fail(key, "\"\(spelling)\" is not a key; keys are \(KeySpelling.namedKeys.joined(separator: ", "))")
                        continue
                    }
                    keys.append(parsed)
                }
                overrides.append((action, keys))
            }
            return overrides
        }

        mutating func string(_ table: TOMLTable, _ key: String) -> String? {
            guard let value = table[key] else { return nil }
            guard let string = value.string else {
                fail(key, "expected a string")
                return nil
            }
            return string
        }

        mutating func table(_ document: TOMLTable, _ key: String) -> TOMLTable? {
            guard let value = document[key] else { return nil }
            guard let table = value.table else {
                fail(key, "expected a table, such as [\(key)]")
                return nil
            }
            return table
        }
    }
}
