import Testing
@testable import TextSafety

/// The blocks `UntrustedText.isUnsafe` answers without the Unicode tables hold nothing the tables call unsafe.
@Suite("Blocks known safe")
struct SafeBlockTests {
    @Test("no control, bidirectional control or separator in them",
          arguments: [0x20..<0x7F, 0xA0..<0x600, 0x2500..<0x2900])
    func blocksHoldNothingUnsafe(_ values: Range<UInt32>) throws {
        for value in values {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(UntrustedText.isSafeBlock(scalar))
            let byTheTables = scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
                || value == 0x2028 || value == 0x2029
            #expect(!byTheTables, "U+\(String(value, radix: 16))")
        }
    }

    @Test func controlsAndBidiControlsAroundThemAreStillCaught() {
        for value: UInt32 in [0x1B, 0x7F, 0x85, 0x9B, 0x61C, 0x200E, 0x2028, 0x202E, 0x2066] {
            #expect(UntrustedText.isUnsafe(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }
}
