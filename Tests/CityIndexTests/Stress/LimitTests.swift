import Foundation
import Testing

@testable import CityIndex

/// Inputs no spreadsheet writes end in a clear error or a correct result, with bounded memory
/// (issue 14; RELIABILITY.md has the measured peaks).
@Suite struct LimitTests {
  @Test func aLineWithoutEndStopsAt64Megabytes() throws {
    let folder = try TemporaryFolder()
    let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: CSVReader.fieldLimit + 1_000_000)
    let path = try folder.write("endless.csv", bytes: bytes)
    for chunk: Int? in [nil, 4 << 20] {  // read whole and in chunks
      let scan = CSVScan.records(path: path, chunkSize: chunk)
      #expect(scan.records.isEmpty)
      #expect(scan.messages.count == 1 && scan.messages[0].hasSuffix("a line longer than 64 MB (it does not end): is this a table, and the right file?"))
    }
  }

  @Test func aLogKeepsAThousandOfEachKindAndCountsTheRest() throws {
    var log = DiagnosticLog()
    for i in 0..<1_500 { log.error(.emptyKey, at: SourceLocation(file: "e", line: i + 1)) }
    for i in 0..<1_200 { log.warning(.notUTF8, at: SourceLocation(file: "w", line: i + 1)) }
    #expect(log.diagnostics.count == 2_000)
    #expect(log.omittedErrors == 500)
    var outer = DiagnosticLog()
    outer.append(log)
    #expect(outer.omittedErrors == 500 && outer.hasErrors)
    let thrown = diagnostics { try outer.throwIfErrors() }
    #expect(thrown.count == 2_000)
    #expect((try? outer.throwIfErrors()) == nil)
    do { try outer.throwIfErrors() } catch { #expect(error.omitted == 500) }
  }

  @Test func aMillionStrangersAreNamedTwentyTimesAndCounted() throws {
    let definition = try definition("id,parent,direction\nsci,,\na,sci,+\n")
    var text = "city,year,a\n"
    for i in 0..<25 { text += "Stadt \(i),2023,\(i)\n" }
    let data = try dataset(text, for: definition)
    let table = CityTable(cities: ["Bonn"], columns: [], rows: [[]])
    let found = CityMatching.unknownCities(data, in: table, file: "cities.csv")
    #expect(found.count == 21)
    #expect(found.last?.message == "5 more cities are not in cities.csv (25 in all)")
  }
}
