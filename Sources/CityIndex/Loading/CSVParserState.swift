import CLibCSV
import Foundation

/// The parser's working state, kept behind one pointer (class properties would cost the
/// exclusivity checks that TOOLING.md measured at ~20 %).
///
/// Sequentially, the buffers hold one record and are reset after it. In `accumulate` mode
/// (a chunk tokenised on a worker) they keep every record of the chunk, and `recordStarts`
/// and `recordLines` say where each begins.
struct ParserState {
  let file: String
  let body: (CSVRecord) -> Void
  var dialect = CSVDialect.comma
  var accumulate = false
  /// Whether fields may hold line breaks (quoted ones). A chunk without a quote has none, and
  /// then neither the per-field line offsets nor the search for line breaks are needed.
  var tracksFieldLines = true
  /// With `accumulate`: decodes each record as it ends (a long data file's rows, see
  /// ``RowDecoder``); a decoded record keeps no tokens. Unmanaged: the tokeniser owns both.
  var decoding: UnsafeMutablePointer<RowDecoding>?
  /// Whether short fields may be copied 16 bytes at a time: libcsv hands every field from the
  /// start of its entry buffer, which it allocates in blocks of `csv_set_blk_size` bytes, so
  /// with blocks of 128 the 16 bytes after a field's start are always its own memory.
  var wideFieldCopies = false
  /// With `decoding`: the current record's year is not read, so its fields up to the header's
  /// width are not copied (their count and line breaks still are): see ``appendField(_:_:)``.
  var elidesRecord = false
  var elidedYear = 0
  /// Bytes of the fields, back to back.
  var bytes = RawBuffer<UInt8>(capacity: 4096)
  /// End offset in `bytes` of each field.
  var ends = RawBuffer<Int>(capacity: 64)
  /// Newlines inside earlier quoted fields of the same record, per field.
  var lineOffsets = RawBuffer<Int>(capacity: 64)
  /// The current record's first field in `ends`, and first byte in `bytes`.
  var fieldBase = 0
  var byteBase = 0
  /// With `accumulate`: each kept record's first field and line.
  var recordStarts = RawBuffer<Int>(capacity: 16)
  var recordLines = RawBuffer<Int>(capacity: 16)
  /// Line on which the current record starts.
  var line = 1
  var newlinesInRecord = 0
  var previousTerminatorWasCR = false
  var recordCount = 0
  /// Where the first field that is not UTF-8 was met.
  var fallbackLocation: SourceLocation?

  init(file: String, body: @escaping (CSVRecord) -> Void) {
    self.file = file
    self.body = body
  }

  /// Frees the buffers (the state lives behind a pointer the reader deallocates).
  func free() {
    bytes.free()
    ends.free()
    lineOffsets.free()
    recordStarts.free()
    recordLines.free()
  }

  var fieldCount: Int { ends.count - fieldBase }
  var here: SourceLocation { SourceLocation(file: file, line: line) }

  mutating func appendField(_ pointer: UnsafeRawPointer?, _ count: Int) {
    if tracksFieldLines { lineOffsets.append(newlinesInRecord) }
    let index = ends.count - fieldBase
    if elidesRecord, let decoding, index < decoding.pointee.layout.width {
      // A row of a year not asked for: only the count of its fields (and the line breaks in
      // them) matter. Fields past the header's width are copied, for the ragged-row check.
      if tracksFieldLines, let pointer, count > 0, memchr(pointer, 0x0A, count) != nil {
        newlinesInRecord += UnsafeRawBufferPointer(start: pointer, count: count).count { $0 == 0x0A }
      }
      ends.append(bytes.count)
      return
    }
    if let pointer, count > 0 {
      let field = UnsafeRawBufferPointer(start: pointer, count: count)
      if wideFieldCopies && count <= 16 {
        bytes.appendShort(pointer, count: count)
      } else {
        bytes.append(contentsOf: field)
      }
      if tracksFieldLines, memchr(pointer, 0x0A, count) != nil { newlinesInRecord += field.count { $0 == 0x0A } }
      if let decoding, index == decoding.pointee.layout.year, let year = NumberParsing.plainYear(field.assumingMemoryBound(to: UInt8.self)),
        !decoding.pointee.keeps(year)
      {
        elidesRecord = true
        elidedYear = year
      }
    }
    ends.append(bytes.count)
  }

  /// Whether the record just ended is one to hand out (not blank, not the LF of a CRLF).
  func recordIsReportable(terminator: Int32) -> Bool {
    // CSV_REPALL_NL reports the LF of a CRLF as a record of its own: it ends no line.
    if terminator == 0x0A && ends.count == fieldBase && previousTerminatorWasCR { return false }
    return bytes.count > byteBase
  }

  /// Moves past the record just ended.
  mutating func advance(terminator: Int32, kept: Bool) {
    if accumulate && kept {
      recordStarts.append(fieldBase)
      recordLines.append(line)
    }
    if terminator == 0x0A && ends.count == fieldBase && previousTerminatorWasCR {
      previousTerminatorWasCR = false
    } else {
      line += newlinesInRecord + (terminator < 0 ? 0 : 1)
      previousTerminatorWasCR = terminator == 0x0D
    }
    newlinesInRecord = 0
    elidesRecord = false
    if accumulate && kept {
      fieldBase = ends.count
      byteBase = bytes.count
    } else if accumulate {
      bytes.truncate(to: byteBase)
      ends.truncate(to: fieldBase)
      if tracksFieldLines { lineOffsets.truncate(to: fieldBase) }
    } else {
      bytes.removeAll()
      ends.removeAll()
      lineOffsets.removeAll()
    }
  }
}

let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
  field, count, data in
  data?.assumingMemoryBound(to: ParserState.self).pointee.appendField(field, count)
}

let recordCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, data in
  guard let state = data?.assumingMemoryBound(to: ParserState.self) else { return }
  var kept = state.pointee.recordIsReportable(terminator: terminator)
  if kept {
    state.pointee.recordCount += 1
    if !state.pointee.accumulate {
      let body = state.pointee.body
      body(CSVRecord(current: state))
    } else if let decoding = state.pointee.decoding,
      state.pointee.elidesRecord && state.pointee.fieldCount == decoding.pointee.layout.width
    {
      decoding.pointee.appendSkipped(year: state.pointee.elidedYear, line: state.pointee.line)
      kept = false
    } else if let decoding = state.pointee.decoding, decoding.pointee.decodeCurrent(state) {
      kept = false  // decoded: its tokens are not needed
    }
  }
  state.pointee.advance(terminator: terminator, kept: kept)
}
