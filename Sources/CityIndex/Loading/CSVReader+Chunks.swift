import CLibCSV
import Dispatch
import Foundation

/// The records of one chunk of a file, tokenised by libcsv on a worker thread (the parser's
/// buffers in `accumulate` mode, handed over whole) and replayed in file order.
final class ChunkTokens: @unchecked Sendable {
  let bytes: RawBuffer<UInt8>
  let ends: RawBuffer<Int>
  let lineOffsets: RawBuffer<Int>
  let recordStarts: RawBuffer<Int>
  let recordLines: RawBuffer<Int>
  /// Whether `lineOffsets` was kept (the chunk has quotes).
  let tracksFieldLines: Bool
  /// Lines the chunk spans (it ends after a line break, except the last).
  let lines: Int
  /// A quoting error, its line relative to the chunk.
  let error: Diagnostic?
  /// Every row in file order, decoded or pointing at its tokens (data files, once their
  /// header is known); `nil` when the records are all in the tokens.
  var decoded: DecodedChunk?

  var recordCount: Int { recordStarts.count }

  private init(taking state: inout ParserState, lines: Int, error: Diagnostic?) {
    bytes = state.bytes
    ends = state.ends
    lineOffsets = state.lineOffsets
    recordStarts = state.recordStarts
    recordLines = state.recordLines
    tracksFieldLines = state.tracksFieldLines
    // The state keeps fresh buffers to free; these now belong to the tokens.
    state.bytes = RawBuffer(capacity: 16)
    state.ends = RawBuffer(capacity: 16)
    state.lineOffsets = RawBuffer(capacity: 16)
    state.recordStarts = RawBuffer(capacity: 16)
    state.recordLines = RawBuffer(capacity: 16)
    self.lines = lines
    self.error = error
  }

  deinit {
    bytes.free()
    ends.free()
    lineOffsets.free()
    recordStarts.free()
    recordLines.free()
  }

  /// Tokenises `chunk`, which starts at a record boundary; `last` checks for an open quote at the end.
  ///
  /// - Parameter quoted: whether the chunk holds a quote, when the reader already knows
  ///   (finding the boundary counted them); `nil` to look.
  static func tokenize(
    _ chunk: [UInt8], dialect: CSVDialect, file: String, last: Bool, quoted: Bool? = nil, decoder: RowDecoder? = nil
  ) -> ChunkTokens {
    let state = UnsafeMutablePointer<ParserState>.allocate(capacity: 1)
    state.initialize(to: ParserState(file: file) { _ in })
    state.pointee.dialect = dialect
    state.pointee.accumulate = true
    state.pointee.tracksFieldLines =
      quoted ?? chunk.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0x22, bytes.count) != nil } ?? false }
    // Without a decoder every byte of the chunk stays in the tokens; with one, few do.
    if decoder == nil { state.pointee.bytes.grow(to: chunk.count) }
    defer {
      state.pointee.free()
      state.deinitialize(count: 1).deallocate()
    }
    var parser = csv_parser()
    csv_init(&parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL))
    csv_set_delim(&parser, dialect.delimiter)
    csv_set_blk_size(&parser, 128)
    state.pointee.wideFieldCopies = true
    defer { csv_free(&parser) }
    var decoded: DecodedChunk?
    if let decoder {
      let chunk = decoder.makeChunk()
      decoded = chunk
      state.pointee.decoding = chunk.storage
    }
    let reader = CSVReader(path: "", displayName: file)
    var report = CSVReadReport()
    var error: Diagnostic?
    let ok = chunk.withUnsafeBytes { reader.parse($0, parser: &parser, state: state, report: &report) }
    if !ok {
      error = report.diagnostics.first
    } else if csv_fini(&parser, fieldCallback, recordCallback, state) != 0 && last {
      error = .error(
        .unterminatedQuote,
        at: SourceLocation(file: file, line: state.pointee.line, column: state.pointee.fieldCount + 1))
    }
    // Fields of a record that an error cut short belong to no record: drop them, or the
    // replay would count them as the last complete record's (the sequential reader never
    // hands out a record it did not finish).
    state.pointee.bytes.truncate(to: state.pointee.byteBase)
    state.pointee.ends.truncate(to: state.pointee.fieldBase)
    if state.pointee.tracksFieldLines { state.pointee.lineOffsets.truncate(to: state.pointee.fieldBase) }
    let tokens = ChunkTokens(taking: &state.pointee, lines: state.pointee.line - 1, error: error)
    tokens.decoded = decoded
    return tokens
  }
}

extension CSVReader {
  /// The last position just after a line break that lies outside quotes, or `nil`. A quote
  /// inside a quoted field is doubled, so the parity of the quotes before a position tells
  /// whether it is inside one.
  static func recordBoundary(in bytes: UnsafeRawBufferPointer) -> Int? { recordSplit(in: bytes)?.end }

  /// ``recordBoundary(in:)`` and whether any quote stands before it.
  static func recordSplit(in bytes: UnsafeRawBufferPointer) -> (end: Int, quoted: Bool)? {
    guard let base = bytes.baseAddress else { return nil }
    var end = bytes.count
    while end > 0 {
      // The last line break before `end` (memrchr: a long line is searched at memory speed).
      guard let found = lastLineBreak(base, end) else { return nil }
      let position = base.distance(to: found)
      // Count quotes before the line break.
      var quotes = 0
      var cursor = 0
      while cursor < position, let quote = memchr(base + cursor, 0x22, position - cursor) {
        quotes += 1
        cursor = base.distance(to: UnsafeRawPointer(quote)) + 1
      }
      if quotes % 2 == 0 { return (position + 1, quotes > 0) }
      end = position
    }
    return nil
  }

  /// ``forEachRecord(_:)`` for large files: libcsv tokenises the next chunk on another core
  /// while this thread hands out the records of the previous one, in file order, with the
  /// same lines, values and errors as the sequential reader.
  func forEachRecordInChunks(
    chunkSize: Int, _ body: (CSVRecord) -> Void, decoded fast: (DecodedChunk, Int, Int) -> Void = { _, _, _ in }
  ) -> CSVReadReport {
    withOpenFile(body) { descriptor, state, report in
      var carry: [UInt8] = []
      var atEnd = false
      var first = true
      var dialect = CSVDialect.comma
      var readError: Int32?
      var headerLine = HeaderLineScan()
      /// Appends the next block to `carry`, or notes the end of the file. The bytes are read
      /// straight into a new buffer behind the carried ones: no `Data`, no second copy.
      func readMore() {
        let kept = carry
        let wanted = kept.count + chunkSize
        carry = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
          guard let base = buffer.baseAddress else { return }
          kept.withUnsafeBufferPointer { old in
            if let from = old.baseAddress { base.update(from: from, count: old.count) }
          }
          var filled = kept.count
          while filled < wanted {
            let got = Self.read(descriptor, into: UnsafeMutableRawBufferPointer(start: base + filled, count: wanted - filled))
            if got < 0 { readError = errno }
            if got <= 0 { break }
            filled += got
          }
          initialized = filled
        }
        if carry.count == kept.count || readError != nil { atEnd = true }
      }
      /// The next chunk: whole records, or the rest of the file; whether it holds a quote when
      /// finding its end told.
      func nextChunk() -> (bytes: [UInt8], quoted: Bool?)? {
        while true {
          if !atEnd && carry.count < chunkSize {
            readMore()
            if !atEnd && carry.count < chunkSize { continue }
          }
          if first {
            // The header line decides the dialect: read on until it is complete.
            guard atEnd || headerLine.isComplete(carry) else {
              readMore()
              continue
            }
            first = false
            guard let found = carry.withUnsafeBytes({ opening($0, state: state, report: &report) }) else { return nil }
            dialect = found
            carry.removeFirst(carry.withUnsafeBytes(Self.bomLength))
          }
          if carry.isEmpty { return nil }
          if atEnd {
            defer { carry = [] }
            return (carry, nil)
          }
          guard let (split, quoted) = carry.withUnsafeBytes(Self.recordSplit) else {
            // One record longer than a chunk: read on, but not without end (a file with no line
            // break would be read into memory whole).
            if carry.count > Self.fieldLimit {
              report.diagnostics.append(.error(Self.endlessLine, at: SourceLocation(file: displayName)))
              return nil
            }
            readMore()
            continue
          }
          // The chunk keeps the buffer; only the short tail is copied.
          var chunk = carry
          carry = Array(chunk[split...])
          chunk.removeLast(chunk.count - split)
          return (chunk, quoted)
        }
      }

      var linesBefore = 0
      /// Replays a chunk's records through `body`; false after a quoting error.
      func consume(_ tokens: ChunkTokens) -> Bool {
        let body = state.pointee.body
        if let decoded = tokens.decoded {
          // Decoded rows go to `fast` without a record; the others to `body` from their tokens.
          let (status, lines, token) = (decoded.status, decoded.line, decoded.token)
          state.pointee.recordCount += decoded.count
          for r in 0..<decoded.count {
            if status[r] == DecodedChunk.undecoded {
              body(CSVRecord(tokens, record: Int(token[r]), linesBefore: linesBefore, state: state))
            } else {
              fast(decoded, r, linesBefore + lines[r])
            }
          }
        } else {
          state.pointee.recordCount += tokens.recordCount
          for r in 0..<tokens.recordCount { body(CSVRecord(tokens, record: r, linesBefore: linesBefore, state: state)) }
        }
        if var error = tokens.error {
          let line = error.location?.line.map { $0 + linesBefore }
          error.location?.line = line
          report.diagnostics.append(error)
          return false
        }
        linesBefore += tokens.lines
        return true
      }

      // Chunks are tokenised (and decoded) ahead on every core; the window bounds memory.
      let window = max(2, ProcessInfo.processInfo.activeProcessorCount) + 1
      var pending: [(group: DispatchGroup, box: TokenBox)] = []
      /// Waits for the oldest chunk and replays it; false after a quoting error.
      func drainOldest() -> Bool {
        let (group, box) = pending.removeFirst()
        group.wait()
        guard let tokens = box.tokens else { return true }
        return consume(tokens)
      }
      var failed = false
      while !failed, let (chunk, quoted) = nextChunk() {
        let group = DispatchGroup()
        let box = TokenBox()
        let (dialectNow, file, last) = (dialect, displayName, atEnd && carry.isEmpty)
        let decoder = decoderSlot?.decoder
        DispatchQueue.global().async(group: group) {
          box.tokens = ChunkTokens.tokenize(
            chunk, dialect: dialectNow, file: file, last: last, quoted: quoted, decoder: decoder)
        }
        pending.append((group, box))
        if pending.count >= window { failed = !drainOldest() }
      }
      while !failed && !pending.isEmpty { failed = !drainOldest() }
      for job in pending { job.group.wait() }
      if let readError, !failed {
        report.diagnostics.append(
          .error(.cannotRead(reason: String(cString: strerror(readError))), at: SourceLocation(file: displayName)))
      }
      return finish(&report, state)
    }
  }
}

/// Hands a chunk's tokens from the worker to the reading thread (after the group's wait).
final class TokenBox: @unchecked Sendable {
  var tokens: ChunkTokens?
}

/// glibc's `memrchr(3)` (a GNU extension its Swift module map does not export).
@_silgen_name("memrchr")
private func memrchr(_ s: UnsafeRawPointer, _ c: Int32, _ n: Int) -> UnsafeRawPointer?

/// The last line feed in the first `count` bytes at `base`.
private func lastLineBreak(_ base: UnsafeRawPointer, _ count: Int) -> UnsafeRawPointer? { memrchr(base, 0x0A, count) }
