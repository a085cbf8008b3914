import Foundation
import PushPullModel
import Testing
@testable import CRMImport
import TestSupport
import TextSafety

/// Mutated, truncated, hostile and random exports, from a fixed seed so a failure reproduces.
/// Every input must give a calibration whose numbers are finite and whose row counts add up,
/// or a `CRMImportError` that can be printed on a terminal as it is.
@Suite struct CSVFuzzTests {
    /// The first 200 lines of the Maven sample next to the package, or a few of its rows.
    static let maven: [UInt8] = {
        if let data = FileManager.default.contents(atPath: mavenSamplePath) {
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(200)
            return Array(lines.joined(separator: [0x0A])) + [0x0A]
        }
        return Array("""
            opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
            1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054
            Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514
            EC4QE1BX,Darcel Schlecht,MG Special,Cancity,Won,2016-10-25,2017-03-07,50
            MV1LWRNH,Moses Frase,GTX Basic,Codehow,Won,2016-10-25,2017-03-09,588
            PE84CX4O,Zane Levy,GTX Basic,Hatfan,Won,2016-10-25,2017-03-02,517
            ZNBS69V1,Anna Snelling,MG Special,Ron-tech,Won,2016-10-29,2017-03-01,49
            9ME3374G,Vicki Laflamme,GTX Plus Basic,J-Texon,Lost,2016-10-30,2017-03-04,0
            7GN8Q4LL,Markita Hansen,GTX Basic,Cheers,Lost,2016-11-01,2017-03-18,0
            HAXMC4IX,James Ascencio,MG Advanced,,Engaging,2016-11-03,,
            6YLXHFGK,Boris Faz,GTX Pro,,Prospecting,,,

            """.utf8)
    }()

    static let salesforce = Array("""
        "Opportunity ID","Opportunity Name","Account Name","Stage","Amount","Created Date","Close Date","Opportunity Owner","Lead Source"\r
        "0065g00000AbCdE","Acme renewal","Acme, Inc.","Closed Won","$12,500.00","3/14/2024","6/30/2024","Ann Lee","Web"\r
        "0065g00000AbCdF","Globex pilot","Globex","Closed Lost","EUR 4,000","3/20/2024","5/02/2024","Bob Roy","Partner Referral"\r
        "0065g00000AbCdG","Initech ""big"" deal","Initech","Negotiation/Review","90,000","4/01/2024","7/31/2024","Ann Lee","Outbound"\r
        "0065g00000AbCdH","Umbrella","Umbrella Corp","Prospecting","","4/11/2024","","Cy Diaz",""\r

        """.utf8)

    static let hubspot = Array("""
        Record ID,Deal Name,Deal Stage,Amount,Create Date,Close Date,Deal owner,Associated Company,Original Source
        1001,Alpha,closedwon,1200.50,2024-01-05 10:00,2024-02-01 09:30,Dana,Alpha Ltd,ORGANIC_SEARCH
        1002,Beta,closedlost,,2024-01-09,2024-03-01,Dana,,PAID_SOCIAL
        1003,"Gamma, two
        lines",appointmentscheduled,5000,2024-02-10,,Eli,Gamma GmbH,DIRECT_TRAFFIC
        1004,Delta,closedwon,880,2024-02-11T08:00:00Z,2024-02-28,Eli,Delta SA,OFFLINE

        """.utf8)

    static var bases: [[UInt8]] { [maven, salesforce, hubspot] }

    // MARK: The properties every outcome must have

    static func check(_ bytes: [UInt8], options: ImportOptions = ImportOptions(), _ context: @autoclosure () -> String,
                      sourceLocation: SourceLocation = #_sourceLocation) -> Calibration? {
        do {
            let calibration = try Calibration(csvData: Data(bytes), name: "fuzz.csv", options: options)
            checkCalibration(calibration, context(), sourceLocation: sourceLocation)
            return calibration
        } catch let error as CRMImportError {
            let raw = error.description.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" }
            #expect(raw.isEmpty, "\(context()): raw control characters \(raw.map { String($0.value, radix: 16) }) in \(error.description.debugDescription.prefix(300))",
                    sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(context()): not a CRMImportError: \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    static func checkCalibration(_ c: Calibration, _ context: @autoclosure () -> String, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = c.rows
        #expect(rows.read == rows.used + rows.rejected.total && rows.used >= 0, "\(context()): \(rows)", sourceLocation: sourceLocation)
        #expect(c.won + c.lost + c.open == rows.used, "\(context()): \(c.won) + \(c.lost) + \(c.open) ≠ \(rows.used)", sourceLocation: sourceLocation)
        #expect(c.openPipeline.reduce(0) { $0 + $1.count } == c.open, "\(context())", sourceLocation: sourceLocation)
        var numbers: [(String, Double)] = []
        if let winRate = c.winRate { numbers.append(("winRate", winRate)) }
        if let cycle = c.salesCycle { numbers += [("cycle mean", cycle.meanMonths), ("cycle median", cycle.medianMonths)] }
        if let size = c.dealSize { numbers += [("deal size median", size.median), ("deal size sigma", size.sigma)] }
        if let throughput = c.throughput { numbers.append(("throughput", throughput.dealsPerSellerPerMonth)) }
        if let flow = c.newOpportunities { numbers.append(("new per month", flow.perMonth)) }
        for source in c.sources ?? [] { numbers.append(("source share", source.share)) }
        for (name, value) in numbers {
            #expect(value.isFinite, "\(context()): \(name) is \(value)", sourceLocation: sourceLocation)
        }
        if let winRate = c.winRate { #expect((0...1).contains(winRate), sourceLocation: sourceLocation) }
        // The summary and the calibrated scenario are built from the same numbers: they must not trap.
        // The summary quotes the file's names, stages and sources: nothing in it may reach a terminal raw.
        let unsafe = (c.summary + "\n").unicodeScalars.filter { $0 != "\n" && UntrustedText.isUnsafe($0) }
        #expect(unsafe.isEmpty, "\(context()): the summary carries \(unsafe.map { String($0.value, radix: 16) })",
                sourceLocation: sourceLocation)
        let calibrated = c.calibrate(.example)
        let issues = calibrated.scenario.validationIssues()
        #expect(issues.isEmpty, "\(context()): the calibrated example is invalid: \(issues)", sourceLocation: sourceLocation)
        // The fit replays the export in the model: a few paths and rounds are enough to find a trap or an invalid value.
        let imported = c.importedScenario(base: .example, options: FitOptions(paths: 4, rounds: 2))
        #expect(!imported.summary.unicodeScalars.contains { $0 != "\n" && UntrustedText.isUnsafe($0) }, sourceLocation: sourceLocation)
        let fittedIssues = imported.scenario.validationIssues()
        #expect(fittedIssues.isEmpty, "\(context()): the imported scenario is invalid: \(fittedIssues)", sourceLocation: sourceLocation)
    }

    // MARK: Mutators

    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] { bytes.split(separator: 0x0A, omittingEmptySubsequences: false) }
    static func joined(_ lines: [ArraySlice<UInt8>]) -> [UInt8] { Array(lines.joined(separator: [0x0A])) }

    static func randomByte(_ g: inout SeededGenerator) -> UInt8 {
        let interesting = Array("\",\r\n \t-./$0123456789:T".utf8) + [0x00, 0x1B, 0x7F, 0x80, 0xC3, 0xEF, 0xBB, 0xBF, 0xFF]
        return Bool.random(using: &g) ? interesting.randomElement(using: &g)! : UInt8.random(in: 0...255, using: &g)
    }

    static let oddValues = [
        "", "\"", "\"\"", "\"unbalanced", "un\"balanced", "1e400", "9" + String(repeating: "9", count: 400), "-0", "0", "-1",
        "NaN", "inf", "$", "1,00", "1,000,000.00", "0.0000001", "2017-02-30", "0000-01-01", "9999-12-31", "1/1/0001",
        "12/13/2017", "13/12/2017", "3/4/2017", "2017-1-1", "99999-01-01", "Won", "Lost", "closed won", "\u{1B}[2J",
        "\u{9B}", "\u{FEFF}", "é", "Closed\nWon", "\t \t",
    ]

    /// One random change to `bytes`.
    static func mutate(_ bytes: [UInt8], _ g: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        func position() -> Int { Int.random(in: 0...bytes.count, using: &g) }
        switch Int.random(in: 0..<13, using: &g) {
        case 0:
            bytes.insert(0x22, at: position())  // an unbalanced quote
        case 1:
            // Line ends changed to CR, CRLF or LF, some or all.
            let ends: [[UInt8]] = [[0x0D], [0x0D, 0x0A], [0x0A], [0x0A, 0x0D]]
            let end = ends.randomElement(using: &g)!
            let all = Bool.random(using: &g)
            var result: [UInt8] = []
            for byte in bytes {
                if byte == 0x0A, all || Int.random(in: 0..<4, using: &g) == 0 { result += end } else { result.append(byte) }
            }
            bytes = result
        case 2:
            bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: Bool.random(using: &g) ? 0 : position())
        case 3:
            bytes.insert(0x00, at: position())
        case 4:
            let broken: [[UInt8]] = [[0x80], [0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF, 0xFE]]
            bytes.insert(contentsOf: broken.randomElement(using: &g)!, at: position())
        case 5:
            // A cell replaced by an odd value, maybe quoted.
            var all = lines(bytes)
            let index = Int.random(in: 0..<all.count, using: &g)
            var cells = all[index].split(separator: 0x2C, omittingEmptySubsequences: false)
            guard !cells.isEmpty else { break }
            var value = oddValues.randomElement(using: &g)!
            if Bool.random(using: &g) { value = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            cells[Int.random(in: 0..<cells.count, using: &g)] = ArraySlice(value.utf8)
            all[index] = ArraySlice(Array(cells.joined(separator: [0x2C])))
            bytes = joined(all)
        case 6:
            var all = lines(bytes)
            all.insert(all[Int.random(in: 0..<all.count, using: &g)], at: Int.random(in: 0...all.count, using: &g))
            bytes = joined(all)
        case 7:
            var all = lines(bytes)
            all.swapAt(Int.random(in: 0..<all.count, using: &g), Int.random(in: 0..<all.count, using: &g))
            bytes = joined(all)
        case 8:
            bytes = Array(bytes.prefix(position()))
        case 9 where !bytes.isEmpty:
            bytes[Int.random(in: 0..<bytes.count, using: &g)] ^= UInt8(1) << UInt8.random(in: 0...7, using: &g)
        case 10 where !bytes.isEmpty:
            let start = Int.random(in: 0..<bytes.count, using: &g)
            bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...20, using: &g)))
        case 11:
            bytes.insert(randomByte(&g), at: position())
        default:
            // The header's columns shuffled or one of them duplicated.
            var all = lines(bytes)
            var cells = all[0].split(separator: 0x2C, omittingEmptySubsequences: false)
            if Bool.random(using: &g) { cells.shuffle(using: &g) } else if let cell = cells.randomElement(using: &g) { cells.append(cell) }
            all[0] = ArraySlice(Array(cells.joined(separator: [0x2C])))
            bytes = joined(all)
        }
        return bytes
    }

    // MARK: Tests

    @Test func theUnmutatedExportsImport() throws {
        for (index, base) in Self.bases.enumerated() {
            let calibration = try #require(Self.check(base, "base \(index)"))
            #expect(calibration.rows.used > 0 && calibration.won > 0)
        }
    }

    @Test func mutatedExports() {
        var g = SeededGenerator(state: 0xC5F_F022)
        var imported = 0
        for round in 0..<800 {
            var bytes = Self.bases[round % 3]
            for _ in 0..<Int.random(in: 1...(round % 10 == 0 ? 10 : 3), using: &g) { bytes = Self.mutate(bytes, &g) }
            if Self.check(bytes, "round \(round)") != nil { imported += 1 }
        }
        #expect(imported > 200, "imported: \(imported)")
    }

    @Test func mutatedExportsWithAnExplicitDateFormatAndMapping() throws {
        var g = SeededGenerator(state: 0xDA7E)
        let options = [
            ImportOptions(dateFormat: .dayFirst), ImportOptions(dateFormat: .monthFirst), ImportOptions(dateFormat: .iso),
            try ImportOptions(mapArguments: ["amount=Opportunity Name", "owner=Account Name"]),
            try ImportOptions(mapArguments: ["id=deal_stage", "stage=opportunity_id"]),
        ]
        for round in 0..<300 {
            var bytes = Self.bases[round % 3]
            for _ in 0..<Int.random(in: 0...3, using: &g) { bytes = Self.mutate(bytes, &g) }
            _ = Self.check(bytes, options: options[round % options.count], "options round \(round)")
        }
    }

    @Test func edgeShapes() {
        let header = Array(mavenHeader.utf8)
        let row = Array("A1,Ann,P,Acme,Won,2024-01-01,2024-01-31,100".utf8)
        var cases: [(String, [UInt8])] = [
            ("empty", []), ("a newline", [0x0A]), ("CRs", [0x0D, 0x0D, 0x0D]), ("a BOM", [0xEF, 0xBB, 0xBF]),
            ("a BOM and a newline", [0xEF, 0xBB, 0xBF, 0x0A]), ("two BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + header),
            ("header only", header), ("header and newline", header + [0x0A]), ("header CRLF", header + [0x0D, 0x0A]),
            ("a quote", [0x22]), ("quote header", [0x22] + header), ("commas", Array(",,,,\n,,,\n".utf8)),
            ("NUL header", header + [0x00, 0x0A] + row), ("NUL row", header + [0x0A] + row + [0x00]),
            ("BOM inside the header", Array(header[..<20]) + [0xEF, 0xBB, 0xBF] + Array(header[20...]) + [0x0A] + row),
            ("BOM in a row", header + [0x0A, 0xEF, 0xBB, 0xBF] + row), ("no newline at the end", header + [0x0A] + row),
            ("duplicated header", header + [0x2C] + header + [0x0A] + row + [0x2C] + row),
            ("header twice", header + [0x0A] + header + [0x0A] + row),
            ("only blank rows", header + Array(repeating: 0x0A, count: 1000)),
            ("row of quotes", header + [0x0A] + Array(repeating: 0x22, count: 999)),
            ("a control character in a column", Array("id,stage,\u{1B}[31mamount\u{9B}\n".utf8)),
            ("control characters only", Array("\u{1B}[2J\u{07}\u{9B}\n".utf8)),
        ]
        // Megabyte fields in a row and in the header (past the reader's 8 MiB limit is in NotACSVTests).
        let long = Array(repeating: UInt8(ascii: "9"), count: 1 << 20)
        cases.append(("1 MB amount", header + [0x0A] + Array("A1,Ann,P,Acme,Won,2024-01-01,2024-01-31,".utf8) + long))
        let quarter = Array(long[..<(1 << 18)])
        cases.append(("256 KB quoted stage", header + [0x0A] + Array("A1,Ann,P,Acme,\"".utf8) + quarter + Array("\",2024-01-01,,".utf8)))
        cases.append(("1 MB header", long + [0x2C] + header + [0x0A] + row))
        cases.append(("256 KB unclosed quote", header + [0x0A] + [0x22] + quarter))
        // Thousands of columns, in the header and in rows.
        let wide = (0..<5000).map { "c\($0)" }.joined(separator: ",")
        cases.append(("5000 unknown columns", Array((wide + "\n").utf8)))
        cases.append(("5000 columns and the known ones", Array((wide + "," + mavenHeader + "\n" + String(repeating: "x,", count: 5000)
            + "A1,Ann,P,Acme,Won,2024-01-01,2024-01-31,100\n").utf8)))
        cases.append(("a row of 100 000 cells", header + [0x0A] + row + Array(repeating: 0x2C, count: 100_000)))
        cases.append(("5000 missing columns", Array((String(repeating: "stage,", count: 5000) + "\n").utf8)))
        for (name, bytes) in cases { _ = Self.check(bytes, name) }
    }

    @Test func extremeAmountsAndDatesKeepTheNumbersFinite() {
        let amounts = ["1e308", "1" + String(repeating: "0", count: 308), "9" + String(repeating: "9", count: 400),
                       String(repeating: "9", count: 100_000), "0." + String(repeating: "0", count: 400) + "1", "0", "0.0", "-0"]
        for amount in amounts {
            let text = "\(mavenHeader)\nA1,Ann,P,Acme,Won,2024-01-01,2024-01-31,\(amount)\nA2,Bob,P,Acme,Won,2024-01-01,2024-01-02,5\n"
            _ = Self.check(Array(text.utf8), "amount of \(amount.count) characters")
        }
        for (engage, close) in [("0001-01-01", "9999-12-31"), ("9999-12-31", "9999-12-31"), ("0001-01-01", "0001-01-01"),
                                ("2/29/2000", "2/29/2400"), ("00001-01-01", "2024-01-01")] {
            let text = "\(mavenHeader)\nA1,Ann,P,Acme,Won,\(engage),\(close),100\nA2,Ann,P,Acme,Engaging,\(engage),,\n"
            _ = Self.check(Array(text.utf8), "dates \(engage) to \(close)")
        }
    }

    @Test func randomBytes() {
        var g = SeededGenerator(state: 0x0DD_B17E5)
        for round in 0..<400 {
            let count = Int.random(in: 0...2000, using: &g)
            var bytes = (0..<count).map { _ in round % 2 == 0 ? UInt8.random(in: 0...255, using: &g) : Self.randomByte(&g) }
            // Half of them behind a real header, so that the row reader sees them.
            if round % 4 >= 2 { bytes = Array(mavenHeader.utf8) + [0x0A] + bytes }
            _ = Self.check(bytes, "random round \(round)")
        }
    }
}

/// The bugs the fuzzing found, pinned down.
@Suite struct CSVFuzzFindingsTests {
    @Test func anAmountTooLargeForADoubleIsUnreadableNotInfinite() throws {
        let digits = String(repeating: "9", count: 400)
        #expect(parseAmount(ArraySlice(digits.utf8)) == nil)
        #expect(isClose(parseAmount(ArraySlice(("1" + String(repeating: "0", count: 308)).utf8)), 1e308))
        let calibration = try importCSV("\(mavenHeader)\nA1,Ann,P,Acme,Won,2024-01-01,2024-01-31,\(digits)\nA2,Ann,P,Acme,Won,2024-01-01,2024-01-31,100\n")
        #expect(calibration.rows.rejected.counts == [.unparsableAmount: 1])
        #expect(isClose(calibration.dealSize?.median, 100))
    }

    @Test func aDealSizeBeyondTheModelsLimitIsCappedInTheScenario() throws {
        let calibration = try importCSV("\(mavenHeader)\nA1,Ann,P,Acme,Won,2024-01-01,2024-01-31,1e308\n".replacingOccurrences(of: "1e308", with: "1" + String(repeating: "0", count: 300)))
        let calibrated = calibration.calibrate(.example)
        #expect(calibrated.scenario.sales.dealSizeMedian == ModelLimits.money)
        #expect(calibrated.scenario.validationIssues().isEmpty)
        #expect(calibrated.provenance["sales.dealSizeMedian"]?.hasSuffix(", capped at the model's limit") == true)
    }

    @Test func controlCharactersFromTheFileAreEscapedInErrors() {
        #expect { try importCSV("\u{1B}[2J,\u{9B}x\n") } throws: { error in
            (error as? CRMImportError)?.description
                == #"not a CSV opportunity export: the first line has no known column (found 2 columns: \u001B[2J | \u009Bx)"#
        }
        #expect { try importCSV("id,stage,\"a\nb\"\n") } throws: { error in
            (error as? CRMImportError)?.description.contains(#""a\u000Ab""#) == true
        }
    }
}
