import Presentation
import Foundation
import Testing
import PushPullModel
@testable import Reports

private func document(_ change: (inout Scenario) -> Void = { _ in }) throws -> (Scenario, Forecast, ReportDocument) {
    var scenario = Scenario.example
    scenario.simulation.paths = 200
    change(&scenario)
    let forecast = try MonteCarlo.run(scenario)
    let best = BalanceRecommendation(pushShare: 0.55, arrP50: 8e6, cashShortfall: 0, targetMiss: 0.2, meetsLimits: true)
    return (scenario, forecast, ReportDocument(scenario: scenario, forecast: forecast, best: best))
}

@Suite("Reports")
struct ReportTests {
    @Test("JSON holds the documented contract")
    func jsonContract() throws {
        let (scenario, forecast, doc) = try document()
        let json = try JSONReport.render(doc)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["horizonMonths", "paths", "seed", "levers", "months", "gauges", "summary"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["horizonMonths"] as? Int == scenario.simulation.horizonMonths)
        #expect(object["paths"] as? Int == scenario.simulation.paths)
        let levers = try #require(object["levers"] as? [String: Double])
        #expect(Set(levers.keys) == Set(Lever.allCases.map(\.rawValue)))
        #expect(levers["pushShare"] == scenario.levers.pushShare)
        let months = try #require(object["months"] as? [[String: Any]])
        #expect(months.count == scenario.simulation.horizonMonths)
        let first = months[0]
        #expect(first["month"] as? Int == 1)
        for band in ["bookings", "arr", "cash"] {
            let value = try #require(first[band] as? [String: Double], "month.\(band)")
            #expect(Set(value.keys) == ["p10", "p50", "p90"])
        }
        let wonMean = try #require((first["wonDeals"] as? [String: Double])?["mean"])
        #expect(abs(wonMean - forecast.months[0].meanWonDeals) <= 1e-12 * max(1, wonMean))
        let gauges = try #require(object["gauges"] as? [[String: Any]])
        #expect(gauges.count == GaugeID.allCases.count)
        for gauge in gauges {
            #expect(gauge["id"] is String && gauge["label"] is String && gauge["value"] is Double)
            #expect(["ok", "warn", "alert"].contains(gauge["status"] as? String ?? ""))
        }
        let summary = try #require(object["summary"] as? [String: Any])
        // JSONSerialization may round the last digit: compare to a part in a trillion.
        let arrP50 = try #require((summary["arrAtHorizon"] as? [String: Double])?["p50"])
        #expect(abs(arrP50 - forecast.arrAtHorizon.p50) <= 1e-12 * forecast.arrAtHorizon.p50)
        let quarterP50 = try #require((summary["nextQuarterBookings"] as? [String: Double])?["p50"])
        #expect(abs(quarterP50 - forecast.nextQuarterBookings.p50) <= 1e-12 * max(1, forecast.nextQuarterBookings.p50))
        let best = try #require(summary["bestBalance"] as? [String: Any])
        #expect(best["pushShare"] as? Double == 0.55)
        #expect(best["arrP50"] as? Double == 8e6)
        // and it decodes back into the same document
        #expect(try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8)) == doc)
    }

    @Test("A scenario name with escape sequences and a right-to-left override reaches no terminal raw")
    func hostileNameInTextReports() throws {
        let (_, _, doc) = try document { $0.name = "Evil \u{1B}[31mRED\u{1B}]0;pwned\u{07} \u{202E}abc end" }
        for (format, text) in [("table", TableReport.render(doc)), ("markdown", MarkdownReport.render(doc, baseline: nil))] {
            let unsafe = text.unicodeScalars.filter { ($0.properties.generalCategory == .control && $0 != "\n") || $0.properties.isBidiControl }
            #expect(unsafe.isEmpty, "\(format) carries \(unsafe.map { String($0.value, radix: 16) })")
            #expect(text.contains("RED") && text.contains("\\u001B") && text.contains("\\u202E"), "\(format) shows them as text")
        }
    }

    @Test("A currency from the file with escape sequences reaches no terminal raw in the table or Markdown, nor splits a cell")
    func hostileCurrencyInTextReports() throws {
        let (_, _, doc) = try document { $0.finance.currency = "\u{1B}]0;x\u{7}|" }
        for (format, text) in [("table", TableReport.render(doc)), ("markdown", MarkdownReport.render(doc, baseline: doc))] {
            let unsafe = text.unicodeScalars.filter { ($0.properties.generalCategory == .control && $0 != "\n") || $0.properties.isBidiControl }
            #expect(unsafe.isEmpty, "\(format) carries \(unsafe.map { String($0.value, radix: 16) })")
            #expect(text.contains("\\u001B") && text.contains("0;x\\u0007"), "\(format) shows the currency as text")
        }
        let leverRow = try #require(MarkdownReport.render(doc).split(separator: "\n").first { $0.hasPrefix("| Budget") })
        let cellBorders = zip([" "] + Array(leverRow), leverRow).filter { previous, character in character == "|" && previous != "\\" }
        #expect(cellBorders.count == 3, "\(leverRow)")
    }

    @Test("JSON escapes the C1 and bidirectional controls the encoder leaves raw, and still decodes to the same name")
    func hostileNameInJSON() throws {
        let name = "a\u{9B}31m\u{202E}b\u{85}c\u{2028}d\u{7F}e\u{1B}f"
        let (_, _, doc) = try document { $0.name = name }
        let json = try JSONReport.render(doc)
        let unsafe = json.unicodeScalars.filter { ($0.properties.generalCategory == .control && $0 != "\n") || $0.properties.isBidiControl }
        #expect(unsafe.isEmpty, "JSON carries \(unsafe.map { String($0.value, radix: 16) })")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?["scenario"] as? String == name)
    }

    @Test("Without a best balance the JSON says null rather than leaving the key out")
    func jsonBestBalanceNull() throws {
        let (scenario, forecast, _) = try document()
        let json = try JSONReport.render(ReportDocument(scenario: scenario, forecast: forecast, best: nil))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary.keys.contains("bestBalance"))
        #expect(summary["bestBalance"] is NSNull)
        #expect(try JSONDecoder().decode(ReportDocument.self, from: Data(json.utf8)).summary.bestBalance == nil)
    }

    @Test("CSV has a header and one row per month, every value a plain number")
    func csvRows() throws {
        let (scenario, forecast, doc) = try document { $0.simulation.horizonMonths = 18 }
        let lines = CSVReport.render(doc).split(separator: "\n").map(String.init)
        #expect(lines.count == scenario.simulation.horizonMonths + 1)
        #expect(lines[0] == CSVReport.header)
        let columns = CSVReport.header.split(separator: ",").count
        for (index, line) in lines.dropFirst().enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells.count == columns)
            #expect(cells.allSatisfy { Double($0) != nil }, "row \(index + 1): \(line)")
            #expect(Int(cells[0]) == index + 1)
        }
        let lastARR = Double(lines.last!.split(separator: ",")[5])!
        #expect(abs(lastARR - forecast.arrAtHorizon.p50) < 0.01)
    }

    @Test("The table names every lever and gauge, with status words")
    func tableForPeople() throws {
        let (_, forecast, doc) = try document()
        let text = TableReport.render(doc)
        for lever in Lever.allCases { #expect(text.contains(lever.label)) }
        for gauge in forecast.gauges {
            #expect(text.contains(gauge.label))
        }
        #expect(text.contains("Push 70% / Pull 30%"))
        #expect(text.contains("ok") || text.contains("warn") || text.contains("alert"))
        #expect(text.split(separator: "\n").count > doc.months.count)
    }

    @Test("Markdown compares against a baseline and escapes names from files")
    func markdownWithBaseline() throws {
        let (_, _, baseline) = try document()
        let (_, _, moved) = try document { s in
            s.levers.pushShare = 0.5
            s.name = "Q3 *plan* | \u{1b}[31mred"
        }
        let text = MarkdownReport.render(moved, baseline: baseline)
        #expect(text.hasPrefix("# Q3 \\*plan\\* \\| \\u001B\\[31mred\n"))
        #expect(!text.contains("\u{1b}"))
        #expect(text.contains("| Lever | Value | Baseline |"))
        #expect(text.contains("Push 50% / Pull 50%"))
        #expect(text.contains("Push 70% / Pull 30%"))
        #expect(text.contains("vs baseline"))
        let withoutBaseline = MarkdownReport.render(moved)
        #expect(!withoutBaseline.contains("Baseline"))
    }
}

@Suite("Number formats")
struct NumberFormatTests {
    @Test func money() {
        #expect(NumberFormat.money(2_400_000, currency: "EUR") == "€2.4M")
        #expect(NumberFormat.money(250_000, currency: "EUR") == "€250k")
        #expect(NumberFormat.money(-1_230_000, currency: "USD") == "−$1.2M")
        #expect(NumberFormat.money(999, currency: "CHF") == "CHF 999")
        #expect(NumberFormat.money(.nan, currency: "EUR") == "—")
        #expect(NumberFormat.money(3.2e9, currency: "GBP") == "£3.2B")
    }

    @Test func percentAndChange() {
        #expect(NumberFormat.percent(0.6) == "60%")
        #expect(NumberFormat.percent(0.005) == "1%")
        #expect(NumberFormat.change(from: 100, to: 112) == "+12%")
        #expect(NumberFormat.change(from: 100, to: 97) == "−3%")
        #expect(NumberFormat.change(from: 100, to: 100.2) == "same")
        #expect(NumberFormat.change(from: 0, to: 5) == "n/a")
    }
}

@Test("Push and pull shares always add up to 100%", arguments: [
    (0.7, "70%", "30%"), (0.005, "1%", "99%"), (0.995, "100%", "0%"), (0.0049, "0%", "100%"), (0.125, "13%", "87%"),
])
func balanceSharesAddUp(push: Double, pushText: String, pullText: String) {
    let shares = NumberFormat.balance(pushShare: push)
    #expect(shares.push == pushText && shares.pull == pullText)
    #expect(LeverText.value(.pushShare, push, currency: "EUR") == "Push \(pushText) / Pull \(pullText)")
}
