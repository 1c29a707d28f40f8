/// Values: parsing cells, the file's decimal convention, storing each value once (a second one
/// is a duplicate naming both places), flags.
extension DatasetBuilder {
  /// Stores a parsed value with its flag, or sets it aside until the file's decimal convention
  /// is known.
  mutating func keep(
    _ parsed: Parsed, city: Int, year: Int, column: Int, record: CSVRecord, field: Int, flag: Int?, file: Int,
    log: inout DiagnosticLog
  ) {
    switch parsed {
    case .value(let value):
      if store(value, city: city, year: year, column: column, record: record, field: field, file: file, log: &log) {
        noteFlag(record, field: flag, value: value, city: city, year: year, column: column)
      }
    case .ambiguous(let point, let thousands):
      let flagText = flag.flatMap { $0 < record.count ? record.string(at: $0) : nil } ?? ""
      pending.append(
        PendingValue(
          text: record.string(at: field), point: point, thousands: thousands, city: city, year: year, column: column,
          flag: flagText.isEmpty ? nil : flagText, location: record.location(at: field), file: file, source: currentSource))
    }
  }

  /// Stores the values set aside as the file's other values (or `--decimal`) say, or reports
  /// each as an error when nothing tells; one warning says how they were read.
  mutating func resolvePending(path: String, log: inout DiagnosticLog) {
    defer {
      pending = []
      styles = FileStyles()
    }
    guard !pending.isEmpty else { return }
    let detected: DecimalConvention? =
      commaLine != nil && pointLine == nil ? .comma : pointLine != nil && commaLine == nil ? .point : nil
    guard let chosen = convention ?? detected else {
      let both = commaLine.flatMap { comma in pointLine.map { (comma: comma, point: $0) } }
      for value in pending {
        log.error(
          .ambiguousNumber(text: value.text, point: value.point, thousands: value.thousands, context: .dataFile(both: both)),
          at: value.location)
      }
      return
    }
    let rowSource = currentSource
    defer { currentSource = rowSource }
    for value in pending {
      let number = chosen == .comma ? value.thousands : value.point
      currentSource = value.source
      if store(number, city: value.city, year: value.year, column: value.column, line: value.location.line ?? 1, file: value.file) {
        if let flag = value.flag { dataset.setFlag(flag, city: value.city, year: value.year, indicator: value.column) }
      } else {
        logDuplicate(city: value.city, year: value.year, column: value.column, file: value.file, at: value.location, log: &log)
      }
    }
    guard convention == nil, let first = pending.first else { return }
    log.warning(
      .decimalChosen(
        text: first.text, others: pending.count - 1, comma: chosen == .comma,
        value: chosen == .comma ? first.thousands : first.point, line: (chosen == .comma ? commaLine : pointLine) ?? 0),
      at: first.location)
  }

  /// A file's values with a decimal comma or an unmistakable decimal point: the first of each
  /// and how many.
  mutating func noteStyle(_ style: NumberStyle, at location: @autoclosure () -> SourceLocation, text: @autoclosure () -> String) {
    switch style {
    case .comma:
      if styles.comma == nil { styles.comma = (location(), text()) }
      styles.commas += 1
    case .point:
      if styles.point == nil { styles.point = (location(), text()) }
      styles.points += 1
    case .plain: break
    }
  }

  /// One file, one decimal convention: values written the other way (`1.5` among `2,5`) are an
  /// error naming the first of them — unless `--decimal` says which, and then every value of the
  /// file must follow it. A `,` file has only decimal points, whatever `--decimal` says.
  mutating func checkDecimalStyles(allowsDecimalComma: Bool, log: inout DiagnosticLog) {
    guard allowsDecimalComma else { return }
    if let convention {
      let (odd, count) = convention == .comma ? (styles.point, styles.points) : (styles.comma, styles.commas)
      if let odd {
        log.error(.decimalNotAsOption(text: odd.text, option: convention, count: count), at: odd.location)
      }
      return
    }
    guard let comma = styles.comma, let point = styles.point else { return }
    // The fewer (on a tie, the later) are the odd ones.
    let commaOdd = styles.commas < styles.points || (styles.commas == styles.points && (comma.location.line ?? 0) > (point.location.line ?? 0))
    let (odd, count, usual) = commaOdd ? (comma, styles.commas, point) : (point, styles.points, comma)
    log.error(
      .decimalMixed(text: odd.text, comma: commaOdd, usualLine: usual.location.line ?? 0, usualText: usual.text, count: count),
      at: odd.location)
  }

  /// Keeps the flag of a stored value, when the row has one and the value is not missing.
  mutating func noteFlag(_ record: CSVRecord, field: Int?, value: Double, city: Int, year: Int, column: Int) {
    guard let field, field < record.count, !value.isNaN else { return }
    let text = record.string(at: field)
    if !text.isEmpty { dataset.setFlag(text, city: city, year: year, indicator: column) }
  }

  /// A cell's value, or the two ways it could be read.
  enum Parsed {
    /// A number, or `.nan` for a missing marker.
    case value(Double)
    case ambiguous(point: Double, thousands: Double)
  }

  /// The value of a cell; `nil` after an error.
  mutating func cell(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Parsed? {
    let (parsed, style) = record.withBytes(at: field) {
      NumberParsing.parse($0, decimalComma: record.dialect.allowsDecimalComma)
    }
    if style != .plain { noteStyle(style, at: record.location(at: field), text: record.string(at: field)) }
    switch parsed {
    case .number(let value): return .value(value)
    case .missing: return .value(.nan)
    case .ambiguous(let point, let thousands): return .ambiguous(point: point, thousands: thousands)
    case .notFinite:
      log.error(.valueNotFinite(record.string(at: field)), at: record.location(at: field))
    case .invalid:
      let text = record.string(at: field)
      log.error(
        .valueNotANumberMissingAs(text, commaOnlyWithSemicolon: !record.dialect.allowsDecimalComma && text.contains(",")),
        at: record.location(at: field))
    }
    return nil
  }

  /// Stores a value of a record; `false` (and an error) when the cell already has one.
  @discardableResult
  mutating func store(
    _ value: Double, city: Int, year: Int, column: Int, record: CSVRecord, field: Int, file: Int,
    log: inout DiagnosticLog
  ) -> Bool {
    guard !store(value, city: city, year: year, column: column, line: record.line(at: field), file: file) else { return true }
    logDuplicate(city: city, year: year, column: column, file: file, at: record.location(at: field), log: &log)
    return false
  }

  /// A value given twice: where it was given first.
  func logDuplicate(city: Int, year: Int, column: Int, file: Int, at location: SourceLocation, log: inout DiagnosticLog) {
    let origin = CellOrigin(origins[lastSlot][city * definition.leaves.count + column])
    let place = origin.file == file ? "line \(origin.lineText)" : "\(paths[origin.file]):\(origin.lineText)"
    log.error(
      .duplicateValue(city: dataset.cities[city], year: year, indicator: dataset.indicators[column], first: place), at: location)
  }

  /// Stores a value given on `line` of file `file`; `false` when the cell already has one.
  mutating func store(_ value: Double, city: Int, year: Int, column: Int, line: Int, file: Int) -> Bool {
    if year != lastYear {
      lastYear = year
      lastSlot = dataset.slot(for: year)
      if firstSeen[year] == nil { firstSeen[year] = SourceLocation(file: paths[file], line: line) }
      while origins.count <= lastSlot { origins.append([]) }
    }
    let slot = lastSlot
    let columns = definition.leaves.count
    let cell = city * columns + column
    if origins[slot].count <= cell {
      origins[slot] += repeatElement(0, count: max(cell + 1, dataset.cities.count * columns) - origins[slot].count)
    }
    guard origins[slot][cell] == 0 else { return false }
    origins[slot][cell] = CellOrigin.packed(file: file, line: line)
    dataset.set(value, city: city, slot: slot, column: column)
    if currentSource != 0 { dataset.setSource(currentSource, city: city, slot: slot, column: column) }
    return true
  }
}

/// Where a value was first given, packed into 32 bits: 6 bits of file number, 26 of line.
struct CellOrigin {
  static let lineBits: UInt32 = 26
  static let lineMask: UInt32 = (1 << lineBits) - 1
  var file: Int
  /// The line, or `nil` beyond what 26 bits hold (about 67 million).
  var line: Int?

  init(_ packed: UInt32) {
    file = Int(packed >> Self.lineBits)
    let stored = packed & Self.lineMask
    line = stored == Self.lineMask ? nil : Int(stored)
  }

  var lineText: String { line.map(String.init) ?? "a line after \(Self.lineMask - 1)" }

  /// Never 0: lines start at 1.
  static func packed(file: Int, line: Int) -> UInt32 {
    UInt32(min(file, 63)) << lineBits | UInt32(min(max(line, 1), Int(lineMask)))
  }
}

/// A value such as `1.020` waiting for its file's decimal convention.
struct PendingValue {
  var text: String
  var point: Double
  var thousands: Double
  var city: Int
  var year: Int
  var column: Int
  var flag: String?
  var location: SourceLocation
  var file: Int
  /// The row's source (``Dataset/noteSource(_:)``'s number).
  var source: Int32
}

/// The decimal styles a file's values show: the first value of each and how many.
struct FileStyles {
  var comma: (location: SourceLocation, text: String)?
  var point: (location: SourceLocation, text: String)?
  var commas = 0
  var points = 0
}
