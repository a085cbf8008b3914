@testable import Dashboard
import TerminalUI
import Testing

/// The whole screen as a person sees it, at the sizes the dashboard promises.
@Suite("Screen snapshots", .serialized)
struct ScreenSnapshotTests {
    static let small = Size(width: 80, height: 24), large = Size(width: 120, height: 40)

    /// One model for every screen, as in one dashboard session: each best-balance search climbs
    /// from the last one's answer (the same answer, a quarter of the work).
    static let model = DashboardModel.monteCarlo

    /// An app at `size` after `commands`, with the background search finished so the screen is deterministic.
    static func screen(_ size: Size, glyphs: Glyphs = .unicode, _ commands: [Command] = []) -> Buffer {
        let app = DashboardApp(scenario: Fixtures.scenario, filePath: "plan.toml", glyphs: glyphs,
                               backend: MemoryBackend(size: size), model: model)
        for command in commands { app.handle(command) }
        app.finishBackgroundWork()
        return app.render()
    }

    @Test(arguments: [small, large])
    func defaultState(size: Size) throws {
        try Snapshot.assertMatches(Self.screen(size).text, named: "default-\(size.width)x\(size.height)")
    }

    @Test func cursorMonthReadsARRBookingsAndCashWithTheirRanges() {
        let text = Self.screen(Self.large).text
        for part in ["Month 12  ARR €", "cash €", "Bookings €", "target €163k/mo to month 12", "€0│"] {
            #expect(text.contains(part), "missing \(part)")
        }
        #expect(text.contains("(€"), "P10–P90 ranges beside the P50s")
    }

    @Test(arguments: [small, large])
    func helpOpen(size: Size) throws {
        try Snapshot.assertMatches(Self.screen(size, [.toggleHelp]).text, named: "help-\(size.width)x\(size.height)")
    }

    @Test(arguments: [small, large])
    func presentation(size: Size) throws {
        try Snapshot.assertMatches(Self.screen(size, [.togglePresentation]).text, named: "presentation-\(size.width)x\(size.height)")
    }

    @Test(arguments: [small, large])
    func presentationHasTheChartAndTheLeverTheArrowsMove(size: Size) {
        let balance = Self.screen(size, [.togglePresentation]).text
        #expect(balance.contains("ARR forecast") && balance.contains("Push / pull balance"), "the chart fills the screen at \(size)")
        let moved = Self.screen(size, [.togglePresentation, .selectLever(offset: 2), .step(direction: 1, size: .large)]).text
        #expect(moved.contains("Moment of the meeting") && moved.contains("+10pt"), "the selected lever, moved, is on screen")
        #expect(!moved.contains("Push / pull balance"))
    }

    @Test func aLargeTerminalGetsWiderPanelsAndMoreDetail() throws {
        let text = Self.screen(Size(width: 200, height: 50)).text
        for detail in ["Month 12 flow", "entered", "Month 12 drivers", "Customers churned", "Cash (P50)", "what it is, what moves it"] {
            #expect(text.contains(detail), "missing \(detail)")
        }
        let small = Self.screen(Self.large).text
        #expect(!small.contains("Month 12 drivers") && !small.contains("what it is, what moves it"))
        try Snapshot.assertMatches(text, named: "wide-200x50")
    }

    @Test func driversOverlayExplainsTheMonth() {
        let text = Self.screen(Self.small, [.toggleDrivers, .moveMonth(offset: 6)]).text
        for driver in ["Month 18 drivers", "Sellers at work", "Journeys started", "Opportunities", "Win rate", "Customers",
                       "Customers churned", "Expansion ARR", "Spend a month", "Cash (P50)", "d closes"] {
            #expect(text.contains(driver), "missing \(driver)")
        }
    }

    @Test func helpExplainsEachLeverAndGauge() {
        let text = Self.screen(Self.large, [.toggleHelp]).text
        for line in ["Lever or gauge", "Quota pressure", "pressure on sellers", "P(miss target)", "chance the period's bookings"] {
            #expect(text.contains(line), "missing \(line)")
        }
        // At 80×24 the keys take every row: they come first, the explanations wait for a taller terminal.
        #expect(Self.screen(Self.small, [.toggleHelp]).text.contains("quit"))
    }

    @Test(arguments: [small, large])
    func asciiGlyphs(size: Size) throws {
        try Snapshot.assertMatches(Self.screen(size, glyphs: .ascii).text, named: "ascii-\(size.width)x\(size.height)")
    }

    @Test func changedAgainstBaseline() throws {
        let moved: [Command] = [.step(direction: -1, size: .large), .selectLever(offset: 2), .step(direction: 1, size: .large)]
        try Snapshot.assertMatches(Self.screen(Self.small, moved).text, named: "moved-80x24")
    }

    @Test func typingAValue() throws {
        let typing: [Command] = [.beginExactValue, .type("5"), .type("5")]
        try Snapshot.assertMatches(Self.screen(Self.small, typing).text, named: "typing-80x24")
    }

    /// Every analysis view at both promised sizes, settled (its full run, not the quick estimate).
    @Test(arguments: AnalysisView.allCases)
    func analysisViews(view: AnalysisView) throws {
        for size in [Self.small, Self.large] {
            try Snapshot.assertMatches(Self.screen(size, [.toggleAnalysis(view)]).text,
                                       named: "view-\(view.rawValue)-\(size.width)x\(size.height)")
        }
    }

    @Test func tooSmall() throws {
        let text = Self.screen(Size(width: 60, height: 20)).text
        #expect(text.contains("terminal too small: 60×20, need 80×24"))
        try Snapshot.assertMatches(text, named: "too-small-60x20")
    }
}
