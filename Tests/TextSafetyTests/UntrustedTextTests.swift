import Testing
import TextSafety

@Suite("Untrusted text")
struct UntrustedTextTests {
    @Test("Every kind of unsafe scalar is escaped, the rest kept", arguments: [
        ("a\u{1B}[2Jb", "a\\u001B[2Jb"),          // an escape sequence
        ("\u{7}\u{7F}", "\\u0007\\u007F"),        // BEL, DEL
        ("x\u{9B}31m", "x\\u009B31m"),            // a C1 CSI
        ("1\u{2028}2\u{2029}", "1\\u20282\\u2029"), // line and paragraph separators
        ("abc\u{202E}fed", "abc\\u202Efed"),      // a right-to-left override
        ("Café 売上 🙂", "Café 売上 🙂"),
    ])
    func escapes(text: String, expected: String) {
        #expect(UntrustedText.escaped(text) == expected)
    }

    @Test func escapingTwiceChangesNothingMore() {
        let once = UntrustedText.escaped("a\u{1B}b\u{85}")
        #expect(UntrustedText.escaped(once) == once)
    }

    @Test func textPastTheLimitEndsInAnEllipsis() {
        #expect(UntrustedText.escaped("abcdef", limit: 3) == "abc…")
        #expect(UntrustedText.escaped("abc", limit: 3) == "abc")
    }
}
