import Foundation
import TestSupport
import Testing
import TOMLGuard

/// The one way TOML files come in: regular files only, bounded, strict UTF-8, checked, parsed.
@Suite("TOML input")
struct TOMLInputTests {
    static let options = TOMLGuard.Options(maximumDepth: 8, allowsArrays: true)

    @Test func aRegularFileIsReadAndParsed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try "name = \"x\"\n".write(toFile: directory.file("a.toml"), atomically: true, encoding: .utf8)
        let text = try TOMLInput.read(path: directory.file("a.toml"), maximumSize: 100)
        #expect(try TOMLInput.parse(text, maximumSize: 100, guardOptions: Self.options)["name"]?.string == "x")
    }

    @Test func aMissingFileOrAFolderCannotBeReadAndSaysWhyWithTheSystemErrorNumber() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: TOMLInput.Problem(reason: .unreadable(reason: "No such file or directory", systemErrorNumber: ENOENT))) {
            try TOMLInput.read(path: directory.file("missing.toml"), maximumSize: 100)
        }
        #expect(throws: TOMLInput.Problem(reason: .unreadable(reason: "Is a directory", systemErrorNumber: EISDIR))) {
            try TOMLInput.read(path: directory.path, maximumSize: 100)
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.file("pipe.toml")
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: TOMLInput.Problem(reason: .unreadable(reason: "not a regular file", systemErrorNumber: nil))) {
            try TOMLInput.read(path: fifo, maximumSize: 100)
        }
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingItWhole() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try String(repeating: "# padding\n", count: 1000).write(toFile: directory.file("big.toml"), atomically: true, encoding: .utf8)
        let problem = #expect(throws: TOMLInput.Problem.self) { try TOMLInput.read(path: directory.file("big.toml"), maximumSize: 2048) }
        #expect(problem?.message(fileKind: "theme file") == "larger than 2 KiB: not a theme file")
    }

    @Test func invalidUTF8IsPlacedAtItsFirstBadByte() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Data(Array("a = 1\nb = \"".utf8) + [0xE9] + Array("\"\n".utf8)).write(to: directory.url.appendingPathComponent("latin1.toml"))
        #expect(throws: TOMLInput.Problem(reason: .invalidUTF8, position: TextPosition(line: 2, column: 6))) {
            try TOMLInput.read(path: directory.file("latin1.toml"), maximumSize: 100)
        }
    }

    @Test("Each check before the parse places what it refuses", arguments: [
        ("a = 1\nb = \"x\u{0}\"\n", TOMLInput.Problem(reason: .nul, position: TextPosition(line: 2, column: 7))),
        ("a = 1\n[=]\n", TOMLInput.Problem(reason: .refused(.tableHeaderWithoutName(isArrayOfTables: false, found: "=")),
                                           position: TextPosition(line: 2, column: 2))),
        ("a = 1\nb = 2 2\n", TOMLInput.Problem(reason: .syntax("Error while parsing key-value pair: expected a comment or whitespace, saw '2'"),
                                               position: TextPosition(line: 2, column: 7))),
    ])
    func checksBeforeAndDuringTheParse(text: String, expected: TOMLInput.Problem) {
        #expect(throws: expected) { try TOMLInput.parse(text, maximumSize: 100, guardOptions: Self.options) }
    }

    @Test func problemsAreWordedOnceForEveryFormat() {
        let deep = TOMLInput.Problem(reason: .refused(.tooDeep(limit: 8)))
        #expect(deep.message(fileKind: "scenario file") == "keys or values nested more than 8 levels deep: not a scenario file")
        #expect(TOMLInput.Problem(reason: .nul).message(fileKind: "theme file") == "contains a NUL character: not a text file")
    }
}
