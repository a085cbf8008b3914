import Testing
@testable import CRMImport

@Suite struct ColumnMappingTests {
    @Test func salesforceHeaders() throws {
        let csv = """
            Opportunity ID,Opportunity Name,Stage,Created Date,Close Date,Amount,Opportunity Owner,Account Name,Lead Source
            006A,Big deal,Closed Won,2024-01-02,2024-02-01,"$12,000.00",Ann Lee,Acme,Web
            006B,Small deal,Qualification,2024-01-20,2024-06-30,500,Bob Ray,Beta,Purchased List
            """
        let calibration = try importCSV(csv)
        #expect(calibration.columns == [.id: "Opportunity ID", .stage: "Stage", .engageDate: "Created Date",
                                        .closeDate: "Close Date", .amount: "Amount", .owner: "Opportunity Owner",
                                        .account: "Account Name", .source: "Lead Source"])
        #expect(calibration.rows.used == 2)
        #expect(isClose(calibration.dealSize?.median, 12_000))
        #expect(calibration.openPipeline == [OpenStageCount(stage: "Qualification", count: 1)])
        #expect(calibration.sources?.map(\.channel) == [.push, .pull])  // Purchased List, Web (ties by name)
    }

    @Test func hubSpotHeadersInAnotherCase() throws {
        let csv = """
            record id,DEAL STAGE,Create Date,Close Date,Amount,Deal owner,Associated Company,Original Source
            1,closedwon,2024-03-01 09:30,2024-03-31 17:00,900,Ann,Acme,Organic Search
            2,closedlost,2024-03-02,2024-03-20,0,Ann,,Offline Sources
            3,appointmentscheduled,2024-03-05,,,Bob,Gamma,
            """
        let calibration = try importCSV(csv)
        #expect(calibration.columns[.id] == "record id")
        #expect(calibration.columns[.owner] == "Deal owner")
        #expect(calibration.columns[.account] == "Associated Company")
        #expect((calibration.won, calibration.lost, calibration.open) == (1, 1, 1))
        #expect(calibration.rowsWithoutAccount == 1)
        #expect(calibration.sources?.count == 2)  // the empty source cell is not a source
    }

    @Test func mapOverridesAndNamesColumnsLoosely() throws {
        let csv = """
            Deal Ref,Status,Opened,Closed On,Deal Value,Rep
            1,Won,2024-01-01,2024-01-11,100,Ann
            """
        let options = try ImportOptions(mapArguments: ["id=Deal Ref", "stage=status", "created=Opened",
                                                       "close=closed on", "amount=DEAL VALUE", "seller=Rep"])
        let calibration = try importCSV(csv, options: options)
        #expect(calibration.columns == [.id: "Deal Ref", .stage: "Status", .engageDate: "Opened", .closeDate: "Closed On",
                                        .amount: "Deal Value", .owner: "Rep"])
        #expect(calibration.won == 1)
    }

    @Test func missingRequiredFieldNamesItAndTheColumnsFound() {
        let csv = "Opportunity ID,Stage,Created Date,Close Date,Opportunity Owner\n1,Won,2024-01-01,2024-01-02,Ann\n"
        let expected = CRMImportError.missingColumns(
            fields: [.amount], columnsFound: ["Opportunity ID", "Stage", "Created Date", "Close Date", "Opportunity Owner"])
        #expect(throws: expected) { try importCSV(csv) }
        #expect(expected.description.contains("amount"))
        #expect(expected.description.contains("\"Created Date\""))
    }

    @Test func mapToAColumnThatDoesNotExist() throws {
        let options = try ImportOptions(mapArguments: ["amount=Revenue"])
        #expect(throws: CRMImportError.unknownColumn(field: .amount, column: "Revenue", columnsFound: mavenHeader.split(separator: ",").map(String.init))) {
            try importCSV(mavenHeader + "\n", options: options)
        }
    }

    @Test func badMapAndDateFormatArguments() {
        #expect(throws: CRMImportError.invalidMapping(argument: "amount")) { try ImportOptions(mapArguments: ["amount"]) }
        #expect(throws: CRMImportError.invalidMapping(argument: "price=Amount")) { try ImportOptions(mapArguments: ["price=Amount"]) }
        #expect(throws: CRMImportError.invalidDateFormat(argument: "yy/MM/dd")) { try ImportOptions(mapArguments: [], dateFormat: "yy/MM/dd") }
    }
}
