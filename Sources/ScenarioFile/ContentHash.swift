/// FNV-1a, 64 bits: enough to tell whether a scenario file changed, which is all it is used for
/// (not a defence against anyone forging a collision), and free of any dependency.
enum ContentHash {
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    /// Sixteen hex digits, as written in journal headers.
    static func hex(of text: String) -> String {
        let hex = String(of(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
