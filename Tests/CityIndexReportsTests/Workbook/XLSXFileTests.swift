import Foundation
import Testing

@testable import CityIndexReports

/// The writer's own rules; the contents are read back with openpyxl in Tests/workbook.
@Suite struct XLSXFileTests {
  @Test func sheetNamesFollowExcelsRules() {
    #expect(XLSXFile.sheetNames(["Ranking", "a/b:c", "", "ranking"]) == ["Ranking", "a-b-c", "Sheet3", "ranking (2)"])
    let long = String(repeating: "x", count: 40)
    #expect(XLSXFile.sheetNames([long, long]).map(\.count) == [31, 31])
    #expect(XLSXFile.sheetNames([long, long])[1].hasSuffix(" (2)"))
  }

  @Test func writesAZipPackageWithTheSheets() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sci-\(UUID().uuidString).xlsx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let workbook = Workbook(
      title: "T",
      sheets: [
        .init(
          name: "One",
          tables: [
            .init(
              columns: [.init("City"), .init("Score", .oneDecimal)],
              rows: [[.text("Köln"), .number(84.25)], [Workbook.Cell(.number(1), comment: "2019 value", marked: true), .empty]])
          ], notes: ["note"])
      ])
    try XLSXFile.write(workbook, to: path)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.prefix(2) == Data("PK".utf8))
    #expect(data.count > 1000)
  }

  @Test func aFolderThatDoesNotExistIsAFailureNamingThePath() {
    let path = "/nonexistent-\(UUID().uuidString)/r.xlsx"
    #expect(throws: XLSXFile.Failure.self) { try XLSXFile.write(Workbook(title: "T", sheets: []), to: path) }
    do {
      try XLSXFile.write(Workbook(title: "T", sheets: [.init(name: "S", tables: [])]), to: path)
    } catch {
      #expect(error.path == path)
      #expect(!error.cause.isEmpty)
    }
  }

  @Test func numbersWidenTheirColumnsByTheirShownLength() {
    #expect(XLSXFile.shownLength(84.25, .oneDecimal) == 4)
    #expect(XLSXFile.shownLength(-3, .signedInteger) == 3)
    #expect(XLSXFile.shownLength(0.973, .percent) == 6)
    #expect(XLSXFile.shownLength(1234, .integer) == 4)
  }
}
