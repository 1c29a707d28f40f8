import Foundation

/// One record of a CSV file, valid only inside the body of ``CSVReader/forEachRecord(_:)``.
///
/// Fields are read as bytes (for numbers, without making a `String`) or as trimmed text.
/// Text that is not UTF-8 is decoded as Windows-1252, and the reader warns once per file.
struct CSVRecord {
  /// The reader's state: file name, dialect, and where a Windows-1252 fallback is noted.
  fileprivate let state: UnsafeMutablePointer<ParserState>
  private let bytes: UnsafePointer<UInt8>
  /// `ends[i]`: end of field `i` in `bytes`; field 0 starts at `byteStart`.
  private let ends: UnsafePointer<Int>
  /// `nil` when no field of the chunk holds a line break (see ``ParserState/tracksFieldLines``).
  private let lineOffsets: UnsafePointer<Int>?
  private let byteStart: Int
  let count: Int
  /// The line on which the record starts.
  let line: Int
  /// The record the parser holds right now.
  init(current state: UnsafeMutablePointer<ParserState>) {
    self.state = state
    // Field by field: a copy of the whole state would retain its file name and body.
    let fieldBase = state.pointee.fieldBase
    bytes = UnsafePointer(state.pointee.bytes.base)
    ends = UnsafePointer(state.pointee.ends.base + fieldBase)
    lineOffsets = state.pointee.tracksFieldLines ? UnsafePointer(state.pointee.lineOffsets.base + fieldBase) : nil
    byteStart = state.pointee.byteBase
    count = state.pointee.ends.count - fieldBase
    line = state.pointee.line
  }

  /// Record `index` of a tokenised chunk, its lines shifted by `linesBefore`.
  init(_ tokens: ChunkTokens, record index: Int, linesBefore: Int, state: UnsafeMutablePointer<ParserState>) {
    self.state = state
    let from = tokens.recordStarts[index]
    let to = index + 1 < tokens.recordStarts.count ? tokens.recordStarts[index + 1] : tokens.ends.count
    bytes = UnsafePointer(tokens.bytes.base)
    ends = UnsafePointer(tokens.ends.base + from)
    lineOffsets = tokens.tracksFieldLines ? UnsafePointer(tokens.lineOffsets.base + from) : nil
    byteStart = from == 0 ? 0 : tokens.ends[from - 1]
    count = to - from
    line = linesBefore + tokens.recordLines[index]
  }

  var file: String { state.pointee.file }
  /// The delimiter and number conventions of the file.
  var dialect: CSVDialect { state.pointee.dialect }

  /// Where field `index` is: its line (later than ``line`` after a quoted newline) and column.
  func location(at index: Int) -> SourceLocation {
    SourceLocation(file: file, line: line(at: index), column: index + 1)
  }

  /// The line on which field `index` starts (later than ``line`` after a quoted newline).
  func line(at index: Int) -> Int {
    guard let lineOffsets else { return line }
    return line + (index < count ? lineOffsets[index] : state.pointee.newlinesInRecord)
  }

  /// The location of the record as a whole.
  var location: SourceLocation { SourceLocation(file: file, line: line) }

  /// Calls `body` with the bytes of field `index`, spaces and tabs around them removed.
  func withBytes<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var lower = index == 0 ? byteStart : ends[index - 1]
    var upper = ends[index]
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    return body(UnsafeBufferPointer(start: bytes + lower, count: upper - lower))
  }

  /// Whether field `index` is empty after trimming.
  func isEmpty(at index: Int) -> Bool { withBytes(at: index) { $0.isEmpty } }

  /// The text of field `index`, trimmed of white space (non-breaking spaces included).
  func string(at index: Int) -> String {
    var fellBack = false
    let decoded = withBytes(at: index) { bytes -> String in
      if let text = String(validating: bytes, as: UTF8.self) { return text }
      fellBack = true
      return String(bytes: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }
    if fellBack && state.pointee.fallbackLocation == nil {
      state.pointee.fallbackLocation = location(at: index)
    }
    guard decoded.first?.isWhitespace == true || decoded.last?.isWhitespace == true else { return decoded }
    return decoded.trimmingCharacters(in: .whitespaces)
  }

  /// All fields as text.
  var strings: [String] { (0..<count).map(string(at:)) }
}
