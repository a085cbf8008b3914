import CTOML
import Glibc
import TOMLKit

/// TOMLKit 0.6.0 frees nothing its C++ side allocates: not the parsed document (toml++'s `new
/// toml::table`, about 20 KB for a scenario), nor the key list, string or number it copies out at
/// each read (another 10 KB), so every `--watch` reload grew the process. These read the same
/// values through the same C functions and free what they return, and `release` deletes a parsed
/// document once nothing refers to it. The pointers TOMLKit keeps internal are read where it stores
/// them (`pointer(of:)`).
public enum TOMLKitRelease {
    /// Deletes the document `table` was parsed into; neither it nor any value read from it may be used after.
    public static func release(_ table: TOMLTable) {
        let pointer = pointer(of: table)
        // toml::table's destructor is virtual and the first virtual function of toml::node: in the
        // Itanium C++ ABI, slot 1 of its vtable is the deleting destructor (`delete table`).
        let object = UnsafeMutableRawPointer(pointer)
        let vtable = object.load(as: UnsafePointer<UnsafeRawPointer>.self)
        let deletingDestructor = unsafeBitCast(vtable[1], to: (@convention(c) (UnsafeMutableRawPointer) -> Void).self)
        deletingDestructor(object)
    }

    /// The table's keys, in the document's order.
    public static func keys(of table: TOMLTable) -> [String] {
        let pointer = pointer(of: table)
        let count = table.count
        let keys = tableGetKeys(pointer)
        defer {
            for index in 0..<count { free(UnsafeMutableRawPointer(mutating: keys[index])) }
            free(UnsafeMutableRawPointer(mutating: keys))
        }
        return (0..<count).map { String(cString: keys[$0]) }
    }

    public static func string(_ value: any TOMLValueConvertible) -> String? {
        guard value.type == .string, let copy = nodeAsString(node(value)) else { return nil }
        defer { free(UnsafeMutableRawPointer(mutating: copy)) }
        return String(cString: copy)
    }

    public static func double(_ value: any TOMLValueConvertible) -> Double? {
        guard value.type == .double, let copy = nodeAsDouble(node(value)) else { return nil }
        defer { free(UnsafeMutableRawPointer(mutating: copy)) }
        return copy.pointee
    }

    public static func int(_ value: any TOMLValueConvertible) -> Int? {
        guard value.type == .int, let copy = nodeAsInt(node(value)) else { return nil }
        defer { free(UnsafeMutableRawPointer(mutating: copy)) }
        return Int(copy.pointee)
    }

    public static func bool(_ value: any TOMLValueConvertible) -> Bool? {
        guard value.type == .bool, let copy = nodeAsBool(node(value)) else { return nil }
        defer { free(UnsafeMutableRawPointer(mutating: copy)) }
        return copy.pointee
    }

    private static func node(_ value: any TOMLValueConvertible) -> OpaquePointer {
        pointer(of: value.tomlValue)
    }

    // TOMLKit 0.6.0 (its version is pinned) keeps each pointer in the first stored property: a
    // `TOMLTable` (a final class) has `tablePointer` just after the object's header of two words, a
    // `TOMLValue` (a struct) starts with `tomlValuePointer`. Read there: finding them by reflection
    // cost 4.6M instructions when the first theme loads, mostly the runtime's first look-ups for
    // `Mirror`, a tenth of the start to the first frame. TOMLKitReleaseTests hold both to what
    // reflection finds.

    /// The `toml::table` that `table` wraps.
    static func pointer(of table: TOMLTable) -> OpaquePointer {
        Unmanaged.passUnretained(table).toOpaque().load(fromByteOffset: 2 * MemoryLayout<UnsafeRawPointer>.size, as: OpaquePointer.self)
    }

    /// The `toml::node` that `value` wraps.
    static func pointer(of value: TOMLValue) -> OpaquePointer {
        withUnsafeBytes(of: value) { $0.load(as: OpaquePointer.self) }
    }
}
