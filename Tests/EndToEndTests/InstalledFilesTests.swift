import Foundation
import Testing
import TestSupport

/// What `make install` puts beside the binary works where it goes: the completions load in a
/// shell, the man page renders.
@Suite("Completions and man page")
struct InstalledFilesTests {
    static func available(_ program: String) -> Bool { FileManager.default.isExecutableFile(atPath: program) }

    @Test("The bash completion script loads and completes the subcommands", .enabled(if: available("/bin/bash")))
    func bashCompletionLoads() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let script = try ChildProcess.run(TmuxSession.pushpullBinary, ["--generate-completion-script", "bash"])
        #expect(script.status == 0, "\(script.errors)")
        try script.output.write(toFile: scratch.file("pushpull.bash"), atomically: true, encoding: .utf8)
        // What bash does on `pushpull sn<Tab>`: the function the script registers fills COMPREPLY.
        let complete = """
            source pushpull.bash && complete -p pushpull \
            && COMP_WORDS=(pushpull sn) COMP_CWORD=1 COMP_LINE='pushpull sn' COMP_POINT=11 \
            && _pushpull pushpull sn pushpull && echo "${COMPREPLY[@]}"
            """
        let run = try ChildProcess.run("/bin/bash", ["--norc", "--noprofile", "-c", complete], directory: scratch.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("-F _pushpull pushpull"), "\(run.output)")
        #expect(run.output.split(separator: "\n").last == "snapshot", "\(run.output)")
    }

    @Test("man renders docs/pushpull.1 without a warning", .enabled(if: available("/usr/bin/groff")))
    func manPageRenders() throws {
        let page = repositoryRoot.appendingPathComponent("docs/pushpull.1").path
        // -ww: every warning; -P-cbou: plain text, without the escapes for bold and underline.
        let run = try ChildProcess.run("/usr/bin/groff", ["-mandoc", "-Tutf8", "-ww", "-P-cbou", page])
        #expect(run.status == 0)
        #expect(run.errors.isEmpty, "\(run.errors)")
        for heading in ["SYNOPSIS", "KEYS", "ENVIRONMENT", "FILES", "EXIT STATUS"] {
            #expect(run.output.contains(heading), "\(heading)")
        }
    }
}
