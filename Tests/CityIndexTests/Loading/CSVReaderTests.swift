import Foundation
import Testing

@testable import CityIndex

@Suite struct CSVReaderTests {
  @Test(arguments: [
    ("a,b;c\n1,2;3\n", UInt8(ascii: ",")),  // two commas beat one semicolon
    ("a;b;c\n1;2;3\n", UInt8(ascii: ";")),
    ("a\tb\tc\n1\t2\t3\n", UInt8(ascii: "\t")),
    ("\"x;y\",b\n", UInt8(ascii: ",")),  // delimiters inside quotes do not count
    ("single\n1\n", UInt8(ascii: ",")),
  ])
  func detectsTheDelimiterFromTheHeader(text: String, delimiter: UInt8) throws {
    let (_, report) = try records(Array(text.utf8))
    #expect(report.dialect.delimiter == delimiter)
  }

  @Test func stripsTheByteOrderMarkAndAcceptsCRLF() throws {
    let (rows, report) = try records([0xEF, 0xBB, 0xBF] + Array("city;year\r\nBonn;2023\r\n".utf8))
    #expect(rows.map(\.fields) == [["city", "year"], ["Bonn", "2023"]])
    #expect(rows.map(\.line) == [1, 2])
    #expect(report.diagnostics.isEmpty)
  }

  @Test func readsQuotedDelimitersQuotesAndNewlinesAndKeepsLineNumbers() throws {
    let text = #"""
      city,note,value
      "Frankfurt, Main","said ""yes"" ",1
      Köln,"two
      lines",2
      Bonn,,3

      """#
    let (rows, _) = try records(Array(text.utf8))
    #expect(rows.map(\.fields) == [
      ["city", "note", "value"], ["Frankfurt, Main", "said \"yes\"", "1"], ["Köln", "two\nlines", "2"],
      ["Bonn", "", "3"],
    ])
    #expect(rows.map(\.line) == [1, 2, 3, 5])  // the quoted newline moves Bonn to line 5
  }

  @Test func skipsBlankRowsAndKeepsCounting() throws {
    let text = "a;b\r\n;;\r\n\r\n   \r\n1;2\r\n;\r\n"
    let (rows, _) = try records(Array(text.utf8))
    #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
    #expect(rows.map(\.line) == [1, 5])
  }

  @Test func trimsSpacesAroundEveryField() throws {
    let (rows, _) = try records(Array("a , \" b \" ,\u{A0}c\u{A0}\n".utf8))
    #expect(rows.map(\.fields) == [["a", "b", "c"]])
  }

  @Test func givesTheSameRecordsWhateverTheBlockSize() throws {
    let text = "\u{FEFF}city;note;value\r\n\"A\";\"x\r\ny\";1,5\r\nB;\"q\"\"\";2\r\n\r\nC;;3\r\n"
    let whole = try records(Array(text.utf8))
    for size in [4, 5, 7, 16] {
      let small = try records(Array(text.utf8), blockSize: size)
      #expect(small.rows.map(\.fields) == whole.rows.map(\.fields), "block size \(size)")
      #expect(small.rows.map(\.line) == whole.rows.map(\.line), "block size \(size)")
    }
    #expect(whole.rows.map(\.line) == [1, 2, 4, 6])
  }

  @Test func reportsAStrayQuoteWithLineAndColumn() throws {
    let (_, report) = try records(Array("a,b,c\n1,2,3\n4,5 \"inch\",6\n".utf8))
    #expect(report.diagnostics.map(\.description) == [
      "t.csv:3:2: quote inside an unquoted field (quote the whole field and write the inner quote as \"\")"
    ])
  }

  @Test func reportsTextAfterAClosingQuote() throws {
    let (_, report) = try records(Array("a,b\n\"x\"y,1\n".utf8))
    #expect(report.diagnostics.map(\.description) == [
      "t.csv:2:1: text after the closing quote of a quoted field (a quote inside a quoted field is written \"\")"
    ])
  }

  @Test func reportsAnUnterminatedQuoteWhereItsRecordStarts() throws {
    let (rows, report) = try records(Array("a,b\n1,2\n3,\"open\n4,5\n".utf8))
    #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
    #expect(report.diagnostics.map(\.description) == [
      "t.csv:3:2: unterminated quoted field: the quote that opens it is never closed"
    ])
  }

  @Test func readsWindows1252WithAWarning() throws {
    // "Düsseldorf;Köln" in Windows-1252: ü = 0xFC, ö = 0xF6, then € = 0x80.
    let bytes: [UInt8] = Array("city;x\nD".utf8) + [0xFC] + Array("sseldorf;K".utf8) + [0xF6, 0x6C, 0x6E, 0x80, 0x0A]
    let (rows, report) = try records(bytes)
    #expect(rows.map(\.fields) == [["city", "x"], ["Düsseldorf", "Köln€"]])
    #expect(report.diagnostics.map(\.description) == [
      "t.csv:2:1: warning: file is not valid UTF-8; read as Windows-1252 (save it as \"CSV UTF-8\" to avoid this)"
    ])
  }

  @Test func refusesUTF16WithAClearMessage() throws {
    let (rows, report) = try records([0xFF, 0xFE, 0x61, 0x00])
    #expect(rows.isEmpty)
    #expect(report.diagnostics.map(\.description) == [
      "t.csv: file is UTF-16; save it as \"CSV UTF-8\" (or any 8-bit CSV) and try again"
    ])
  }

  @Test func reportsAMissingFile() {
    let report = CSVReader(path: "/nonexistent/x.csv", displayName: "x.csv").forEachRecord { _ in }
    #expect(report.diagnostics.map(\.description) == ["x.csv: no such file"])
  }

  @Test func findsTheHeaderLineEndByteByByteAsTheBlocksArrive() {
    // The quoted line break does not end the header; the one after `d` does. Fed a growing
    // head, the scan agrees with a scan of each prefix from the start.
    let text = Array("a;\"b\nc\";d\nrow".utf8)
    var scan = CSVReader.HeaderLineScan()
    let answers = (1...text.count).map { scan.isComplete(Array(text[..<$0])) }
    #expect(answers == (1...text.count).map { CSVReader.holdsHeaderLine(Array(text[..<$0])) })
    #expect(answers.firstIndex(of: true) == 9)  // the prefix of 10 bytes, ending in the line break
  }

  @Test func reportsAFolder() throws {
    let folder = try TemporaryFolder()
    let report = CSVReader(path: folder.url.path, displayName: "data").forEachRecord { _ in }
    #expect(report.diagnostics.map(\.description) == ["data: is a folder, not a CSV file"])
  }

  @Test func readsANamedPipe() throws {
    // A pipe has no size: the reader takes its full buffers and reads to the end.
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("p.csv").path
    #expect(mkfifo(path, 0o600) == 0)
    let writer = Thread {
      let descriptor = open(path, O_WRONLY)
      let text = Array("a;b\n1;2\n3;4\n".utf8)
      _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
    }
    writer.start()
    var rows: [[String]] = []
    let report = CSVReader(path: path, displayName: "p.csv").forEachRecord { record in
      rows.append(record.strings)
    }
    #expect(report.diagnostics.isEmpty)
    #expect(report.dialect == .semicolon)
    #expect(rows == [["a", "b"], ["1", "2"], ["3", "4"]])
  }
}

/// The chunked reader (libcsv on another core, records replayed in order) must be
/// indistinguishable from the sequential one.
@Suite struct ChunkedCSVReaderTests {
  func read(_ bytes: [UInt8], chunkSize: Int?) throws -> (rows: [(line: Int, fields: [String])], diagnostics: [String]) {
    let folder = try TemporaryFolder()
    let path = try folder.write("c.csv", bytes: bytes)
    var rows: [(line: Int, fields: [String])] = []
    let reader = CSVReader(
      path: path, displayName: "c.csv", blockSize: 1 << 20, chunkedFrom: chunkSize == nil ? nil : 0,
      chunkSize: chunkSize ?? 1)
    let report = reader.forEachRecord { rows.append(($0.line, $0.strings)) }
    return (rows, report.diagnostics.map(\.description))
  }

  /// Records with quoted newlines, quotes, CRLF and blank lines, so that chunk boundaries fall
  /// inside quoted fields again and again.
  func corpus(records: Int) -> String {
    var text = "\u{FEFF}city;note;value\r\n"
    for i in 0..<records {
      switch i % 5 {
      case 0: text += "City \(i);\"two\nlines\";\(i),5\r\n"
      case 1: text += "\"Q \"\"\(i)\"\"\";plain;\(i)\n"
      case 2: text += "City \(i);\"a;b\r\nc\n\";\(i)\n\n"
      case 3: text += ";;\r\n"
      default: text += "City \(i);;\(i)\r\n"
      }
    }
    return text
  }

  @Test(arguments: [5, 7, 13, 64, 333])
  func givesTheSameRecordsAndLinesAsTheSequentialReader(chunkSize: Int) throws {
    let bytes = Array(corpus(records: 200).utf8)
    let sequential = try read(bytes, chunkSize: nil)
    let chunked = try read(bytes, chunkSize: chunkSize)
    #expect(sequential.rows.count == 161)
    #expect(chunked.rows.map(\.fields) == sequential.rows.map(\.fields))
    #expect(chunked.rows.map(\.line) == sequential.rows.map(\.line))
    #expect(chunked.diagnostics == sequential.diagnostics)
  }

  @Test(arguments: [5, 11, 50])
  func reportsQuotingErrorsOnTheSameLine(chunkSize: Int) throws {
    let stray = Array((corpus(records: 40) + "Bad;x\"y;1\n" + corpus(records: 5)).utf8)
    let open = Array((corpus(records: 40) + "Bad;\"never closed;1\nmore\n").utf8)
    for bytes in [stray, open] {
      let sequential = try read(bytes, chunkSize: nil)
      let chunked = try read(bytes, chunkSize: chunkSize)
      #expect(sequential.diagnostics.count == 1)
      #expect(chunked.diagnostics == sequential.diagnostics)
      #expect(chunked.rows.map(\.line) == sequential.rows.map(\.line))
    }
  }

  @Test func findsRecordBoundariesOutsideQuotes() {
    func boundary(_ text: String) -> Int? { Array(text.utf8).withUnsafeBytes(CSVReader.recordBoundary) }
    #expect(boundary("a,b\nc,d\ne") == 8)
    #expect(boundary("a,\"x\ny\",b\nc") == 10)
    #expect(boundary("a,\"x\ny") == nil)  // the only line break is inside quotes
    #expect(boundary("\"open\n") == nil)
  }
}
