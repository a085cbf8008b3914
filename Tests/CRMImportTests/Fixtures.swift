import Foundation
@testable import CRMImport

/// Imports CSV text given inline, the way a file would be read.
func importCSV(_ text: String, options: ImportOptions = ImportOptions()) throws -> Calibration {
    try Calibration(csvData: Data(text.utf8), name: "test.csv", options: options)
}

func importCSV(bytes: [UInt8], options: ImportOptions = ImportOptions()) throws -> Calibration {
    try Calibration(csvData: Data(bytes), name: "test.csv", options: options)
}

/// The header most tests use, in the Maven sample's names.
let mavenHeader = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value"

func isClose(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}
