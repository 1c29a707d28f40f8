import Foundation
import Testing

@testable import CityIndex

/// Inputs the fuzzer found (`make fuzz`), kept in `Fixtures/fuzz/` with what they broke: a
/// file must read the same whole, in tiny blocks, and cut into tiny chunks on other cores.
@Suite struct FuzzFindingsTests {
  static let files: [String] = {
    guard let folder = try? fixture("fuzz") else { return [] }
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { "\(folder)/\($0)" }
  }()

  @Test func theCorpusIsThere() { #expect(Self.files.count >= 2) }

  @Test(arguments: files)
  func readsTheSameWholeInBlocksAndInChunks(path: String) {
    let whole = CSVScan.records(path: path)
    #expect(CSVScan.records(path: path, blockSize: 7) == whole)
    for chunk in [16, 23, 40, 63] {
      #expect(CSVScan.records(path: path, chunkSize: chunk).records == whole.records, "chunks of \(chunk)")
    }
  }

  /// `csv-header-quoted-newline.csv`: a line break inside quotes does not end the header, so the
  /// delimiter is found from the same bytes however the file is cut (it was `,` in 7-byte blocks
  /// and `;` whole).
  @Test func aQuotedLineBreakDoesNotEndTheHeader() {
    #expect(!CSVReader.holdsHeaderLine(Array("a;\"b\nc\";d".utf8)))
    #expect(CSVReader.holdsHeaderLine(Array("a;\"b\nc\";d\n".utf8)))
    #expect(CSVReader.holdsHeaderLine(Array("a;b\r".utf8)))
  }

  /// `csv-error-after-bare-cr.csv`: a quoting error in a record cut its fields short; chunked,
  /// they were handed out as part of the record before.
  @Test func fieldsOfARecordAnErrorCutShortBelongToNoRecord() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("t.csv", "a,b,c\rx,y\"z,w\n")
    let whole = CSVScan.records(path: path)
    #expect(whole.records.map(\.fields) == [["a", "b", "c"]])
    #expect(CSVScan.records(path: path, chunkSize: 16).records == whole.records)
  }
}
