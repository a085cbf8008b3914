import Foundation
import ScenarioFile
import TestSupport
import Testing

/// TOMLKit frees nothing it allocates; the reader frees it (`TOMLKitRelease`), so `--watch` can
/// reload for a whole meeting. Run in a child process of its own, so other tests' memory is not counted.
@Suite struct ReloadMemoryTests {
    @Test("1,000 reloads of examples/example.toml hold memory flat (under 4 MiB of growth; 30 MB leaked before)")
    func thousandReloads() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
            let path = repositoryRoot.appendingPathComponent("examples/example.toml").path
            func residentBytes() -> Int {
                let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
                return (Int(statm.split(separator: " ").dropFirst().first ?? "") ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
            }
            // Warm up: the first reads fill caches and the allocator's pools.
            for _ in 0..<100 { _ = try? ScenarioReader.read(path: path) }
            let before = residentBytes()
            for _ in 0..<1000 {
                guard (try? ScenarioReader.read(path: path)) != nil else { exit(2) }
            }
            let growth = residentBytes() - before
            print("growth over 1,000 reloads: \(growth) bytes")
            exit(growth < 4 << 20 ? 0 : 1)
        }
        // The figure, for the record.
        print(String(decoding: result?.standardOutputContent ?? [], as: UTF8.self), terminator: "")
    }
}
