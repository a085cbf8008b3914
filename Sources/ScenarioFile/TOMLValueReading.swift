import TOMLGuard
import TOMLKit

/// Why a value in the file cannot become the Swift value its key expects.
struct ValueMismatch: Error {
    let message: String
}

/// Conversions from TOML values to the model's plain types, strict about what each key accepts.
enum TOMLValueReading {
    /// Integers are fine where a number is expected; NaN and infinity are refused.
    static func number(_ value: any TOMLValueConvertible) throws(ValueMismatch) -> Double {
        let number: Double
        if let int = TOMLKitRelease.int(value) {
            number = Double(int)
        } else if let double = TOMLKitRelease.double(value) {
            number = double
        } else {
            throw ValueMismatch(message: "expected a number, found \(describe(value))")
        }
        guard number.isFinite else { throw ValueMismatch(message: "must be a finite number, not \(number)") }
        return number
    }

    /// A float is accepted only when it has no fractional part (`36.0`).
    static func wholeNumber(_ value: any TOMLValueConvertible) throws(ValueMismatch) -> Int {
        if let int = TOMLKitRelease.int(value) { return int }
        if let double = TOMLKitRelease.double(value) {
            guard double.isFinite, double == double.rounded(), abs(double) < 9e15 else {
                throw ValueMismatch(message: "expected a whole number, found \(double)")
            }
            return Int(double)
        }
        throw ValueMismatch(message: "expected a whole number, found \(describe(value))")
    }

    /// An array of numbers, each read as `number` reads one.
    static func numbers(_ value: any TOMLValueConvertible) throws(ValueMismatch) -> [Double] {
        guard let array = value.array else { throw ValueMismatch(message: "expected an array of numbers, found \(describe(value))") }
        var numbers: [Double] = []
        for (index, element) in array.enumerated() {
            do throws(ValueMismatch) {
                numbers.append(try number(element))
            } catch {
                throw ValueMismatch(message: "element \(index): \(error.message)")
            }
        }
        return numbers
    }

    static func text(_ value: any TOMLValueConvertible) throws(ValueMismatch) -> String {
        guard let string = TOMLKitRelease.string(value) else { throw ValueMismatch(message: "expected a string in quotes, found \(describe(value))") }
        return string
    }

    /// Seeds use the whole UInt64 range, but TOML integers stop at 2^63 − 1: larger seeds are written
    /// as a string of digits, so both forms are read.
    static func seed(_ value: any TOMLValueConvertible) throws(ValueMismatch) -> UInt64 {
        if let int = TOMLKitRelease.int(value) {
            guard int >= 0 else { throw ValueMismatch(message: "must be a whole number ≥ 0, not \(int)") }
            return UInt64(int)
        }
        if let string = TOMLKitRelease.string(value) {
            guard let seed = UInt64(string) else {
                throw ValueMismatch(message: "expected a whole number 0…\(UInt64.max), found \"\(string)\"")
            }
            return seed
        }
        throw ValueMismatch(message: "expected a whole number, found \(describe(value))")
    }

    /// The kind of value and, for short scalars, the value itself: `a string ("high")`.
    static func describe(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "a string (\"\(String(TOMLKitRelease.string(value)?.prefix(40) ?? ""))\")"
        case .int: "an integer (\(TOMLKitRelease.int(value) ?? 0))"
        case .double: "a floating-point number (\(TOMLKitRelease.double(value) ?? 0))"
        case .bool: "a boolean (\(TOMLKitRelease.bool(value) ?? false))"
        case .array: "an array"
        case .table: "a table"
        default: "a \(value.type)"
        }
    }
}
