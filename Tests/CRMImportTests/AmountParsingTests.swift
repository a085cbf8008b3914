import Testing
@testable import CRMImport

@Suite struct AmountParsingTests {
    private func amount(_ text: String) -> Double? { parseAmount(Array(text.utf8)[...]) }

    @Test func plainAndDecoratedAmounts() {
        #expect(amount("1054") == 1054)
        #expect(amount("0") == 0)
        #expect(amount("20.5") == 20.5)
        #expect(amount("-20.5") == -20.5)
        #expect(amount("$1,234.50") == 1234.5)
        #expect(amount("EUR 1,200") == 1200)
        #expect(amount("1 200 €") == nil)  // a space is no thousands separator: unreadable, not 1 or 200
        #expect(amount(".5") == 0.5)
    }

    @Test func ambiguousOrBrokenAmountsAreUnreadable() {
        #expect(amount("1,5") == nil)
        #expect(amount("12,34,567") == nil)
        #expect(amount("1.2.3") == nil)
        #expect(amount("abc") == nil)
        #expect(amount("-") == nil)
        #expect(amount("12abc34") == nil)
    }
}
