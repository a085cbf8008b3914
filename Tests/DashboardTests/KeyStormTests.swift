@testable import Dashboard
import PushPullModel
import TerminalUI
import Testing
import TestSupport

/// A host whose saves and exports succeed and whose opens fail, so no storm of keys can
/// replace the scenario (and its undo history) by chance.
final class StormHost: DashboardHost {
    var saves = 0
    func save(_ scenario: Scenario, to path: String) throws { saves += 1 }
    func load(path: String) throws -> Scenario { throw MemoryHost.FileMissing(path: path) }
    func export(_ export: DashboardExport) throws -> String { "\(export.screenLines.count) lines" }
    func recordEdit(_ levers: Levers, of scenario: Scenario) -> String? { nil }
    func fileExists(atPath path: String) -> Bool { false }
    func changedOnDisk(path: String) -> Bool { false }
}

@Suite("Key storm")
struct KeyStormTests {
    static let keyCount = 100_000

    /// Every bound key, plus printable characters (some beyond ASCII), arrows, Esc and Enter.
    static func randomKey(using generator: inout SeededGenerator) -> Key {
        let bound = KeyMap.standard.bindings.flatMap(\.keys)
        switch Int.random(in: 0..<10, using: &generator) {
        case 0..<5:
            return bound.randomElement(using: &generator)!
        case 5..<8:
            let printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~éß€中"
            return .character(printable.randomElement(using: &generator)!)
        default:
            return [Key.up, .down, .left, .right, .escape, .enter].randomElement(using: &generator)!
        }
    }

    static func leversInRange(_ levers: Levers) -> Bool {
        Lever.allCases.allSatisfy { levers[$0].isFinite && $0.range.contains(levers[$0]) }
    }

    @Test func randomKeysAndResizesKeepLeversInRangeAndUndoAllTheWayBack() {
        var generator = SeededGenerator(seed: 0x7075_7368_7075_6C6C)
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", host: StormHost(), backend: backend,
                               model: Fixtures.cheapModel)
        let start = app.state.levers
        var outOfRange = 0, resizes = 0
        for index in 0..<Self.keyCount {
            app.handle(Self.randomKey(using: &generator))
            if !Self.leversInRange(app.state.levers) { outOfRange += 1 }
            let resized = Int.random(in: 0..<200, using: &generator) == 0
            if resized {
                backend.size = Size(width: Int.random(in: 10...200, using: &generator), height: Int.random(in: 5...60, using: &generator))
                resizes += 1
            }
            // Drawing is the slow part in a debug build: every 20th key, and after every resize.
            if index % 20 == 0 || resized {
                let screen = app.render()
                #expect(screen.size == backend.size)
            }
        }
        #expect(outOfRange == 0)
        #expect(resizes > 100)
        // Undo everything (no key made more than one change): the levers are exactly the ones the session started with.
        for _ in 0..<Self.keyCount { app.handle(.undo) }
        #expect(app.state.levers == start)
        #expect(Self.leversInRange(app.state.levers))
    }

    @Test func renderingAtEverySizeFromOneByOneTo130By45NeverCrashes() {
        let backend = MemoryBackend(size: Size(width: 1, height: 1))
        let app = DashboardApp(scenario: Fixtures.scenario, backend: backend, model: Fixtures.cheapModel)
        app.finishBackgroundWork()
        var wrongWidth: [Size] = []
        for width in 1...130 {
            for height in 1...45 {
                backend.size = Size(width: width, height: height)
                let lines = app.render().lines()
                if lines.count != height || !lines.allSatisfy({ DisplayWidth.of($0) == width }) {
                    wrongWidth.append(backend.size)
                }
            }
        }
        #expect(wrongWidth.isEmpty, "every row exactly as wide as the terminal: \(wrongWidth.prefix(5))")
    }

    @Test(arguments: [Command.toggleHelp, .togglePresentation])
    func overlaysRenderAtEveryUsableSize(mode: Command) {
        let backend = MemoryBackend(size: Size(width: 80, height: 24))
        let app = DashboardApp(scenario: Fixtures.scenario, glyphs: .ascii, backend: backend, model: Fixtures.cheapModel)
        app.handle(mode)
        app.finishBackgroundWork()
        for width in stride(from: 78, through: 130, by: 1) {
            for height in stride(from: 22, through: 45, by: 1) {
                backend.size = Size(width: width, height: height)
                #expect(app.render().lines().count == height)
            }
        }
    }
}
