import Foundation
import Testing
import TOMLGuard
import TerminalUI
@testable import Theming
import TestSupport

/// Whatever a theme file holds, the reader gives a theme or a `ThemeError` that names the
/// file and prints safely: never a crash, a hang or another kind of error (the typed
/// `throws(ThemeError)` rules out the last). Everything here is seeded, so a failure
/// repeats, and the whole suite takes a fraction of a second.
@Suite("Theme reader resilience")
struct ThemeReaderResilienceTests {
    /// The outcome of reading `text`, checked: an error names `file` first and holds no control characters.
    @discardableResult
    func read(_ text: String, file: String = "fuzz.toml", sourceLocation: SourceLocation = #_sourceLocation) -> Result<Theme, ThemeError> {
        let result = Result { () throws(ThemeError) in try ThemeLoader.parse(text, file: file) }
        if case .failure(let error) = result { check(error, names: file, sourceLocation: sourceLocation) }
        return result
    }

    func check(_ error: ThemeError, names file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let message = error.description
        #expect(message.hasPrefix(file + ":"), "\(message)", sourceLocation: sourceLocation)
        #expect(!containsControl(message), "\(message.debugDescription)", sourceLocation: sourceLocation)
        #expect(message.count < 700, "\(message.count) characters", sourceLocation: sourceLocation)
    }

    func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{202E}" }
    }

    static let shipped: [(name: String, bytes: [UInt8])] = shippedThemes.map { name in
        (name, Array(FileManager.default.contents(atPath: "\(bundledThemesDirectory)/\(name).toml") ?? Data()))
    }

    // MARK: - Garbage and mutations

    @Test func randomBytes() {
        var random = SeededGenerator(state: 0x7E3E)
        for round in 0..<200 {
            var bytes = (0..<Int.random(in: 0...600, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            if round.isMultiple(of: 2) { bytes.removeAll { $0 == 0 } } // past the NUL check, into the parser
            read(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Random sequences of TOML's own punctuation and words reach deeper into the parser than random bytes.
    @Test func randomTomlTokens() {
        let tokens = ["[", "]", "{", "}", "=", ",", ".", "\"", "'", "\"\"\"", "'''", "#", "\n", "\r\n", " ", "\\", "\\u",
                      "colors", "name", "inherits", "push", "fg", "bg", "bold", "true", "1", "-1", "1e9", "0x1F", "inf", "nan",
                      "1979-05-27", "T07:32:00Z", "\"#ffffff\"", "\u{1b}", "\u{7f}", "é", "\u{FEFF}", "\u{FFFD}"]
        var random = SeededGenerator(state: 0xC0105)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...60, using: &random)).map { _ in tokens.randomElement(using: &random)! }.joined()
            read(text)
        }
    }

    @Test(arguments: shippedThemes)
    func mutatedShippedTheme(name: String) throws {
        let original = try #require(Self.shipped.first { $0.name == name }?.bytes)
        #expect(throws: Never.self) { try read(String(decoding: original, as: UTF8.self)).get() }
        var random = SeededGenerator(state: UInt64(original.count))
        var variants: [[UInt8]] = []
        for cut in stride(from: 0, to: original.count, by: 7) { variants.append(Array(original[..<cut])) }
        for _ in 0..<30 {
            var flipped = original
            flipped[Int.random(in: flipped.indices, using: &random)] ^= 1 << UInt8.random(in: 0...7, using: &random)
            variants.append(flipped)

            var replaced = original
            replaced[Int.random(in: replaced.indices, using: &random)] = UInt8.random(in: 0...255, using: &random)
            variants.append(replaced)

            var deleted = original
            let start = Int.random(in: deleted.indices, using: &random)
            deleted.removeSubrange(start..<min(deleted.count, start + Int.random(in: 1...40, using: &random)))
            variants.append(deleted)

            var duplicated = original
            let from = Int.random(in: duplicated.indices, using: &random)
            let piece = duplicated[from..<min(duplicated.count, from + Int.random(in: 1...80, using: &random))]
            duplicated.insert(contentsOf: piece, at: Int.random(in: 0...duplicated.count, using: &random))
            variants.append(duplicated)
        }
        for bytes in variants {
            // A mutation that happens to stay a theme is fine; it must then be a whole one.
            if case .success(let theme) = read(String(decoding: bytes, as: UTF8.self), file: "\(name).toml") {
                #expect(Set(theme.styles.keys) == Set(Role.allCases))
            }
        }
    }

    @Test func binaryAndInvalidUTF8OnDisk() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let directory = temporary.path
        let cases: [(String, [UInt8], String)] = [
            ("png.toml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 64), "not valid UTF-8 text: save the file as UTF-8"),
            ("latin1.toml", Array("name = \"Caf".utf8) + [0xE9] + Array("\"\n".utf8), "not valid UTF-8 text: save the file as UTF-8"),
            ("every-byte.toml", Array(0...255), "not valid UTF-8 text: save the file as UTF-8"),
            ("overlong.toml", Array("name = \"x\"\n\n".utf8) + [0xC0, 0xAF], "not valid UTF-8 text: save the file as UTF-8"),
            ("nul.toml", Array("name = \"x\"\n[colors]\npush = \"red\"".utf8) + [0] + Array("\n".utf8), "contains a NUL character: not a text file"),
        ]
        for (file, bytes, problem) in cases {
            let path = "\(directory)/\(file)"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(path: path) }
            check(error, names: path)
            #expect(error.message == problem, "\(file)")
        }
        let overlong = try #require(throws: ThemeError.self) { try ThemeLoader.load(path: "\(directory)/overlong.toml") }
        #expect(overlong.position?.line == 3)
        let nul = try #require(throws: ThemeError.self) { try ThemeLoader.load(path: "\(directory)/nul.toml") }
        #expect(nul.position?.line == 3)
    }

    @Test func nulBytesAnywhereAreRefusedWithTheirLine() throws {
        let original = String(decoding: try #require(Self.shipped.first?.bytes), as: UTF8.self)
        for offset in stride(from: 0, to: original.utf8.count, by: 97) {
            var bytes = Array(original.utf8)
            bytes.insert(0, at: offset)
            let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse(String(decoding: bytes, as: UTF8.self), file: "nul.toml") }
            #expect(error.message == "contains a NUL character: not a text file")
            #expect(error.position?.line == 1 + bytes[..<offset].count { $0 == UInt8(ascii: "\n") })
        }
    }

    // MARK: - Size

    @Test func hugeFileIsRefusedBeforeParsing() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.remove() }
        let directory = temporary.path
        let path = "\(directory)/huge.toml"
        let line = Data("# padding padding padding padding padding padding padding padding padding\n".utf8)
        var data = Data("name = \"Huge\"\n".utf8)
        while data.count < 5 << 20 { data.append(line) }
        try data.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.load(path: path) }
        #expect(error.description == "\(path): larger than 256 KiB: not a theme file")
        let viaCatalog = ThemeCatalog(directories: [directory]).loadOrDefault("huge")
        #expect(viaCatalog.theme == .builtInDefault)
        #expect(viaCatalog.error == error)
    }

    @Test func limitIsExactAndHoldsForParseToo() throws {
        let head = "name = \"x\"\n#"
        let fits = head + String(repeating: "x", count: ThemeLoader.maximumFileSize - head.utf8.count)
        #expect(fits.utf8.count == ThemeLoader.maximumFileSize)
        #expect(throws: Never.self) { try read(fits).get() }
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse(fits + "x", file: "big.toml") }
        #expect(error.description == "big.toml: larger than 256 KiB: not a theme file")
    }

    @Test func megabyteStringValue() throws {
        let value = String(repeating: "ab", count: 1 << 19)
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse("name = \"\(value)\"\n", file: "mb.toml") }
        #expect(error.message == "larger than 256 KiB: not a theme file")

        // Under the limit, a long value is read; quoted back in a message it is shortened.
        let long = String(repeating: "z", count: 200_000)
        #expect(try ThemeLoader.parse("name = \"\(long)\"\n", file: "long.toml").name == long)
        let colour = try #require(throws: ThemeError.self) { try ThemeLoader.parse("name = \"x\"\n[colors]\npush = \"\(long)\"\n", file: "long.toml") }
        #expect(colour.description.hasPrefix("long.toml:3:1: colors.push: bad colour \"\(String(repeating: "z", count: 40))…\"; expected"))
        check(colour, names: "long.toml")
    }

    /// Locating keys used to rescan the file for each comparison of a sort: quadratic. Now 1,000 keys,
    /// every one a problem to place, cost one scan of the file, its lines counted. (Not more keys: a
    /// locator built per key fails this in 40 s of a debug build, and would take 25 times as long at 5,000.)
    @Test func manyKeysArePlacedWithOneScanOfTheFile() {
        let keys = (0..<1_000).map { "k\($0) = 1" }.joined(separator: "\n")
        for (text, line) in [
            ("name = \"x\"\n[colors]\n" + keys + "\n", 3),
            ("name = \"x\"\n[colors]\npush = \"red\"\n" + keys.replacingOccurrences(of: "= 1", with: "= \"#ffffff\"") + "\n", 4),
        ] {
            let counter = TOMLKeyLocator.LineCounter()
            let result = TOMLKeyLocator.$lineCounter.withValue(counter) { read(text, file: "many.toml") }
            guard case .failure(let error) = result else { Issue.record("1,000 unknown roles were accepted"); continue }
            #expect(error.key == "colors.k0")
            #expect(error.position?.line == line)
            #expect(counter.lines == text.split(separator: "\n", omittingEmptySubsequences: false).count, "not one scan of the file")
        }
    }

    // MARK: - Nesting

    /// Arrays are refused before parsing (see `TOMLPrecheck`); inline tables reach toml++,
    /// which stops at 256 nested values (TOML_MAX_NESTED_VALUES) with a syntax error.
    @Test(arguments: [("[", "]"), ("{ a = ", " }"), ("[{ a = ", "}]"), ("{ a = [", "] }")])
    func deeplyNestedValues(open: String, close: String) {
        let depth = 10_000
        for text in [
            "name = \"x\"\na = " + String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth) + "\n",
            "name = \"x\"\n[colors]\npush = " + String(repeating: open, count: depth) + "\n",  // never closed
            "name = \"x\"\n[colors]\npush = " + String(repeating: open, count: 200) + "1" + String(repeating: close, count: 200) + "\n",
        ] {
            if case .success = read(text) { Issue.record("nesting was accepted") }
        }
        let inline = try? #require(throws: ThemeError.self) {
            try ThemeLoader.parse("a = " + String(repeating: "{ a = ", count: 300) + "1" + String(repeating: "}", count: 300), file: "deep.toml")
        }
        #expect(inline?.message.contains("exceeded maximum nested value depth of 256") == true)
    }

    /// Inputs that made toml++ 3.4 abort the test process (a failed `assert` in a debug build),
    /// found by the token fuzzing above; `TOMLPrecheck` turns them into errors.
    @Test(arguments: ["[,", "[[,", "[.", "[=", "[ ,", "[\n", "[\r\n", "  [{", "[\u{2028}", "[[ [",
                      "a = [}", "a = [1,}", "a = [\n}", "a = { b = [} }", "a = [\u{2028}", "a = [[ ]"])
    func inputsThatAbortedTomlPlusPlus(text: String) throws {
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse("name = \"x\"\n" + text + "\n", file: "abort.toml") }
        check(error, names: "abort.toml")
        #expect(error.position?.line == 2)
    }

    @Test func precheckFollowsStringsAndComments() throws {
        let text = """
            name = '''a [ "b' [,'''  # not an array: [1]
            inherits = "default"
              [ "colors" ] # a header may be indented and quoted: [,
            push = { fg = "#ff0000" } # [}
            pull = "#0000ff"
            """
        let theme = try ThemeLoader.parse(text, file: "ok.toml", catalog: ThemeCatalog(directories: [bundledThemesDirectory]))
        #expect(theme.name == "a [ \"b' [,")
        #expect(theme[.push] == Style(foreground: .rgb(255, 0, 0)))
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse("name = \"x\"\n[colors]\npush = [\"red\"]\n", file: "arr.toml") }
        #expect(error.description == "arr.toml:3:8: colors.push: theme files have no arrays; a style is a colour or { fg = …, bg = …, bold = true }")
    }

    @Test func deeplyDottedKeysAndHeaders() {
        let path = Array(repeating: "a", count: 10_000).joined(separator: ".")
        read("name = \"x\"\n\(path) = 1\n")
        read("name = \"x\"\n[\(path)]\nb = 1\n")
        read("name = \"x\"\n[[\(path)]]\nb = 1\n")
        read("name = \"x\"\n[colors]\npush.\(path) = 1\n")
        read("name = \"x\"\ncolors = { push = { fg = { a = { \(path) = 1 } } } }\n")
    }

    /// Dotted keys are not bounded by toml++'s limit on nested values: some 20 000 levels overflow the stack.
    @Test func keysTooDeepForTheStackAreRefused() throws {
        let path = Array(repeating: "a", count: 120_000).joined(separator: ".")
        let error = try #require(throws: ThemeError.self) { try ThemeLoader.parse("name = \"x\"\n\(path) = 1\n", file: "deep.toml") }
        #expect(error.message == "keys or values nested more than 512 levels deep: not a theme file")
        #expect(error.position?.line == 2)
    }

    // MARK: - Escape sequences

    @Test func escapeSequencesInValuesAndKeysAreShownEscaped() throws {
        let cases = [
            "name = \"\\u001b[2J\\u001b]0;pwned\\u0007\"\n",                              // TOML escapes in the name
            "name = \"ok\"\n[colors]\npush = \"\\u001b[31m\"\n",                           // … in a colour
            "name = \"ok\"\n[colors]\npush = \"\u{1b}[31m\"\n",                            // a raw ESC in a string
            "name = \"ok\"\n[colors]\n\"\\u001b[2Jpush\" = \"red\"\n",                     // … in a quoted key
            "name = \"ok\"\n[colors]\n\u{1b}[2J = \"red\"\n",                              // a raw ESC where a key goes
            "name = \"ok\"\n\"\\u009b31m\" = 1\n",                                         // a C1 CSI in a top-level key
            "name = \"ok\"\ninherits = \"\\u001b[2J\"\n",                                  // … in inherits
            "name = \"ok\"\n[colors]\npush = { \"fg\\r\\nbold\" = true }\n",               // line breaks in a key
            "name = \"ok\"\n[colors]\npush = \"\\u202Eder\"\n",                            // a bidirectional override
            "name = \"ok\u{1b}\"\n",
        ]
        for text in cases {
            let result = read(text)
            #expect(throws: ThemeError.self, "\(text.debugDescription)") { try result.get() }
        }
        let key = try #require(throws: ThemeError.self) { try ThemeLoader.parse(cases[3], file: "esc.toml") }
        #expect(key.description == "esc.toml:3:1: colors.\\u001B[2Jpush: unknown role; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        let name = try #require(throws: ThemeError.self) { try ThemeLoader.parse(cases[0], file: "esc.toml") }
        #expect(name.description == "esc.toml:1:1: name: contains a control character")
    }

    @Test func fileNameWithControlCharactersIsEscapedToo() {
        let error = ThemeError(file: "evil\u{1b}[2J.toml", position: TextPosition(line: 1, column: 1), key: "k\u{7}", message: "p\u{9b}q")
        #expect(error.description == "evil\\u001B[2J.toml:1:1: k\\u0007: p\\u009Bq")
    }
}
