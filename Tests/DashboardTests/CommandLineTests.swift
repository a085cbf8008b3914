@testable import Dashboard
import PushPullModel
import Testing

/// The `:` command line: every action by name, a few with arguments, Tab completion.
@Suite("Command line")
struct ColonCommandTests {
    static func typing(_ line: String, into state: DashboardState = Fixtures.state()) -> (DashboardState, HostRequest?) {
        var state = Fixtures.applying([.beginCommandLine] + line.map { .type($0) }, to: state)
        let request = Reducer.apply(.submitInput, to: &state)
        return (state, request)
    }

    @Test func everyNamedActionRunsByItsName() {
        for (name, command) in Command.named where ![Command.quit, .beginCommandLine].contains(command) {
            #expect(ColonCommand.parse(name, themes: []) == .success(command), "\(name)")
        }
        #expect(Self.typing("theme.next").0.themeIndex == 1)
        #expect(Self.typing("quit").0.shouldQuit)
    }

    @Test func setTakesALeverAndAValueInItsUnit() {
        let (budget, _) = Self.typing("set budget 300k")
        #expect(budget.levers.budget == 300_000)
        #expect(budget.status?.text == "Budget per month: €300k/mo")
        #expect(budget.input == nil)
        #expect(Self.typing("set pushShare 0.55").0.levers.pushShare == 0.55)
        let undone = Fixtures.applying([.undo], to: budget)
        #expect(undone.levers.budget == 250_000, "a set is one undoable step")
    }

    @Test func mistakesSayWhatIsExpectedAndKeepTheLineOpen() {
        for (line, words) in [("set speed 3", "no lever \"speed\""), ("set budget lots", "money per month"), ("set budget", "usage: set LEVER VALUE"),
                              ("nope", "no action \"nope\""), ("undo now", "undo takes nothing after it"), ("theme purple", "no theme \"purple\"")] {
            var state = Fixtures.state()
            state.themeNames = ["Default dark", "Light"]
            let (after, request) = Self.typing(line, into: state)
            #expect(request == nil)
            #expect(after.status?.kind == .error && after.status?.text.contains(words) == true, "\(line): \(after.status?.text ?? "")")
            #expect(after.input?.purpose == .commandLine, "\(line): the line stays for a correction")
        }
    }

    @Test func themeSaveAndOpenTakeTheirArgument() {
        var state = Fixtures.state()
        state.themeNames = ["Default dark", "Light"]
        #expect(Self.typing("theme light", into: state).0.themeIndex == 1)
        #expect(Self.typing("theme default", into: state).0.themeIndex == 0)
        #expect(Self.typing("save other.toml").1 == .saveAs(path: "other.toml"), "a file there is asked about, as in save as")
        #expect(Self.typing("save").1 == .save(path: "plan.toml"), "save alone saves to the file")
        #expect(Self.typing("open other.toml").1 == .open(path: "other.toml"))
        #expect(Self.typing("open").0.input?.purpose == .openPath, "open alone asks for the file, as o does")
        let moved = Fixtures.applying([.step(direction: 1, size: .small)])
        let (refused, request) = Self.typing("open other.toml", into: moved)
        #expect(request == nil && refused.status?.text.contains("unsaved changes") == true)
    }

    @Test func tabCompletesNamesLeversThemesAndPaths() {
        var state = Fixtures.applying([.beginCommandLine, .type("u"), .type("n"), .completeInput])
        #expect(state.input?.text == "undo ")
        state = Fixtures.applying([.beginCommandLine, .type("l"), .completeInput])
        #expect(state.input?.text == "lever.")
        #expect(state.input?.candidates.contains("lever.increase") == true)
        state = Fixtures.applying([.beginCommandLine] + "set bu".map { .type($0) } + [.completeInput])
        #expect(state.input?.text == "set budget ")
        state = Fixtures.applying([.completeInput], to: state)
        #expect(state.input?.candidates == [Lever.budget.unit.typingHint], "the value's form, for a value to type")
        var themed = Fixtures.state()
        themed.themeNames = ["Default dark", "High contrast"]
        state = Fixtures.applying([.beginCommandLine] + "theme h".map { .type($0) } + [.completeInput], to: themed)
        #expect(state.input?.text == "theme high-contrast ")
        var saving = Fixtures.applying([.beginCommandLine] + "save ~/pl".map { .type($0) })
        #expect(Reducer.apply(.completeInput, to: &saving) == .completePath("~/pl", scenariosOnly: false, prefix: "save "))
    }
}
