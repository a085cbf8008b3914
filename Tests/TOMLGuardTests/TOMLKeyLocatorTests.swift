import Testing
@testable import TOMLGuard

/// One locator places keys for every TOML format: line and column, the nearest written key.
@Suite("TOML key locator")
struct TOMLKeyLocatorTests {
    static let text = """
        name = "plan"
        note = \"\"\"
        fake = 1
        \"\"\"
        [levers]
          pushShare = 0.7
        push.fg = "red"
        "\\u001b[2J" = 1
        [[stages]]
        name = "MQL"
        [[stages]]
          conversion = 0.5
        """
    static let locator = TOMLKeyLocator(text: text)

    @Test("Keys, tables and the n-th array table are placed at their line and column", arguments: [
        ("name", TextPosition(line: 1, column: 1)),
        ("levers", TextPosition(line: 5, column: 1)),
        ("levers.pushShare", TextPosition(line: 6, column: 3)),
        ("levers.push", TextPosition(line: 7, column: 1)),
        ("levers.push.fg", TextPosition(line: 7, column: 1)),
        ("levers.\u{1B}[2J", TextPosition(line: 8, column: 1)),
        ("stages[1].conversion", TextPosition(line: 12, column: 3)),
    ])
    func placesKeys(path: String, position: TextPosition) {
        #expect(Self.locator.position(of: path) == position)
    }

    @Test func aKeyNotWrittenIsPlacedAtTheNearestEnclosingOneOrNowhere() {
        #expect(Self.locator.writtenPosition(of: "stages[0].conversion") == TextPosition(line: 9, column: 1))
        #expect(Self.locator.writtenPosition(of: "budget") == nil)
        #expect(Self.locator.position(of: "budget") == .start)
    }

    @Test func theInsideOfAMultiLineStringIsNeverTakenForAKey() {
        #expect(Self.locator.writtenPosition(of: "fake") == nil)
        #expect(Self.locator.key(onLine: 3) == nil)
    }

    @Test func aLineOfTextThatDidNotParseStillNamesItsKey() {
        let locator = TOMLKeyLocator(text: "[colors]\npush = \"red\" \"blue\"\n\"open = 1\n")
        #expect(locator.key(onLine: 2) == "colors.push")
        #expect(locator.key(onLine: 1) == nil, "a table header sets no key")
        #expect(locator.key(onLine: 3) == nil, "a quote left open swallows the '='")
    }
}
