import Synchronization

/// Decodes the rows of a long data file on the worker that tokenised them: year, city (as a
/// chunk-local number), indicator column and value, from the bytes. Rows it cannot decode
/// plainly (any error, an unknown id, a ragged row) are left to the reading thread's full path,
/// so messages stay exactly those of the sequential loader.
final class RowDecoder: @unchecked Sendable {
  let city: Int
  let year: Int
  let indicator: Int
  let value: Int
  let width: Int
  let keepYears: Set<Int>?
  /// Indicator ids → columns; read-only once built, so workers share it.
  private let columns: ByteInterner

  init(
    city: Int, year: Int, indicator: Int, value: Int, width: Int, keepYears: Set<Int>?, indicators: [String]
  ) {
    self.city = city
    self.year = year
    self.indicator = indicator
    self.value = value
    self.width = width
    self.keepYears = keepYears
    var table = ByteInterner(capacity: indicators.count)
    for (column, id) in indicators.enumerated() {
      var id = id
      id.withUTF8 { table.insert($0, value: column) }
    }
    columns = table
  }

  deinit { columns.free() }

  /// Decodes every record of `tokens`.
  func decode(_ tokens: ChunkTokens, state: UnsafeMutablePointer<ParserState>) -> DecodedChunk {
    let decimalComma = state.pointee.dialect.allowsDecimalComma
    let chunk = DecodedChunk(count: tokens.recordCount)
    var cities = ByteInterner(capacity: 256)
    defer { cities.free() }
    var lastYear = Int.min
    var lastYearKept = true
    for r in 0..<tokens.recordCount {
      let record = CSVRecord(tokens, record: r, linesBefore: 0, state: state)
      // The reading thread stores a decoded value at the record's line: a quoted line break
      // before the value field would move it, so such rows take the full path.
      guard record.count == width, record.line(at: value) == record.line else { continue }
      let yearValue = record.withBytes(at: year) { bytes -> Int? in
        guard bytes.count == 4 else { return nil }
        var result = 0
        for byte in bytes {
          guard byte >= 0x30 && byte <= 0x39 else { return nil }
          result = result * 10 + Int(byte - 0x30)
        }
        return result >= 1000 ? result : nil
      }
      guard let yearValue else { continue }
      chunk.year[r] = Int32(yearValue)
      if yearValue != lastYear {
        lastYear = yearValue
        lastYearKept = keepYears?.contains(yearValue) ?? true
      }
      if !lastYearKept {
        chunk.status[r] = DecodedChunk.skipped
        continue
      }
      guard let column = record.withBytes(at: indicator, { columns.find($0) }) else { continue }
      let parsed = record.withBytes(at: value) { NumberParsing.cell($0, decimalComma: decimalComma) }
      let number: Double
      switch parsed {
      case .number(let v): number = v
      case .missing: number = .nan
      default: continue
      }
      let local = record.withBytes(at: city) { bytes -> Int? in
        if bytes.isEmpty { return nil }
        if let known = cities.value(for: bytes) { return known }
        let id = cities.count
        cities.insert(bytes, value: id)
        return id
      }
      guard let local else { continue }
      chunk.city[r] = Int32(local)
      chunk.column[r] = Int32(column)
      chunk.value[r] = number
      chunk.status[r] = DecodedChunk.decoded
      chunk.localCities = max(chunk.localCities, local + 1)
    }
    return chunk
  }
}

/// What a worker decoded of one chunk, record by record. Columns live behind `let` pointers,
/// so reading them costs neither reference counting nor exclusivity checks.
final class DecodedChunk: @unchecked Sendable {
  static let undecoded: UInt8 = 0
  static let skipped: UInt8 = 1
  static let decoded: UInt8 = 2

  let count: Int
  let status: UnsafeMutablePointer<UInt8>
  let year: UnsafeMutablePointer<Int32>
  let city: UnsafeMutablePointer<Int32>
  let column: UnsafeMutablePointer<Int32>
  let value: UnsafeMutablePointer<Double>
  var localCities = 0
  /// Chunk-local city → dataset row (−1: not met yet), filled on the reading thread.
  private(set) var rows: UnsafeMutablePointer<Int>?

  init(count: Int) {
    self.count = count
    status = .allocate(capacity: max(count, 1))
    status.initialize(repeating: Self.undecoded, count: max(count, 1))
    year = .allocate(capacity: max(count, 1))
    city = .allocate(capacity: max(count, 1))
    column = .allocate(capacity: max(count, 1))
    value = .allocate(capacity: max(count, 1))
  }

  /// The row table, made on first use.
  func cityRows() -> UnsafeMutablePointer<Int> {
    if let rows { return rows }
    let made = UnsafeMutablePointer<Int>.allocate(capacity: max(localCities, 1))
    made.initialize(repeating: -1, count: max(localCities, 1))
    rows = made
    return made
  }

  deinit {
    status.deallocate()
    year.deallocate()
    city.deallocate()
    column.deallocate()
    value.deallocate()
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
