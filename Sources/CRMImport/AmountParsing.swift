/// Reads a money amount by hand (a NumberFormatter per row is too slow): `1054`, `-20.5`,
/// `$1,234.50`, `EUR 1,200`. Currency signs or codes around the number are ignored; commas must
/// group thousands, so a decimal comma such as `1,5` is unparsable rather than read as 15.
func parseAmount(_ bytes: ArraySlice<UInt8>) -> Double? {
    func isNumeric(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E }
    guard let first = bytes.firstIndex(where: isNumeric), let last = bytes.lastIndex(where: { (0x30...0x39).contains($0) }),
          first <= last else { return nil }
    var index = first
    var negative = false
    if bytes[index] == 0x2D {
        negative = true
        index += 1
    }
    var value = 0.0
    var integerDigits = 0
    var digitsSinceComma: Int?
    var fractionScale: Double?
    while index <= last {
        let byte = bytes[index]
        switch byte {
        case 0x30...0x39:
            let digit = Double(byte - 0x30)
            if let scale = fractionScale {
                value += digit * scale
                fractionScale = scale / 10
            } else {
                value = value * 10 + digit
                integerDigits += 1
                digitsSinceComma = digitsSinceComma.map { $0 + 1 }
            }
        case 0x2C where fractionScale == nil && integerDigits > 0 && (digitsSinceComma ?? 3) == 3:
            digitsSinceComma = 0
        case 0x2E where fractionScale == nil && (digitsSinceComma ?? 3) == 3:
            fractionScale = 0.1
        default:
            return nil
        }
        index += 1
    }
    guard integerDigits > 0 || fractionScale != nil, (digitsSinceComma ?? 3) == 3 else { return nil }
    // What lies outside the number may only be a currency sign or code, not more digits.
    func isStrayNumber(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || byte == 0x2C }
    guard !bytes[..<first].contains(where: isStrayNumber), !bytes[(last + 1)...].contains(where: isStrayNumber) else { return nil }
    // Hundreds of digits overflow to infinity, which would make every estimate from amounts NaN.
    guard value.isFinite else { return nil }
    return negative ? -value : value
}
