import CLibCSV
import Foundation

/// The separator and number conventions of one CSV file, found from its header line.
public struct CSVDialect: Sendable, Equatable {
  /// `,` `;` or tab.
  public var delimiter: UInt8

  public init(delimiter: UInt8) { self.delimiter = delimiter }

  /// German Excel writes `87,9` in `;`-separated files; in a `,` file a comma is always a
  /// separator, so a decimal comma is accepted only where it cannot be one.
  public var allowsDecimalComma: Bool { delimiter != UInt8(ascii: ",") }

  public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
  public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
  public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))
}

/// What reading one file produced besides its records.
struct CSVReadReport: Sendable {
  var dialect: CSVDialect = .comma
  /// Errors that stopped the read (unreadable file, bad quoting) and warnings (encoding).
  var diagnostics: [Diagnostic] = []
  /// Records handed to the body, blank ones not counted.
  var recordCount = 0
}

/// Streams a CSV file through libcsv, block by block, handing each non-blank record to a body.
///
///     let report = CSVReader(path: "datasets/a.csv").forEachRecord { record in
///       print(record.line, record.string(at: 0))
///     }
///
/// The reader finds the delimiter (`,` `;` or tab) from the header line, strips a UTF-8 byte
/// order mark, accepts CRLF, quoted fields with delimiters, quotes and newlines inside, and
/// skips blank records (no fields, or only empty ones, as Excel writes `;;;`). Quoting is
/// strict: a stray quote is an error with its line and column, never a silent guess.
/// This is the only file that talks to libcsv.
struct CSVReader {
  var path: String
  /// How the file is named in messages (the path as the user gave it).
  var displayName: String
  var blockSize: Int
  /// Files at least this large are tokenised in chunks on another core (`nil`: never).
  var chunkedFrom: Int?
  /// Chunk size for the chunked reader.
  var chunkSize: Int
  /// Lets a data loader have rows decoded on the workers of the chunked reader.
  var decoderSlot: DecoderSlot?

  init(
    path: String, displayName: String? = nil, blockSize: Int = 1 << 20, chunkedFrom: Int? = 8 << 20,
    chunkSize: Int = 4 << 20
  ) {
    self.path = path
    self.displayName = displayName ?? path
    self.blockSize = max(blockSize, 4)
    self.chunkedFrom = chunkedFrom
    self.chunkSize = max(chunkSize, 4)
  }

  /// Reads the whole file; `body` sees each record while it is valid (do not keep it).
  ///
  /// - Parameter decoded: for rows a worker decoded (chunked reading with a ``RowDecoder``):
  ///   takes the chunk, the row and its line; no ``CSVRecord`` is made for them, and `body`
  ///   sees only the other rows.
  func forEachRecord(
    _ body: (CSVRecord) -> Void, decoded: (DecodedChunk, _ row: Int, _ line: Int) -> Void = { _, _, _ in }
  ) -> CSVReadReport {
    let size = Self.regularFileSize(path)
    if let chunkedFrom, let size, size >= chunkedFrom {
      return forEachRecordInChunks(chunkSize: chunkSize, body, decoded: decoded)
    }
    // No field or block is longer than a regular file: a small file gets small buffers (a pipe
    // or a device, whose size says nothing, gets the full ones).
    let bufferSize = size.map { min(max($0 + 1, 128), 1 << 20) } ?? 1 << 20
    let blockSize = min(self.blockSize, bufferSize)
    return withOpenFile(body) { descriptor, state, report in
      var parser = csv_parser()
      csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL))
      // libcsv grows its field buffer by this much at a time: by its default 128 bytes a field
      // of many megabytes costs a realloc every 128 bytes, quadratic where realloc copies.
      csv_set_blk_size(&parser, bufferSize)
      defer { csv_free(&parser) }

      // The header line decides the delimiter, so bytes are held back until it is complete.
      // Blocks are read into one buffer with read(2): no Data, no allocation per block.
      var buffer = [UInt8](repeating: 0, count: blockSize)
      var head: [UInt8]? = []
      var headerLine = HeaderLineScan()
      var stopped = false
      while !stopped {
        let count = buffer.withUnsafeMutableBytes { Self.read(descriptor, into: $0) }
        guard count >= 0 else {
          report.diagnostics.append(
            .error(.cannotRead(reason: String(cString: strerror(errno))), at: state.pointee.here))
          break
        }
        if head != nil {
          // Appended in place: a copy of the growing head per block would be quadratic.
          head!.append(contentsOf: buffer[..<count])
          guard count == 0 || headerLine.isComplete(head!) else { continue }
          let pending = head!
          head = nil
          stopped = pending.withUnsafeBytes { bytes in
            guard let dialect = opening(bytes, state: state, report: &report) else { return true }
            csv_set_delim(&parser, dialect.delimiter)
            return !parse(UnsafeRawBufferPointer(rebasing: bytes[Self.bomLength(bytes)...]), parser: &parser, state: state, report: &report)
          }
          if count == 0 { break }
          continue
        }
        if count == 0 { break }
        stopped = buffer.withUnsafeBytes {
          !parse(UnsafeRawBufferPointer(rebasing: $0[..<count]), parser: &parser, state: state, report: &report)
        }
      }
      if stopped { return finish(&report, state) }
      if csv_fini(&parser, fieldCallback, recordCallback, state) != 0 {
        report.diagnostics.append(
          .error(
            .unterminatedQuote,
            at: SourceLocation(file: displayName, line: state.pointee.line, column: state.pointee.fieldCount + 1)))
      }
      return finish(&report, state)
    }
  }

  /// Opens the file and sets up the parser state around `read`: the part both readers share.
  /// `body` receives the records; `read` fills the report.
  func withOpenFile(
    _ body: (CSVRecord) -> Void,
    _ read: (_ descriptor: Int32, UnsafeMutablePointer<ParserState>, inout CSVReadReport) -> CSVReadReport
  ) -> CSVReadReport {
    var report = CSVReadReport()
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      report.diagnostics.append(.error(Self.cannotOpen(errno: errno), at: SourceLocation(file: displayName)))
      return report
    }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
      report.diagnostics.append(.error(.isAFolder, at: SourceLocation(file: displayName)))
      return report
    }
    return withoutActuallyEscaping(body) { body in
      let state = UnsafeMutablePointer<ParserState>.allocate(capacity: 1)
      state.initialize(to: ParserState(file: displayName, body: body))
      defer {
        state.pointee.free()
        state.deinitialize(count: 1).deallocate()
      }
      return read(descriptor, state, &report)
    }
  }

  /// Checks the encoding and sets the delimiter from the first bytes; `nil` (with an error in
  /// `report`) when the file cannot be read as CSV.
  /// Checks the encoding and finds the dialect from the first bytes, recording it in `state`
  /// and `report`; `nil` (with an error in `report`) when the file cannot be read as CSV. Both
  /// readers start here.
  func opening(
    _ bytes: UnsafeRawBufferPointer, state: UnsafeMutablePointer<ParserState>, report: inout CSVReadReport
  ) -> CSVDialect? {
    if let problem = Self.encodingProblem(bytes) {
      report.diagnostics.append(.error(problem, at: SourceLocation(file: displayName)))
      return nil
    }
    // The same window whatever the blocks: from after the BOM to `headerLimit` bytes in.
    let bom = Self.bomLength(bytes)
    let dialect = Self.detectDialect(UnsafeRawBufferPointer(rebasing: bytes[bom..<max(bom, min(bytes.count, Self.headerLimit))]))
    state.pointee.dialect = dialect
    report.dialect = dialect
    return dialect
  }

  static func bomLength(_ bytes: UnsafeRawBufferPointer) -> Int {
    bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// Whether `bytes` hold a whole first line (or so much that waiting longer is pointless).
  static func holdsHeaderLine(_ bytes: [UInt8]) -> Bool {
    var scan = HeaderLineScan()
    return scan.isComplete(bytes)
  }

  /// Finds the end of the header line while blocks arrive, looking at each byte once (a file
  /// read in small blocks would otherwise rescan the growing head for every block).
  struct HeaderLineScan {
    private var scanned = 0
    private var quoted = false
    private var found = false

    /// Whether `bytes` — the head so far, which only grows between calls — hold a whole first
    /// line, or so much that waiting longer is pointless.
    mutating func isComplete(_ bytes: [UInt8]) -> Bool {
      // The header line ends at a line break outside quotes (a quoted one does not end it); the
      // dialect is then found from the same bytes however the file was cut into blocks.
      guard !found, bytes.count < headerLimit else { return true }
      while scanned < bytes.count {
        let byte = bytes[scanned]
        scanned += 1
        if byte == UInt8(ascii: "\"") {
          quoted.toggle()
        } else if !quoted && (byte == 0x0A || byte == 0x0D) {
          found = true
          return true
        }
      }
      return false
    }
  }

  /// The dialect is found within this many bytes of the header (a line without a break in the
  /// first 1 MiB is read as if it ended there).
  static let headerLimit = 1 << 20

  /// The longest field or line read: 64 MB bounds the memory one record can take.
  static let fieldLimit = 64 << 20

  static let endlessLine = Problem.endlessLine(megabytes: fieldLimit >> 20)

  /// Feeds one block to libcsv; false (with an error in `report`) when the quoting is broken.
  func parse(
    _ bytes: UnsafeRawBufferPointer, parser: inout csv_parser,
    state: UnsafeMutablePointer<ParserState>, report: inout CSVReadReport
  ) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
    let consumed = csv_parse(&parser, base, bytes.count, fieldCallback, recordCallback, state)
    if consumed == bytes.count {
      // A field without end (a file with no line breaks or delimiters, a binary file) would grow
      // libcsv's buffer without bound: stop at a size no spreadsheet writes.
      let endless = parser.entry_pos > Self.fieldLimit || (!state.pointee.accumulate && state.pointee.bytes.count > Self.fieldLimit)
      guard endless else { return true }
      report.diagnostics.append(
        .error(Self.endlessLine, at: SourceLocation(file: displayName, line: state.pointee.line + state.pointee.newlinesInRecord)))
      return false
    }
    // libcsv stopped at the offending byte; the record began at `state.line`, and the part of
    // the field read so far may itself hold newlines.
    var line = state.pointee.line + state.pointee.newlinesInRecord
    if let partial = parser.entry_buf {
      line += UnsafeBufferPointer(start: partial, count: parser.entry_pos).count { $0 == 0x0A }
    }
    let location = SourceLocation(file: displayName, line: line, column: state.pointee.fieldCount + 1)
    if csv_error(&parser) == CSV_EPARSE {
      report.diagnostics.append(.error(parser.quoted != 0 ? .textAfterClosingQuote : .quoteInUnquotedField, at: location))
    } else {
      report.diagnostics.append(.error(.cannotParse(reason: String(cString: csv_strerror(csv_error(&parser)))), at: location))
    }
    return false
  }

  func finish(_ report: inout CSVReadReport, _ state: UnsafeMutablePointer<ParserState>) -> CSVReadReport {
    report.recordCount = state.pointee.recordCount
    if let location = state.pointee.fallbackLocation {
      report.diagnostics.append(
        .warning(.notUTF8, at: location))
    }
    return report
  }

  /// Why `open` failed, for a reader.
  static func cannotOpen(errno code: Int32) -> Problem {
    switch code {
    case ENOENT: .noSuchFile
    case EACCES: .permissionDenied
    case EISDIR: .isAFolder
    default: .cannotOpen(reason: String(cString: strerror(code)))
    }
  }

  /// The size of a regular file; `nil` for a pipe, a device or a path that cannot be examined.
  static func regularFileSize(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// Reads up to `buffer.count` bytes, retrying when a signal interrupts: the count, 0 at the
  /// end of the file, -1 on an error (in `errno`).
  static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    while true {
      let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
      if count >= 0 || errno != EINTR { return count }
    }
  }

  /// UTF-16 files (Excel's "Unicode Text") would otherwise be read as garbage.
  static func encodingProblem(_ bytes: UnsafeRawBufferPointer) -> Problem? {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .utf16
    }
    return nil
  }

  /// Picks the delimiter that occurs most often outside quotes in the header line (`,` on a tie).
  static func detectDialect(_ bytes: UnsafeRawBufferPointer) -> CSVDialect {
    var commas = 0
    var semicolons = 0
    var tabs = 0
    var quoted = false
    for byte in bytes.prefix(headerLimit) {
      switch byte {
      case UInt8(ascii: "\""): quoted.toggle()
      case UInt8(ascii: "\n") where !quoted, UInt8(ascii: "\r") where !quoted:
        return pick(commas, semicolons, tabs)
      case UInt8(ascii: ",") where !quoted: commas += 1
      case UInt8(ascii: ";") where !quoted: semicolons += 1
      case UInt8(ascii: "\t") where !quoted: tabs += 1
      default: break
      }
    }
    return pick(commas, semicolons, tabs)
  }

  private static func pick(_ commas: Int, _ semicolons: Int, _ tabs: Int) -> CSVDialect {
    if semicolons > commas && semicolons >= tabs { return .semicolon }
    if tabs > commas && tabs > semicolons { return .tab }
    return .comma
  }
}
