/// Every record of a CSV file as the loaders read it, for tools that check the reader itself
/// (the fuzzer compares a file read whole with the same file read in small chunks).
///
///     let whole = CSVScan.records(path: "a.csv")
///     let chunked = CSVScan.records(path: "a.csv", chunkSize: 64)
///     whole == chunked   // always
public enum CSVScan {
  /// One record: its line and its fields, trimmed, as text.
  public struct Record: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
  }

  /// What a read produced: the records, the messages, and the delimiter found.
  public struct Result: Sendable, Equatable {
    public var records: [Record]
    public var messages: [String]
    public var delimiter: UInt8
  }

  /// Reads the file whole (in blocks of `blockSize` bytes), or — with `chunkSize` — cut into
  /// chunks of that many bytes that are tokenised on other cores, as large files are.
  public static func records(path: String, blockSize: Int = 1 << 20, chunkSize: Int? = nil) -> Result {
    var reader = CSVReader(path: path, blockSize: blockSize, chunkedFrom: chunkSize == nil ? nil : 0)
    if let chunkSize { reader.chunkSize = chunkSize }
    var records: [Record] = []
    let report = reader.forEachRecord { record in records.append(Record(line: record.line, fields: record.strings)) }
    return Result(records: records, messages: report.diagnostics.map(\.description), delimiter: report.dialect.delimiter)
  }
}
