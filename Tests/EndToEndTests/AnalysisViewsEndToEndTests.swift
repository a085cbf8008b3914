import Foundation
import Testing
import TestSupport

/// Each analysis key in the real dashboard (tmux): the view comes up, refines, reads its other
/// measure with `x`, and its key closes it again.
@Suite("Analysis views end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct AnalysisViewsEndToEndTests {
    static let wait = DashboardEndToEndTests.wait

    /// Opens the view with `key`, waits for `shown`, and closes it with the same key.
    static func check(_ key: String, shows shown: [String], arguments: [String] = [], files: [String: String] = [:],
                      confirmQuit: Bool = false, then: (TmuxSession) throws -> Void = { _ in }) throws {
        let (session, _) = try DashboardEndToEndTests.start(arguments, files: files)
        try DashboardEndToEndTests.ready(session)
        try session.sendKeys(key)
        for text in shown {
            #expect(try session.waitFor(text: text, timeout: wait), "\(key): missing \(text) in \((try? session.capture()) ?? "")")
        }
        try then(session)
        try session.sendKeys(key)
        #expect(try session.waitFor(text: "ARR forecast", timeout: wait), "\(key) closes the view")
        try DashboardEndToEndTests.quit(session, confirm: confirmQuit)
    }

    @Test("f: the frontier with the best balance within limits; x switches the risk to P(cash < 0)")
    func frontier() throws {
        try Self.check("f", shows: ["ARR P50 against P(miss target)", "best within limits", "ARR by handoff"]) { session in
            try session.sendKeys("x")
            #expect(try session.waitFor(text: "ARR P50 against P(cash < 0)", timeout: Self.wait))
        }
    }

    @Test("z: the tornado, win rate first; x switches to next-quarter bookings")
    func sensitivity() throws {
        try Self.check("z", shows: ["Sensitivity · Horizon ARR P50", "Win rate (last stage)", "the same for every bar"]) { session in
            try session.sendKeys("x")
            #expect(try session.waitFor(text: "Sensitivity · Next-quarter bookings P50", timeout: Self.wait))
        }
    }

    @Test("g: goal seek on the budget; a applies the answer, u undoes it")
    func goalSeek() throws {
        let (session, _) = try DashboardEndToEndTests.start()
        try DashboardEndToEndTests.ready(session)
        try session.sendKeys("j", "g")
        #expect(try session.waitFor(text: "P(hit target) ≥ 80% by Budget per month", timeout: Self.wait))
        #expect(try session.waitFor(text: "reaches it", timeout: Self.wait))
        #expect(try session.waitUntil(timeout: Self.wait) { !(try session.capture().contains("refining")) })
        try session.sendKeys("a")
        #expect(try session.waitFor(text: "applied Budget per month", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(!(try session.capture().contains("now €250k)")), "the budget moved")
        try session.sendKeys("u")
        #expect(try session.waitFor(text: "now €250k)", timeout: Self.wait), "undo puts the budget back")
        try session.sendKeys("g")
        #expect(try session.waitFor(text: "ARR forecast", timeout: Self.wait))
        try DashboardEndToEndTests.quit(session)
    }

    @Test("c: compare with the baseline shows a moved lever as a difference")
    func compare() throws {
        let (session, _) = try DashboardEndToEndTests.start()
        try DashboardEndToEndTests.ready(session)
        try session.sendKeys("Right", "c")
        #expect(try session.waitFor(text: "A: baseline, B: on screen", timeout: Self.wait))
        #expect(try session.waitFor(text: "figures differ", timeout: Self.wait), "\((try? session.capture()) ?? "")")
        #expect(try session.capture().contains("+1pt"))
        try session.sendKeys("c")
        #expect(try session.waitFor(text: "ARR forecast", timeout: Self.wait))
        try DashboardEndToEndTests.quit(session, confirm: true)
    }

    @Test("pushpull FILE --compare FILE: c compares the two files; the same file shows no difference")
    func compareFiles() throws {
        let example = try String(contentsOf: repositoryRoot.appendingPathComponent("examples/example.toml"), encoding: .utf8)
        try Self.check("c", shows: ["A: on screen, B: --compare file", "No difference"],
                       arguments: ["a.toml", "--compare", "b.toml"], files: ["a.toml": example, "b.toml": example])
    }

    @Test("v: response curves with the marginal return of the next 10% and seller capacity")
    func responseCurves() throws {
        try Self.check("v", shows: ["Response curves", "Push (sellers, outbound)", "Pull: partners", "here: ARR", "Seller capacity"])
    }

    @Test("m: the best plan of the four mix levers; a applies it and u undoes it")
    func bestPlan() throws {
        try Self.check("m", shows: ["Best plan", "Moment of the meeting", "plans run over the same"]) { session in
            #expect(try session.waitUntil(timeout: Self.wait) { !(try session.capture().contains("refining")) })
            try session.sendKeys("a")
            #expect(try session.waitFor(text: "applied", timeout: Self.wait), "\((try? session.capture()) ?? "")")
            try session.sendKeys("u")
            #expect(try session.waitFor(text: "Within the risk limits", timeout: Self.wait))
        }
    }
}
