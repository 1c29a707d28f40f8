import Synchronization

/// Decodes the rows of a long data file on the worker that tokenises them, record by record
/// as libcsv finishes each: year, city (as a chunk-local number), indicator column and value,
/// from the bytes. A decoded row keeps no tokens — the worker's buffers stay small and hot — and
/// the reading thread stores it without a record. Rows it cannot decode plainly (any error, an
/// unknown id, a ragged row, a name that is not plain UTF-8) keep their tokens and take the full
/// path, so messages stay exactly those of the sequential loader.
final class RowDecoder: @unchecked Sendable {
  let layout: RowLayout

  init(
    city: Int, year: Int, indicator: Int, value: Int, width: Int, keepYears: Set<Int>?, indicators: [String]
  ) {
    var table = ByteInterner(capacity: indicators.count)
    for (column, id) in indicators.enumerated() {
      var id = id
      id.withUTF8 { table.insert($0, value: column) }
    }
    layout = RowLayout(
      city: city, year: year, indicator: indicator, value: value, width: width, keepYears: keepYears, columns: table)
  }

  deinit { layout.columns.free() }

  /// A fresh chunk to decode into.
  func makeChunk() -> DecodedChunk { DecodedChunk(RowDecoding(layout: layout)) }
}

/// Where the fields of a long row are, which years are read, and the indicator ids.
struct RowLayout {
  let city: Int
  let year: Int
  let indicator: Int
  let value: Int
  let width: Int
  let keepYears: Set<Int>?
  /// Indicator ids → columns; read-only once built, so workers share it (the decoder frees it).
  let columns: ByteInterner
}

/// One chunk's decoding: the settings, the rows so far and the chunk-local city names. It
/// lives behind a pointer (``DecodedChunk/storage``) so that the parser's callback reaches it
/// per record without reference counting or exclusivity checks.
struct RowDecoding {
  let layout: RowLayout

  var status = RawBuffer<UInt8>(capacity: 1024)
  var years = RawBuffer<Int32>(capacity: 1024)
  var cities = RawBuffer<Int32>(capacity: 1024)
  var indicators = RawBuffer<Int32>(capacity: 1024)
  var values = RawBuffer<Double>(capacity: 1024)
  /// What each decoded value's writing says about the file's decimal convention (``NumberStyle``).
  var styles = RawBuffer<UInt8>(capacity: 1024)
  /// The line each row starts on, counted within the chunk.
  var lines = RawBuffer<Int>(capacity: 1024)
  /// For an undecoded row: its record among the chunk's tokens.
  var tokens = RawBuffer<Int32>(capacity: 1024)
  /// Chunk-local cities: their names back to back, and where each ends.
  var names = RawBuffer<UInt8>(capacity: 1024)
  var nameEnds = RawBuffer<Int>(capacity: 64)
  /// Names → chunk-local numbers (−1: not plain, leave its rows to the full path).
  var localCities = ByteInterner(capacity: 256)
  var lastYear = Int.min
  var lastYearKept = true

  init(layout: RowLayout) { self.layout = layout }

  /// Decodes the record `state` holds; `true` when the row needs no tokens.
  mutating func decodeCurrent(_ state: UnsafeMutablePointer<ParserState>) -> Bool {
    let record = CSVRecord(current: state)
    let line = state.pointee.line
    // The reading thread stores a decoded value at the record's line: a quoted line break
    // before the value field would move it, so such rows take the full path.
    guard record.count == layout.width, record.line(at: layout.value) == line else { return keep(line: line, state: state) }
    guard let yearValue = record.withBytes(at: layout.year, NumberParsing.plainYear) else { return keep(line: line, state: state) }
    if !keeps(yearValue) {
      appendSkipped(year: yearValue, line: line)
      return true
    }
    guard let column = record.withBytes(at: layout.indicator, { layout.columns.find($0) }) else {
      return keep(line: line, state: state)
    }
    let (parsed, style) = record.withBytes(at: layout.value) {
      NumberParsing.parse($0, decimalComma: state.pointee.dialect.allowsDecimalComma)
    }
    let number: Double
    switch parsed {
    case .number(let v): number = v
    case .missing: number = .nan
    default: return keep(line: line, state: state)  // errors, and `1.020` that only the file can settle
    }
    guard let local = record.withBytes(at: layout.city, { localCity($0) }) else { return keep(line: line, state: state) }
    append(DecodedChunk.decoded, year: yearValue, city: local, column: column, value: number, line: line, style: style)
    return true
  }

  /// Whether rows of `year` are read (the last answer is kept: rows come in runs of a year).
  mutating func keeps(_ year: Int) -> Bool {
    if year != lastYear {
      lastYear = year
      lastYearKept = layout.keepYears?.contains(year) ?? true
    }
    return lastYearKept
  }

  /// A row of a year that is not read.
  mutating func appendSkipped(year: Int, line: Int) {
    append(DecodedChunk.skipped, year: year, city: 0, column: 0, value: 0, line: line)
  }

  private mutating func append(
    _ state: UInt8, year: Int, city: Int, column: Int, value: Double, line: Int, token: Int = -1, style: NumberStyle = .plain
  ) {
    status.append(state)
    styles.append(style.rawValue)
    years.append(Int32(year))
    cities.append(Int32(city))
    indicators.append(Int32(column))
    values.append(value)
    lines.append(line)
    tokens.append(Int32(token))
  }

  /// A row the full path reads from its tokens (the record the parser is about to keep).
  private mutating func keep(line: Int, state: UnsafeMutablePointer<ParserState>) -> Bool {
    append(DecodedChunk.undecoded, year: 0, city: 0, column: 0, value: 0, line: line, token: state.pointee.recordStarts.count)
    return false
  }

  /// The chunk-local number of a city name, `nil` for an empty name or one that is not plain
  /// (not UTF-8, or white space that only the full path trims).
  private mutating func localCity(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if let known = localCities.value(for: bytes) { return known < 0 ? nil : known }
    guard !bytes.isEmpty else { return nil }
    let plain =
      String(validating: bytes, as: UTF8.self).map { !($0.first?.isWhitespace ?? true) && !($0.last?.isWhitespace ?? true) }
      ?? false
    guard plain else {
      localCities.insert(bytes, value: -1)
      return nil
    }
    let local = nameEnds.count
    names.append(contentsOf: UnsafeRawBufferPointer(bytes))
    nameEnds.append(names.count)
    localCities.insert(bytes, value: local)
    return local
  }

  func free() {
    status.free()
    years.free()
    cities.free()
    indicators.free()
    values.free()
    styles.free()
    lines.free()
    tokens.free()
    names.free()
    nameEnds.free()
    localCities.free()
  }
}

/// The rows of one chunk in file order: decoded ones with their values, the others pointing
/// at their tokens. Built on the worker, read on the reading thread.
final class DecodedChunk: @unchecked Sendable {
  static let undecoded: UInt8 = 0
  static let skipped: UInt8 = 1
  static let decoded: UInt8 = 2

  let storage: UnsafeMutablePointer<RowDecoding>
  /// Chunk-local city → dataset row (−1: not met yet), filled on the reading thread.
  private var rows: UnsafeMutablePointer<Int>?

  init(_ decoding: RowDecoding) {
    storage = .allocate(capacity: 1)
    storage.initialize(to: decoding)
  }

  var count: Int { storage.pointee.status.count }
  var status: RawBuffer<UInt8> { storage.pointee.status }
  var year: RawBuffer<Int32> { storage.pointee.years }
  var city: RawBuffer<Int32> { storage.pointee.cities }
  var column: RawBuffer<Int32> { storage.pointee.indicators }
  var value: RawBuffer<Double> { storage.pointee.values }
  var style: RawBuffer<UInt8> { storage.pointee.styles }
  var line: RawBuffer<Int> { storage.pointee.lines }
  var token: RawBuffer<Int32> { storage.pointee.tokens }

  /// The name of chunk-local city `local`, as the file spells it (plain UTF-8, trimmed).
  func name(_ local: Int) -> UnsafeBufferPointer<UInt8> {
    let ends = storage.pointee.nameEnds
    let start = local == 0 ? 0 : ends[local - 1]
    return UnsafeBufferPointer(start: storage.pointee.names.base + start, count: ends[local] - start)
  }

  /// The dataset row of chunk-local city `local`, `-1` until the reading thread sets it.
  func row(_ local: Int) -> Int {
    if rows == nil {
      let cities = max(storage.pointee.nameEnds.count, 1)
      let made = UnsafeMutablePointer<Int>.allocate(capacity: cities)
      made.initialize(repeating: -1, count: cities)
      rows = made
    }
    return rows?[local] ?? -1
  }

  func setRow(_ row: Int, for local: Int) { rows?[local] = row }

  deinit {
    storage.pointee.free()
    storage.deinitialize(count: 1).deallocate()
    rows?.deallocate()
  }
}

/// Where the data loader hands the reader a decoder once it has seen the header.
final class DecoderSlot: Sendable {
  private let current = Mutex<RowDecoder?>(nil)

  var decoder: RowDecoder? {
    get { current.withLock { $0 } }
    set { current.withLock { $0 = newValue } }
  }
}
