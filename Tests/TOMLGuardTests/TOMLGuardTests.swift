import Testing
@testable import TOMLGuard

@Suite struct TOMLGuardTests {
    static let scenarioLike = TOMLGuard.Options(maximumDepth: 64, allowsArrays: true)
    static let themeLike = TOMLGuard.Options(maximumDepth: 512, allowsArrays: false)
    static let unlimited = TOMLGuard.Options(maximumDepth: nil, allowsArrays: true)

    /// Every input that made toml++ 3.4 abort (a failed `assert` in a debug build): the table headers the
    /// scenario fuzzing found, then the headers and arrays the theme fuzzing found, then more arrays.
    static let headersThatAbort = [
        "[=]", "[[=]]", "[[[x]]]", "[ .a]", "[,]", "[{]", "[\u{1B}]", "[\u{85}]", "[é]", "[[ #]]", "[\t}]",
        "[,", "[[,", "[.", "[=", "[ ,", "[\n", "[\r\n", "  [{", "[\u{2028}", "[[ [",
    ]
    static let arraysThatAbort = [
        "a = [}", "a = [1,}", "a = [\n}", "a = { b = [} }", "a = [\u{2028}",
        "a = [\u{85}]", "a = [ \u{2029}]", "a = [1,\u{2028}]", "a = [#c\n}", "a = [ # c\n } ]", "a = [\r\n\n  }",
        "a = [ '''x''', }]", "x = [[}]]", "x = [{a=[}]}]", "x = [1, # c\n \u{2028}]",
    ]

    @Test(arguments: headersThatAbort)
    func tableHeadersThatCannotStartAKey(_ header: String) throws {
        for options in [Self.scenarioLike, Self.themeLike, Self.unlimited] {
            let problem = try #require(TOMLGuard.check("format = 1\n\(header)\n", options: options))
            guard case .tableHeaderWithoutName = problem.reason else { Issue.record("\(problem)"); continue }
            #expect(problem.line == 2)
        }
    }

    @Test(arguments: arraysThatAbort)
    func arraysMissingAValue(_ text: String) throws {
        let problem = try #require(TOMLGuard.check("format = 1\n\(text)\n", options: Self.scenarioLike))
        guard case .missingArrayValue(let found) = problem.reason else { Issue.record("\(problem)"); return }
        #expect(["}", "\u{85}", "\u{2028}", "\u{2029}"].contains(found))
        // Without arrays, the array itself is refused, on its line.
        let refused = try #require(TOMLGuard.check("format = 1\n\(text)\n", options: Self.themeLike))
        #expect(refused.reason == .arrayNotAllowed)
        #expect(refused.line == 2)
    }

    @Test func positionsAreUTF8OffsetsAndLines() throws {
        let problem = try #require(TOMLGuard.check("é = 1\n\n[[=]]\n", options: Self.scenarioLike))
        #expect(problem.reason == .tableHeaderWithoutName(isArrayOfTables: true, found: "="))
        #expect(problem.offset == 10)
        #expect(problem.line == 3)
        let array = try #require(TOMLGuard.check("a = [1,\n  }]\n", options: Self.scenarioLike))
        #expect(array.reason == .missingArrayValue(found: "}"))
        #expect(array.offset == 10)
        #expect(array.line == 2)
    }

    /// What toml++ reports itself is left to it, with its own position and message.
    @Test(arguments: ["[ [x]]", "[]", "a = [,]", "a = [1,,}]", "a = [=]", "a = [{]", "a = [\r}", "a = [[ ]\n", "a = }", "a. = 1",
                      "[a.]", "x = {a=1,}", "x = { \u{2028} }", "a = [1 \u{2028}]"])
    func syntaxErrorsTomlPlusPlusReports(_ text: String) {
        #expect(TOMLGuard.check("k = 1\n\(text)\n", options: Self.scenarioLike) == nil)
    }

    @Test func stringsAndCommentsAreFollowed() {
        let text = """
            name = '''a [ "b' [,'''  # not an array: [1]
            s = \"\"\"x
            [=] ]}\"\"\"\"
              [ "colors" ] # a header may be indented and quoted: [,
            push = { fg = "#ff0000" } # [}
            lit = 'a\\'
            esc = "[\\"}"
            """
        #expect(TOMLGuard.check(text, options: Self.themeLike) == nil)
        #expect(TOMLGuard.check("\u{FEFF}[a]\nb = [1, [2], { c = [] }, '}', # }\n  3,\n]\n", options: Self.scenarioLike) == nil)
        #expect(TOMLGuard.check("\u{FEFF}[=]\n", options: Self.scenarioLike)?.line == 1)
    }

    @Test func arraysAreRefusedOnlyWhereTheyAreArrays() throws {
        #expect(TOMLGuard.check("[colors]\n[[stages]]\na = { b = 1 }\n", options: Self.themeLike) == nil)
        let problem = try #require(TOMLGuard.check("name = \"x\"\n[colors]\npush = [\"red\"]\n", options: Self.themeLike))
        #expect(problem.reason == .arrayNotAllowed)
        #expect(problem.line == 3)
    }

    @Test func nestingIsLimitedInEveryForm() throws {
        let dotted = "a" + String(repeating: ".a", count: 100)
        for text in [
            "\(dotted) = 1\n",
            "[\(dotted)]\n",
            "[[\(dotted)]]\n",
            "levers.\(dotted) = 1\n",
            "x = { \(dotted) = 1 }\n",
            "x = " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n",
            "x = " + String(repeating: "[{a=", count: 100) + "1" + String(repeating: "}]", count: 100) + "\n",
        ] {
            let problem = try #require(TOMLGuard.check(text, options: Self.scenarioLike), "\(text.prefix(20))")
            #expect(problem.reason == .tooDeep(limit: 64))
            #expect(TOMLGuard.check(text, options: Self.unlimited) == nil)
        }
        // At the limit exactly, and a little past it.
        #expect(TOMLGuard.check("a" + String(repeating: ".a", count: 63) + " = 1\n", options: Self.scenarioLike) == nil)
        #expect(TOMLGuard.check("a" + String(repeating: ".a", count: 64) + " = 1\n", options: Self.scenarioLike) != nil)
    }

    @Test func deepKeysAreRefusedQuickly() {
        let dotted = "a" + String(repeating: ".a", count: 300_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(TOMLGuard.check("\(dotted) = 1\n", options: Self.themeLike)?.reason == .tooDeep(limit: 512))
            #expect(TOMLGuard.check("[\(dotted)]\n", options: Self.scenarioLike)?.reason == .tooDeep(limit: 64))
            #expect(TOMLGuard.check("# \(dotted)\nk = '\(dotted)'\n", options: Self.scenarioLike) == nil)
        }
        #expect(elapsed < .seconds(2))
    }
}
