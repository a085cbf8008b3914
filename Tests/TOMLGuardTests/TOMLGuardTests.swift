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

    /// A dotted key 20,000 levels deep is refused where it passes the limit, having read no further:
    /// the reads, counted, are the same as for a key only a little too deep. Text the scan must
    /// read to its end (a comment, a string) costs reads in proportion to its length. (The sizes
    /// are small so that a quadratic scan fails the test in a moment rather than hanging it.)
    @Test func deepKeysAreRefusedWithBoundedWork() throws {
        func dotted(_ depth: Int) -> String { "a" + String(repeating: ".a", count: depth) }
        let refused: [(text: (String) -> String, options: TOMLGuard.Options, limit: Int, offset: Int)] = [
            ({ "\($0) = 1\n" }, Self.themeLike, 512, 2 * 512 - 1),  // at the 512th dot
            ({ "[\($0)]\n" }, Self.scenarioLike, 64, 2 * 64),       // a header counts its table as a level
        ]
        for form in refused {
            var reads: [Int] = []
            for depth in [2_000, 20_000] {
                let bytes = CountedBytes(form.text(dotted(depth)))
                let problem = try #require(TOMLGuard.check(utf8: bytes, options: form.options))
                #expect(problem.reason == .tooDeep(limit: form.limit))
                #expect(problem.offset == form.offset)
                reads.append(bytes.reads)
            }
            #expect(reads[0] == reads[1], "a deeper key cost more reads: \(reads)")
        }

        var reads: [Int] = []
        for depth in [1_000, 2_000] {
            let bytes = CountedBytes("# \(dotted(depth))\nk = '\(dotted(depth))'\n")
            #expect(TOMLGuard.check(utf8: bytes, options: Self.scenarioLike) == nil)
            #expect(bytes.reads >= bytes.count, "every byte is read")
            reads.append(bytes.reads)
        }
        // Linear work a·n + b (b ≥ 0) at most doubles with the length; rescanning would quadruple it.
        #expect(reads[1] <= 2 * reads[0], "twice the text cost more than twice the reads: \(reads)")
    }
}

/// The bytes of a text, counting every read the scan makes (slices read through here too).
private struct CountedBytes: RandomAccessCollection {
    private let bytes: [UInt8]
    private let counter = Counter()
    private final class Counter { var reads = 0 }

    init(_ text: String) { bytes = Array(text.utf8) }

    var reads: Int { counter.reads }
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(position: Int) -> UInt8 {
        counter.reads += 1
        return bytes[position]
    }
}
