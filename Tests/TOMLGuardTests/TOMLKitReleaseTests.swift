import Testing
import TOMLKit
@testable import TOMLGuard

/// `TOMLKitRelease` reads TOMLKit's internal pointers where TOMLKit 0.6.0 stores them; these
/// hold the places to what reflection finds, so a TOMLKit that moves them fails here first.
@Suite("TOMLKit's internal pointers")
struct TOMLKitReleaseTests {
    @Test func tablesAndValuesAreReadWhereReflectionFindsThem() throws {
        let document = try TOMLTable(string: "name = \"x\"\n[colors]\npush = { fg = \"#ffffff\", bold = true }\n")
        defer { TOMLKitRelease.release(document) }
        let colors = try #require(document["colors"]?.table)
        for table in [document, colors] {
            let reflected = try #require(Mirror(reflecting: table).descendant("tablePointer") as? OpaquePointer)
            #expect(TOMLKitRelease.pointer(of: table) == reflected)
        }
        for value in [document["name"], colors["push"]] {
            let value = try #require(value).tomlValue
            let reflected = try #require(Mirror(reflecting: value).descendant("tomlValuePointer") as? OpaquePointer)
            #expect(TOMLKitRelease.pointer(of: value) == reflected)
        }
        #expect(TOMLKitRelease.keys(of: document).sorted() == ["colors", "name"])
        #expect(TOMLKitRelease.string(document["name"]!) == "x")
    }
}
