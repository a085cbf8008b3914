import Foundation
import PushPullModel
import Testing
@testable import ScenarioFile
import TestSupport
import TOMLGuard

/// Mutated, truncated, hostile and random scenario files, from a fixed seed so a failure
/// reproduces. Every input must end in a scenario that validates and round-trips, or in a
/// `ScenarioFileError` whose problems name the file and can be printed on a terminal as they are.
@Suite struct ScenarioFuzzTests {
    static let fileName = "fuzz.toml"
    static let example = try! String(contentsOf: repositoryRoot.appendingPathComponent("examples/example.toml"), encoding: .utf8)

    /// Short files that read to a valid scenario, for the mutators to break in small ways.
    static let shortFiles = [
        "format = 1\n",
        "format = 1\nname = \"Short\"\n[levers]\npushShare = 0.5\nbudget = 100_000\n",
        """
        format = 1
        outboundEntryStage = "B"
        [[stages]]
        name = "A"
        conversion = 0.5
        monthsInStage = 1
        [[stages]]
        name = "B"
        conversion = 0.25
        monthsInStage = 2.5
        openAtStart = 3
        [simulation]
        seed = "18446744073709551615"
        paths = 10
        """,
        "format = 1\nlevers = { pushShare = 0.1, handoff = 0.9 }\nfinance.currency = \"USD\"\nsimulation.horizonMonths = 12\ntargets.periodMonths = 12\n",
        "format = 1\nnotes = '''\nliteral\\n text [levers]\n'''\nname = \"\"\"\nmulti \\\n   line\"\"\"\n",
    ]

    // MARK: The properties every outcome must have

    /// Control characters (C0 but newline, DEL, C1) that must not reach a terminal from an error.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\n"
    }

    /// Parses `text` and checks the outcome; returns whether it was a valid scenario.
    @discardableResult
    static func check(_ text: String, _ context: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        do {
            let scenario = try ScenarioReader.parse(text: text, fileName: fileName)
            let issues = scenario.validationIssues()
            #expect(issues.isEmpty, "\(context()): accepted with issues \(issues)", sourceLocation: sourceLocation)
            let written = ScenarioWriter.text(for: scenario)
            do {
                let back = try ScenarioReader.parse(text: written, fileName: "round-trip.toml")
                #expect(back == scenario, "\(context()): the round trip changed the scenario", sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(context()): the written scenario does not read back: \(error)\n\(written)", sourceLocation: sourceLocation)
            }
            return true
        } catch {
            checkError(error, context(), sourceLocation: sourceLocation)
            return false
        }
    }

    static func checkError(_ error: ScenarioFileError, _ context: @autoclosure () -> String, file: String = fileName,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!error.problems.isEmpty, "\(context()): an error without problems", sourceLocation: sourceLocation)
        for problem in error.problems {
            #expect(problem.file == file && problem.description.hasPrefix(file + ":"),
                    "\(context()): problem does not name the file: \(problem)", sourceLocation: sourceLocation)
            let raw = problem.description.unicodeScalars.filter { $0.properties.generalCategory == .control }
            #expect(raw.isEmpty, "\(context()): raw control characters \(raw.map { String($0.value, radix: 16) }) in \(problem.description.debugDescription)",
                    sourceLocation: sourceLocation)
        }
        let raw = error.description.unicodeScalars.filter(isRawControl)
        #expect(raw.isEmpty, "\(context()): raw control characters in the error", sourceLocation: sourceLocation)
        #expect(error.description.split(separator: "\n", omittingEmptySubsequences: false).count == error.problems.count,
                "\(context()): not one line per problem", sourceLocation: sourceLocation)
    }

    // MARK: Mutators

    static let extremeNumbers = [
        "1e308", "-1e308", "1.7976931348623157e308", "-0", "-0.0", "+0", "9999999999999999999999", "-9223372036854775808",
        "9223372036854775807", "nan", "-nan", "+nan", "inf", "-inf", "+inf", "1_000", "1__000", "_1", "0x10", "0o17", "0b101",
        "0xFFFFFFFFFFFFFFFFF", "1e-400", "5e-324", "4.9e-324", "0.1e", "1.", ".5", "00", "1979-05-27", "07:32:00",
        "1979-05-27T07:32:00Z", "true", "\"12\"", "[]", "{}", "[1, 2]", "1e15", "9e15", "-1e12", "1000000000000",
    ]

    static let hostileStrings = [
        #""\u001B[31mred\u001B[0m""#, #""\u0007bell""#, #""\u009B2J""#, #""\u007F""#, #""\u0000""#, #""\b\f\r\n\t""#,
        #""\uD800""#, #""\U0010FFFF""#, #""\U00110000""#, #""\x41""#, #""\q""#, "\"\u{1B}raw\"", "\"\u{85}next line\"",
        "\"\u{9B}csi\"", "'\u{1B}literal'", "\"\"\"\n\u{1B}[2J\n\"\"\"", "'''\u{07}'''", "\"unterminated", "\"a\"b\"",
        "\"\u{202E}rtl\"", "\"\u{2028}\"", "\"\(String(repeating: "é", count: 300))\"", "\"\(String(repeating: "\\\\", count: 50))\"",
    ]

    static let hostileKeys = [
        "nmae", "Name", "\"name\"", "'name'", "\"\u{1B}[31m\"", "\"\\u001B]0;title\\u0007\"", "\"\\u009B\"", "\"\u{9B}\"",
        "a.b.c", "levers.pushShare", "\"\"", "stages", "format", "\"x\ny\"", "\"\\n\"", "é", "1234", "-", "_", "\"\u{7F}\"",
    ]

    static func randomByte(_ g: inout SeededGenerator) -> UInt8 {
        // Mostly TOML's own punctuation, which breaks the syntax in the most interesting ways.
        let interesting = Array("[]{}=\"'\\#.,\n\r\t _-+0123456789eE".utf8) + [0x00, 0x1B, 0x7F, 0x80, 0xC3, 0xE2, 0xFF]
        return Bool.random(using: &g) ? interesting.randomElement(using: &g)! : UInt8.random(in: 0...255, using: &g)
    }

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] { bytes.split(separator: 0x0A, omittingEmptySubsequences: false) }
    static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] { Array(lines.joined(separator: [0x0A])) }

    /// One random change to `bytes`.
    static func mutate(_ bytes: [UInt8], _ g: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        func position() -> Int { bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &g) }
        switch Int.random(in: 0..<14, using: &g) {
        case 0 where !bytes.isEmpty:
            bytes[position()] ^= UInt8(1) << UInt8.random(in: 0...7, using: &g)
        case 1:
            bytes.insert(randomByte(&g), at: Int.random(in: 0...bytes.count, using: &g))
        case 2 where !bytes.isEmpty:
            let start = position()
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...8, using: &g)))
        case 3:
            var all = lines(bytes)
            let index = Int.random(in: 0..<all.count, using: &g)
            all.insert(all[index], at: Int.random(in: 0...all.count, using: &g))
            bytes = joined(all)
        case 4:
            var all = lines(bytes)
            all.swapAt(Int.random(in: 0..<all.count, using: &g), Int.random(in: 0..<all.count, using: &g))
            bytes = joined(all)
        case 5:
            bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &g)))
        case 6:
            // A number (or a whole value) replaced by an extreme or odd one.
            var all = lines(bytes)
            let candidates = all.indices.filter { all[$0].contains(0x3D) && all[$0].first != 0x23 }
            guard let index = candidates.randomElement(using: &g), let equals = all[index].firstIndex(of: 0x3D) else { break }
            all[index] = all[index][..<equals] + Array("= ".utf8) + Array(extremeNumbers.randomElement(using: &g)!.utf8)
            bytes = joined(all)
        case 7:
            // A key renamed.
            var all = lines(bytes)
            let candidates = all.indices.filter { all[$0].contains(0x3D) && all[$0].first != 0x23 }
            guard let index = candidates.randomElement(using: &g), let equals = all[index].firstIndex(of: 0x3D) else { break }
            all[index] = ArraySlice(Array(hostileKeys.randomElement(using: &g)!.utf8) + [0x20]) + all[index][equals...]
            bytes = joined(all)
        case 8:
            // A string value replaced by one with escapes, control characters or broken syntax.
            var all = lines(bytes)
            let candidates = all.indices.filter { all[$0].contains(0x3D) && all[$0].first != 0x23 }
            guard let index = candidates.randomElement(using: &g), let equals = all[index].firstIndex(of: 0x3D) else { break }
            all[index] = all[index][..<equals] + Array("= ".utf8) + Array(hostileStrings.randomElement(using: &g)!.utf8)
            bytes = joined(all)
        case 9:
            // A table (header and its lines up to the next header) written twice.
            let all = lines(bytes)
            let headers = all.indices.filter { all[$0].first == 0x5B }
            guard let start = headers.randomElement(using: &g) else { break }
            let end = headers.first { $0 > start } ?? all.count
            bytes = joined(all + all[start..<end])
        case 10:
            // Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong form or a surrogate.
            let broken: [[UInt8]] = [[0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF]]
            bytes.insert(contentsOf: broken.randomElement(using: &g)!, at: Int.random(in: 0...bytes.count, using: &g))
        case 11:
            // Raw control characters anywhere, in keys, values and comments alike.
            let controls: [Unicode.Scalar] = ["\u{01}", "\u{07}", "\u{08}", "\u{0B}", "\u{0C}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\r"]
            bytes.insert(contentsOf: Array(String(controls.randomElement(using: &g)!).utf8), at: Int.random(in: 0...bytes.count, using: &g))
        case 12:
            // A line's contents replaced by a run of random bytes.
            var all = lines(bytes)
            let index = Int.random(in: 0..<all.count, using: &g)
            all[index] = ArraySlice((0..<Int.random(in: 1...12, using: &g)).map { _ in randomByte(&g) })
            bytes = joined(all)
        default:
            // A run of bytes duplicated in place.
            guard !bytes.isEmpty else { break }
            let start = position()
            let run = bytes[start..<min(bytes.count, start + Int.random(in: 1...40, using: &g))]
            bytes.insert(contentsOf: run, at: start)
        }
        return bytes
    }

    /// Invalid UTF-8 cannot be a `String`: one time in `fileEvery` it goes through the file reader,
    /// which must report it; otherwise the text with replacement characters goes to the parser.
    static func checkBytes(_ bytes: [UInt8], _ context: @autoclosure () -> String, in directory: TemporaryDirectory,
                           fileEvery: Int = 8, g: inout SeededGenerator, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        if let text = String(validating: bytes, as: UTF8.self) { return check(text, context(), sourceLocation: sourceLocation) }
        guard Int.random(in: 0..<fileEvery, using: &g) == 0 else {
            return check(String(decoding: bytes, as: UTF8.self), context(), sourceLocation: sourceLocation)
        }
        let path = directory.file(fileName)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            _ = try ScenarioReader.read(path: path)
            Issue.record("\(context()): invalid UTF-8 was accepted", sourceLocation: sourceLocation)
        } catch let error as ScenarioFileError {
            checkError(error, context(), file: path, sourceLocation: sourceLocation)
            #expect(error.problems.count == 1 && error.description.contains("not valid UTF-8"), sourceLocation: sourceLocation)
        } catch {
            Issue.record("cannot write the test file: \(error)", sourceLocation: sourceLocation)
        }
        return false
    }

    // MARK: Tests

    @Test func theUnmutatedInputsAreValid() {
        #expect(Self.check(Self.example, "example.toml"))
        for (index, text) in Self.shortFiles.enumerated() { #expect(Self.check(text, "short file \(index)")) }
    }

    @Test func mutatedExampleFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var g = SeededGenerator(state: 0x5CE7_A210)
        var valid = 0
        let base = Array(Self.example.utf8)
        for round in 0..<500 {
            var bytes = base
            let changes = Int.random(in: 1...(round % 10 == 0 ? 12 : 3), using: &g)
            for _ in 0..<changes { bytes = Self.mutate(bytes, &g) }
            if Self.checkBytes(bytes, "example round \(round)", in: directory, g: &g) { valid += 1 }
        }
        // Some mutations (a duplicated comment, a swapped pair of lines in a table) keep the file valid:
        // those exercise the round trip; most must be refused.
        #expect(valid > 20 && valid < 480, "valid: \(valid)")
    }

    @Test func mutatedShortFiles() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var g = SeededGenerator(state: 0x5407_F11E)
        var valid = 0
        for round in 0..<1500 {
            var bytes = Array(Self.shortFiles[round % Self.shortFiles.count].utf8)
            for _ in 0..<Int.random(in: 1...4, using: &g) { bytes = Self.mutate(bytes, &g) }
            if Self.checkBytes(bytes, "short round \(round)", in: directory, g: &g) { valid += 1 }
        }
        #expect(valid > 50, "valid: \(valid)")
    }

    @Test func truncatedAtEveryPointOfAShortFile() {
        let text = Array(Self.shortFiles[2].utf8)
        for end in 0...text.count {
            // Every prefix is UTF-8: the file is ASCII.
            Self.check(String(decoding: text[..<end], as: UTF8.self), "prefix of \(end) bytes")
        }
    }

    @Test func extremeNumbersInEveryKindOfField() {
        let keys = ["levers.pushShare", "levers.budget", "market.accounts", "market.startingARR", "finance.startingCash",
                    "simulation.paths", "simulation.seed", "targets.periodMonths", "sales.dealSizeSigma", "format"]
        for key in keys {
            for number in Self.extremeNumbers {
                let parts = key.split(separator: ".")
                let text = key == "format" ? "format = \(number)\n" : "format = 1\n[\(parts[0])]\n\(parts[1]) = \(number)\n"
                Self.check(text, "\(key) = \(number)")
            }
            for number in Self.extremeNumbers {
                Self.check("format = 1\n[[stages]]\nname = \"SAL\"\nconversion = \(number)\nmonthsInStage = \(number)\nopenAtStart = \(number)\n"
                    + "[[stages]]\nname = \"B\"\nconversion = 1\nmonthsInStage = 1\n", "stage numbers \(number)")
            }
        }
    }

    @Test func hostileKeysAndStringsEverywhere() {
        for key in Self.hostileKeys {
            Self.check("format = 1\n\(key) = 1\n", "top-level key \(key.debugDescription)")
            Self.check("format = 1\n[levers]\n\(key) = 1\n", "table key \(key.debugDescription)")
            Self.check("format = 1\n[\(key)]\n", "table \(key.debugDescription)")
            Self.check("format = 1\n[[\(key)]]\n", "array of tables \(key.debugDescription)")
            Self.check("format = 1\n[[stages]]\n\(key) = 1\n", "stage key \(key.debugDescription)")
        }
        for string in Self.hostileStrings {
            for field in ["name", "notes", "outboundEntryStage", "levers.pushShare", "simulation.seed", "format", "finance.currency"] {
                Self.check("format = 1\n\(field) = \(string)\n", "\(field) = \(string.debugDescription)")
            }
            Self.check("format = 1\n[[stages]]\nname = \(string)\nconversion = 1\nmonthsInStage = 1\n[[stages]]\nname = \"SAL\"\n"
                + "conversion = 1\nmonthsInStage = 1\n", "stage name \(string.debugDescription)")
        }
    }

    @Test func stagesRepeatedPastTheLimit() {
        let stage = "[[stages]]\nname = \"SAL\"\nconversion = 0.5\nmonthsInStage = 1\n"
        for count in [0, 1, 2, 12, 13, 14, 50, 1000] {
            let valid = Self.check("format = 1\n" + String(repeating: stage, count: count), "\(count) stages")
            // No [[stages]] at all keeps the example's stages.
            #expect(valid == (count == 0 || (2...12).contains(count)), "\(count) stages")
        }
        Self.check(Self.example + String(repeating: stage, count: 13), "the example with 13 more stages")
        Self.check("format = 1\nstages = [" + String(repeating: "{ name = \"SAL\", conversion = 1, monthsInStage = 1 }, ", count: 13) + "]\n",
                   "13 inline stages")
        Self.check("format = 1\nstages = [1, \"x\", [], {}, { name = 1 }]\n", "stages of the wrong kinds")
    }

    @Test func pureRandomBytesAndText() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var g = SeededGenerator(state: 0xBAD_B17E5)
        for round in 0..<200 {
            let count = Int.random(in: 0...300, using: &g)
            let bytes = (0..<count).map { _ in round % 2 == 0 ? UInt8.random(in: 0...255, using: &g) : Self.randomByte(&g) }
            _ = Self.checkBytes(bytes, "random bytes round \(round)", in: directory, fileEvery: 3, g: &g)
            // The same bytes made valid UTF-8, so that the TOML parser sees them rather than the UTF-8 check.
            Self.check("format = 1\n" + String(decoding: bytes, as: UTF8.self), "random text round \(round)")
        }
    }

    /// Nesting through dotted keys and table headers is not bounded by the TOML parser's own limit
    /// on nested arrays and inline tables (which `ReaderLimitsTests` covers): it must not
    /// exhaust the stack or take quadratic time. Past the limit, every form is refused before
    /// toml++ sees it, at the very place where the same form only a little too deep is refused:
    /// what the reader then does (placing the refusal) ends there. That the guard's own scan reads
    /// no further is counted in `TOMLGuardTests`.
    @Test(arguments: [64, 10_000, 100_000, 300_000])
    func deepNestingInEveryForm(_ depth: Int) {
        func forms(_ depth: Int) -> [String] {
            let dotted = "a" + String(repeating: ".a", count: depth)
            return [
                "format = 1\n\(dotted) = 1\n",
                "format = 1\n[\(dotted)]\n",
                "format = 1\n[[\(dotted)]]\n",
                "format = 1\n[\(dotted)]\n\(dotted) = 1\n",
                "format = 1\nx = { \(dotted) = 1 }\n",
                "format = 1\nlevers.\(dotted) = 1\n",
                "format = 1\nx = " + String(repeating: "[{a=", count: min(depth, 100_000)) + "1" + String(repeating: "}]", count: min(depth, 100_000)) + "\n",
                "format = 1\nx = " + String(repeating: "{a.a.a.a.a.a.a.a = ", count: min(depth, 40_000)) + "1" + String(repeating: "}", count: min(depth, 40_000)) + "\n",
            ]
        }
        func refusal(_ text: String, _ context: String) -> TOMLInput.Problem? {
            do {
                _ = try ScenarioReader.parse(text: text, fileName: Self.fileName)
                Issue.record("\(context): accepted")
                return nil
            } catch {
                Self.checkError(error, context)
                return error.inputProblem
            }
        }
        for (text, justPastTheLimit) in zip(forms(depth), forms(100)) {
            let context = "depth \(depth): \(text.prefix(30).debugDescription)"
            guard depth > 100 else {
                Self.check(text, context)
                continue
            }
            let refused = refusal(text, context)
            // Over the size limit (one form at 300,000): refused before any scan.
            if case .tooLarge? = refused?.reason { continue }
            #expect(refused?.reason == .refused(.tooDeep(limit: 64)), "\(context)")
            #expect(refused?.position != nil && refused?.position == refusal(justPastTheLimit, context)?.position, "\(context)")
        }
    }

    /// toml++ asserts (aborts in a debug build) on a header that cannot start a key; found by the mutators.
    @Test(arguments: ["[=]", "[[=]]", "[[[x]]]", "[ .a]", "[,]", "[{]", "[\u{1B}]", "[\u{85}]", "[é]", "[[ #]]", "[\t}]"])
    func tableHeadersThatCannotStartAKey(_ header: String) throws {
        let error = try #require(throws: ScenarioFileError.self) {
            try ScenarioReader.parse(text: "format = 1\n\(header)\n", fileName: Self.fileName)
        }
        Self.checkError(error, header.debugDescription)
        #expect(error.problems.first?.position?.line == 2)
    }

    /// toml++ asserts (aborts in a debug build) on a `}` or a non-ASCII line break where an array value
    /// belongs; found by the theme fuzzing (themes refuse all arrays), refused here by the same guard.
    @Test(arguments: ["x = [}", "x = [1,\n}]", "x = { a = [} }", "x = [\u{2028}]", "x = [ # c\n\u{85}]"])
    func arraysMissingAValue(_ line: String) throws {
        let error = try #require(throws: ScenarioFileError.self) {
            try ScenarioReader.parse(text: "format = 1\n\(line)\n", fileName: Self.fileName)
        }
        Self.checkError(error, line.debugDescription)
        #expect(error.problems.first?.message.hasPrefix("TOML syntax: expected a value or ']' in the array, saw '") == true)
    }

    /// Escape sequences written in keys and values reach error messages escaped again.
    @Test func controlCharactersFromTheFileAreEscapedInProblems() throws {
        let error = try #require(throws: ScenarioFileError.self) {
            try ScenarioReader.parse(text: """
                format = 1
                "\\u001B[2J" = 1
                outboundEntryStage = "\u{85}"
                [levers]
                pushShare = "\\u009B31m"
                """, fileName: "a\u{7}b.toml")
        }
        // The key locator decodes quoted keys as the parser does, so an escaped key is found on its line.
        #expect(error.description == #"""
            a\u0007b.toml:2:1: \u001B[2J: unknown key
            a\u0007b.toml:3:1: outboundEntryStage: "\u0085" is not one of the stages (Inquiry, MQL, SAL, SQL, Opportunity)
            a\u0007b.toml:5:1: levers.pushShare: expected a number, found a string ("\u009B31m")
            """#)
    }

    /// A legitimate file nests two levels; a few more are still read (and refused as unknown keys).
    @Test func modestNestingIsStillParsedAndReportedByKey() throws {
        let error = try #require(throws: ScenarioFileError.self) {
            try ScenarioReader.parse(text: "format = 1\n[levers.a.b]\nc.d = { e.f = [1] }\n", fileName: Self.fileName)
        }
        #expect(error.problems.map(\.key) == ["levers.a"])
        #expect(error.description.hasSuffix(": levers.a: unknown key"))
    }
}
