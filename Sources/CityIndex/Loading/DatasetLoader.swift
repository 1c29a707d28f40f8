/// Reads city data files, long (`city,year,indicator,value`) or wide (`city,year,<ids…>`),
/// told apart by the header: a file with `indicator` and `value` columns is long.
///
///     let dataset = try DatasetLoader.load(paths: ["datasets/a.csv"], definition: definition).value
///
/// Values from several files are merged; a (city, year, indicator) given twice is an error
/// that names both places. Missing markers (empty, `NA`, `n/a`, `-`, `.`) leave the value
/// missing but still count as given. Optional columns `note` and `source` are read past; an
/// optional `flag` column marks the quality of the row's value(s) (`proxy`: a larger area's
/// value stands in for the city), kept in the dataset.
public enum DatasetLoader {
  /// Loads every file, throwing every problem found in any of them at once.
  ///
  /// - Parameters:
  ///   - years: when given, rows of other years are skipped as soon as their year is read —
  ///     before any name lookup or number parsing, and without checking the rest of the row
  ///     (`sci validate` reads everything).
  ///   - required: years that must have rows (an error names the years there are); by default
  ///     every year of `years`.
  ///   - decimal: how to read a value such as `1.020` in a `;` or tab file, which could be 1.02 or
  ///     1020; by default each file's other values tell (a decimal comma anywhere: 1020), and
  ///     where they cannot, the value is an error that says what to write.
  ///   - keys: the cities' official keys (the cities file's `ags` column), for data files that
  ///     name cities by an `ags` (or `ars`) column — AGS, ARS or Kreis key — instead of, or
  ///     beside, `city`.
  ///   - ignoreUnknown: indicators the definition does not have are left out with one warning
  ///     that names them (a data file that serves several index variants); by default each is
  ///     an error, once per indicator with its row count, so that a typo cannot vanish.
  ///   - names: the cities file's names and aliases: a city written another way (`Muenchen`,
  ///     `Frankfurt a. M.`) is read as its official name, with one warning per spelling. Without
  ///     them, two spellings that fold alike (``CityNames/fold(_:)``) are read as the first one.
  ///     Either way two rows of one city, year and indicator are a duplicate naming both lines.
  public static func load(
    paths: [String], definition: IndexDefinition, years: Set<Int>? = nil, required: Set<Int>? = nil,
    decimal: DecimalConvention? = nil, ignoreUnknown: Bool = false, keys: CityKeys? = nil, names: CityNames? = nil
  ) throws(InputErrors) -> Loaded<Dataset> {
    try load(
      paths: paths, definition: definition, years: years, required: required, decimal: decimal, ignoreUnknown: ignoreUnknown,
      keys: keys, names: names, chunking: nil)
  }

  /// `chunking` overrides when and how the chunked reader cuts files (tests use tiny chunks).
  static func load(
    paths: [String], definition: IndexDefinition, years: Set<Int>?, required: Set<Int>? = nil,
    decimal: DecimalConvention? = nil, ignoreUnknown: Bool = false, keys: CityKeys? = nil, names: CityNames? = nil,
    chunking: (from: Int, size: Int)?
  ) throws(InputErrors) -> Loaded<Dataset> {
    var builder = DatasetBuilder(definition: definition)
    builder.ignoreUnknown = ignoreUnknown
    builder.keys = keys
    builder.names = names
    builder.keepYears = years
    builder.convention = decimal
    builder.requiredYears = required ?? years
    builder.chunking = chunking
    for (fileIndex, path) in paths.enumerated() {
      builder.read(path: path, fileIndex: fileIndex)
    }
    builder.reportUnknownIndicators()
    builder.reportUnknownKeys()
    builder.reportFoldedNames()
    builder.checkYears()
    builder.checkKeptYears()
    builder.checkNaturalRanges()
    builder.release()
    try builder.log.throwIfErrors()
    var dataset = builder.dataset
    dataset.files = paths
    return Loaded(dataset, warnings: builder.log.warnings)
  }
}

/// The mutable state of one load: the dataset so far, where each value came from, the log.
struct DatasetBuilder {
  let definition: IndexDefinition
  var dataset: Dataset
  var log = DiagnosticLog()
  /// Where each (year, city, indicator) was first given, for duplicate messages: per year
  /// slot, per cell, `CellOrigin` packed in 32 bits (0 = not given yet).
  private var origins: [[UInt32]] = []
  private var paths: [String] = []
  /// Where each year was first seen, for "year without data".
  private var firstSeen: [Int: SourceLocation] = [:]
  /// City names and indicator ids by their bytes, so that rows make no `String`.
  var cityRows = ByteInterner(capacity: 128)
  private var indicatorColumns = ByteInterner(capacity: 256)
  /// Only rows of these years are read (all when `nil`).
  var keepYears: Set<Int>?
  /// Years that must have rows.
  var requiredYears: Set<Int>?
  /// How to read `1.020` (stated with `--decimal`); `nil`: as each file's other values say.
  var convention: DecimalConvention?
  /// The current file's values that could be read two ways, stored once the file is read.
  private var pending: [PendingValue] = []
  /// The first line of the current file with a decimal comma (or thousands points) and with a
  /// decimal point that cannot be a thousands point.
  private var commaLine: Int?
  private var pointLine: Int?
  var chunking: (from: Int, size: Int)?
  /// The cities' official keys, for files with an `ags` column.
  var keys: CityKeys?
  /// In the current file: the column of official keys (when it has one; cities are then found
  /// by key) and of names beside them (checked against the key's city).
  var keyField: Int?
  var nameField: Int?
  /// Cities already found by key bytes; unknown keys with their rows, reported once each.
  var keyRows = ByteInterner(capacity: 128)
  var unknownKeys: [(key: String, rows: Int, first: SourceLocation, message: String)] = []
  /// (key, name) pairs that disagree, reported once each.
  var disagreements: Set<String> = []
  /// The cities file's names and aliases (``CityNames``).
  var names: CityNames?
  /// Each city row by its folded name, for spellings neither the data nor the cities file wrote
  /// exactly; and each other spelling read as a city, with where it first came, reported once.
  var rowsByFold: [String: Int] = [:]
  var foldedSpellings: [(spelling: String, city: String, first: SourceLocation)] = []
  /// Leave out indicators the definition does not have (one warning) instead of failing.
  var ignoreUnknown = false
  /// Indicators the definition does not have, in order of first appearance, with how many rows
  /// (long) or data rows under their column (wide) they have; reported once each at the end.
  private var unknownIndicators: [(id: String, rows: Int, first: SourceLocation)] = []
  /// Every year a row named, read or skipped.
  private var seenYears: Set<Int> = []
  private var lastSkippedYear = Int.min
  /// The year of the previous value and its slot: rows come grouped by year.
  private var lastYear = Int.min
  private var lastSlot = 0

  init(definition: IndexDefinition) {
    self.definition = definition
    dataset = Dataset(indicators: definition.leaves.map { definition.nodes[$0].id })
  }

  private enum Shape {
    case long(city: Int, year: Int, indicator: Int, value: Int)
    case wide(city: Int, year: Int, columns: [(field: Int, indicator: Int)])
  }
  /// The bytes of the last `source` cell seen, so that a repeated source makes no `String`.
  private var lastSource: [UInt8] = []

  mutating func read(path: String, fileIndex: Int) {
    paths.append(path)
    var shape: Shape?
    var log = DiagnosticLog()
    var rows = 0
    var sourceColumn: Int?
    var flagColumn: Int?
    var valueField = 0
    var cityField = 0
    let slot = DecoderSlot()
    let (dialect, fileProblems) = CSVTable.read(path: path, decoderSlot: slot, chunking: chunking) { header in
      shape = self.shape(of: header, log: &log)
      sourceColumn = header.index(of: "source")
      flagColumn = header.index(of: "flag")
      // Rows are decoded on the workers when there is nothing else to read from them.
      if case .long(let city, let year, let indicator, let value)? = shape, sourceColumn == nil, flagColumn == nil, keyField == nil {
        valueField = value
        cityField = city
        slot.decoder = RowDecoder(
          city: city, year: year, indicator: indicator, value: value, width: header.names.count,
          keepYears: keepYears, indicators: dataset.indicators)
      }
      return shape != nil
    } body: { record in
      rows += 1
      if let sourceColumn, sourceColumn < record.count { noteSource(record, field: sourceColumn) }
      switch shape {
      case .long(let city, let year, let indicator, let value)?:
        readLong(record, city: city, year: year, indicator: indicator, value: value, flag: flagColumn, file: fileIndex, log: &log)
      case .wide(let city, let year, let columns)?:
        readWide(record, city: city, year: year, columns: columns, flag: flagColumn, file: fileIndex, log: &log)
      case nil: break
      }
    } decoded: { chunk, r, line in
      // A decoded long row in one step: no record, no String but for a city's first row.
      rows += 1
      let yearValue = Int(chunk.year[r])
      if chunk.status[r] == DecodedChunk.skipped {
        noteSkipped(yearValue)
        return
      }
      let local = Int(chunk.city[r])
      var row = chunk.row(local)
      if row < 0 {
        row = cityRow(chunk.name(local), at: SourceLocation(file: path, line: line, column: cityField + 1))
        chunk.setRow(row, for: local)
      }
      let column = Int(chunk.column[r])
      if chunk.style[r] != 0 { noteStyle(NumberStyle(rawValue: chunk.style[r]) ?? .plain, line: line) }
      if !store(chunk.value[r], city: row, year: yearValue, column: column, line: line, file: fileIndex) {
        logDuplicate(city: row, year: yearValue, column: column, file: fileIndex, at: SourceLocation(file: path, line: line, column: valueField + 1), log: &log)
      }
    }
    if dialect != nil && shape != nil && rows == 0 {
      log.error("no data rows after the header", at: SourceLocation(file: path))
    }
    resolvePending(path: path, log: &log)
    self.log.append(contentsOf: fileProblems)
    self.log.append(log)
  }

  private mutating func shape(of header: CSVHeader, log: inout DiagnosticLog) -> Shape? {
    let isLong = header.index(of: "indicator") != nil && header.index(of: "value") != nil
    // Cities by official key (`ags`, or `ars`) where the file has one, the names beside checked.
    keyField = header.index(of: "ags") ?? header.index(of: "ars")
    nameField = keyField == nil ? nil : header.index(of: "city")
    if keyField != nil && keys == nil {
      log.error(
        "cities given by official key (\(CSVHeader.describe(header.index(of: "ags") != nil ? "ags" : "ars"))) need a cities file with an ags column (--cities)",
        at: header.location)
      return nil
    }
    let cityColumn = keyField.map { header.names[$0] } ?? "city"
    let required = isLong ? [cityColumn, "year", "indicator", "value"] : [cityColumn, "year"]
    let missing = required.filter { header.index(of: $0) == nil }
    for name in missing {
      let hint =
        isLong ? "" : " (a long file has city,year,indicator,value; a wide one city,year and one column per indicator)"
      log.error(
        "missing required column \(CSVHeader.describe(name))\(hint); the header has: \(header.names.joined(separator: ", "))",
        at: header.location)
    }
    guard missing.isEmpty, let city = keyField ?? header.index(of: "city"), let year = header.index(of: "year") else { return nil }
    if isLong, let indicator = header.index(of: "indicator"), let value = header.index(of: "value") {
      return .long(city: city, year: year, indicator: indicator, value: value)
    }
    var columns: [(field: Int, indicator: Int)] = []
    var ok = true
    let other = Set(["note", "source", "flag", "city"].compactMap { header.index(of: $0) })
    for (field, name) in header.names.enumerated() where field != city && field != year {
      if other.contains(field) { continue }
      if definition.index(of: name) == nil {
        // Counted per data row as the rows come, reported once at the end.
        unknownIndicators.append((name, 0, header.location(of: field)))
        columns.append((field, -unknownIndicators.count))
        continue
      }
      if let column = Self.indicatorColumn(name, definition: definition, at: header.location(of: field), log: &log) {
        columns.append((field, column))
      } else {
        ok = false
      }
    }
    if ok && columns.isEmpty {
      log.error("no indicator columns: a wide file has city, year and one column per indicator id", at: header.location)
      ok = false
    }
    return ok ? .wide(city: city, year: year, columns: columns) : nil
  }

  /// The column of an indicator id, or an error that says why it is none.
  private static func indicatorColumn(
    _ id: String, definition: IndexDefinition, at location: SourceLocation, log: inout DiagnosticLog
  ) -> Int? {
    guard let node = definition.index(of: id) else {
      let hint = Suggestion.hint(for: id, in: definition.leaves.map { definition.nodes[$0].id })
      log.error("unknown indicator '\(id)' (not in \(definition.file))\(hint)", at: location)
      return nil
    }
    guard let column = definition.leafColumn[node] else {
      log.error(
        "'\(id)' is a group in \(definition.file), not an indicator: data gives indicator values only",
        at: location)
      return nil
    }
    return column
  }

  private mutating func readLong(
    _ record: CSVRecord, city: Int, year: Int, indicator: Int, value: Int, flag: Int?, file: Int,
    log: inout DiagnosticLog
  ) {
    let yearValue = self.year(record, field: year, log: &log)
    if let keepYears, let yearValue, !keepYears.contains(yearValue) {
      noteSkipped(yearValue)
      return
    }
    guard let column = indicatorColumn(record, field: indicator, log: &log) else {
      // The row's other errors as well.
      _ = cityRow(record, field: city, log: &log)
      _ = cell(record, field: value, log: &log)
      return
    }
    if column < 0 { return }  // an indicator the definition does not have: counted, reported once
    let cityRow = cityRow(record, field: city, log: &log)
    let parsed = cell(record, field: value, log: &log)
    guard let cityRow, let yearValue, let parsed else { return }
    keep(parsed, city: cityRow, year: yearValue, column: column, record: record, field: value, flag: flag, file: file, log: &log)
  }

  /// Stores a parsed value with its flag, or sets it aside until the file's decimal convention
  /// is known.
  private mutating func keep(
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
          flag: flagText.isEmpty ? nil : flagText, location: record.location(at: field), file: file))
    }
  }

  /// Stores the values set aside as the file's other values (or `--decimal`) say, or reports
  /// each as an error when nothing tells; one warning says how they were read.
  private mutating func resolvePending(path: String, log: inout DiagnosticLog) {
    defer {
      pending = []
      commaLine = nil
      pointLine = nil
    }
    guard !pending.isEmpty else { return }
    let detected: DecimalConvention? =
      commaLine != nil && pointLine == nil ? .comma : pointLine != nil && commaLine == nil ? .point : nil
    guard let chosen = convention ?? detected else {
      let reason =
        commaLine != nil && pointLine != nil
        ? "the file has both decimal commas (line \(commaLine ?? 0)) and decimal points (line \(pointLine ?? 0))"
        : "no other value in the file tells which"
      for value in pending {
        log.error(
          NumberParsing.ambiguous(value.text, point: value.point, thousands: value.thousands, reason: reason, option: true),
          at: value.location)
      }
      return
    }
    for value in pending {
      let number = chosen == .comma ? value.thousands : value.point
      if store(number, city: value.city, year: value.year, column: value.column, line: value.location.line ?? 1, file: value.file) {
        if let flag = value.flag { dataset.setFlag(flag, city: value.city, year: value.year, indicator: value.column) }
      } else {
        logDuplicate(city: value.city, year: value.year, column: value.column, file: value.file, at: value.location, log: &log)
      }
    }
    guard convention == nil, let first = pending.first else { return }
    let how =
      chosen == .comma
      ? "with a thousands point (\(first.thousands.plainText)): the file writes decimal commas (line \(commaLine ?? 0))"
      : "with a decimal point (\(first.point.plainText)): the file writes decimal points (line \(pointLine ?? 0))"
    let others = pending.count == 1 ? "" : " and \(pending.count - 1) more like it"
    log.warning("read '\(first.text)'\(others) \(how); --decimal comma|point says so explicitly", at: first.location)
  }

  /// A file's first value with a decimal comma or an unmistakable decimal point.
  private mutating func noteStyle(_ style: NumberStyle, line: Int) {
    switch style {
    case .comma: if commaLine == nil { commaLine = line }
    case .point: if pointLine == nil { pointLine = line }
    case .plain: break
    }
  }

  /// Keeps the flag of a stored value, when the row has one and the value is not missing.
  private mutating func noteFlag(_ record: CSVRecord, field: Int?, value: Double, city: Int, year: Int, column: Int) {
    guard let field, field < record.count, !value.isNaN else { return }
    let text = record.string(at: field)
    if !text.isEmpty { dataset.setFlag(text, city: city, year: year, indicator: column) }
  }

  /// The column of the indicator a long row names, interned by its bytes; negative for an
  /// indicator the definition does not have (counted in `unknownIndicators`), `nil` after an
  /// error.
  private mutating func indicatorColumn(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    if let known = record.withBytes(at: field, { indicatorColumns.value(for: $0) }) {
      if known < 0 { unknownIndicators[-known - 1].rows += 1 }
      return known
    }
    let id = record.string(at: field)
    if id.isEmpty {
      log.error("empty indicator id", at: record.location(at: field))
      return nil
    }
    if definition.index(of: id) == nil {
      unknownIndicators.append((id, 1, record.location(at: field)))
      record.withBytes(at: field) { indicatorColumns.insert($0, value: -unknownIndicators.count) }
      return -unknownIndicators.count
    }
    let column = Self.indicatorColumn(id, definition: definition, at: record.location(at: field), log: &log)
    if let column {
      record.withBytes(at: field) { indicatorColumns.insert($0, value: column) }
    }
    return column
  }

  private mutating func readWide(
    _ record: CSVRecord, city: Int, year: Int, columns: [(field: Int, indicator: Int)], flag: Int?, file: Int,
    log: inout DiagnosticLog
  ) {
    let yearValue = self.year(record, field: year, log: &log)
    if let keepYears, let yearValue, !keepYears.contains(yearValue) {
      seenYears.insert(yearValue)
      return
    }
    let cityRow = cityRow(record, field: city, log: &log)
    guard let cityRow, let yearValue else { return }
    dataset.markParticipant(city: cityRow, year: yearValue)
    if firstSeen[yearValue] == nil { firstSeen[yearValue] = record.location }
    for (field, column) in columns where field < record.count {
      if column < 0 {
        unknownIndicators[-column - 1].rows += 1
        continue
      }
      guard let parsed = cell(record, field: field, log: &log) else { continue }
      keep(parsed, city: cityRow, year: yearValue, column: column, record: record, field: field, flag: flag, file: file, log: &log)
    }
  }

  private mutating func noteSource(_ record: CSVRecord, field: Int) {
    let same = record.withBytes(at: field) { $0.elementsEqual(lastSource) }
    guard !same else { return }
    lastSource = record.withBytes(at: field) { Array($0) }
    dataset.noteSource(record.string(at: field))
  }

  /// The row of a city named by plain, trimmed UTF-8 bytes (a worker checked them).
  private mutating func cityRow(_ name: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> Int {
    if let known = cityRows.value(for: name) { return known }
    let row = namedCityRow(String(decoding: name, as: UTF8.self), at: location)
    cityRows.insert(name, value: row)
    return row
  }

  private mutating func cityRow(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    if keyField == field, let keys { return keyedCityRow(record, field: field, keys: keys, log: &log) }
    if let known = record.withBytes(at: field, { cityRows.value(for: $0) }) { return known }
    let name = record.string(at: field)
    if name.isEmpty {
      log.error("empty city name", at: record.location(at: field))
      return nil
    }
    let row = namedCityRow(name, at: record.location(at: field))
    record.withBytes(at: field) { cityRows.insert($0, value: row) }
    return row
  }

  private func year(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    // Four ASCII digits, read from the bytes; anything else takes the slow path and its message.
    if let fast = record.withBytes(at: field, NumberParsing.plainYear) { return fast }
    let text = record.string(at: field)
    guard let year = Int(text), (1000...9999).contains(year) else {
      log.error(
        text.isEmpty ? "empty year" : "year '\(text)' is not a four-digit whole number",
        at: record.location(at: field))
      return nil
    }
    return year
  }

  /// A cell's value, or the two ways it could be read.
  private enum Parsed {
    /// A number, or `.nan` for a missing marker.
    case value(Double)
    case ambiguous(point: Double, thousands: Double)
  }

  /// The value of a cell; `nil` after an error.
  private mutating func cell(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Parsed? {
    let (parsed, style) = record.withBytes(at: field) {
      NumberParsing.parse($0, decimalComma: record.dialect.allowsDecimalComma)
    }
    if style != .plain { noteStyle(style, line: record.line(at: field)) }
    switch parsed {
    case .number(let value): return .value(value)
    case .missing: return .value(.nan)
    case .ambiguous(let point, let thousands): return .ambiguous(point: point, thousands: thousands)
    case .notFinite:
      log.error("value '\(record.string(at: field))' is not a finite number", at: record.location(at: field))
    case .invalid:
      let text = record.string(at: field)
      let hint =
        !record.dialect.allowsDecimalComma && text.contains(",")
        ? " (a decimal comma works only in ;-separated files)" : ""
      log.error(
        "value '\(text)' is not a number\(hint); write missing values as an empty cell, NA, n/a, - or .",
        at: record.location(at: field))
    }
    return nil
  }

  /// A row of a year that is not read: only remember that the year exists.
  private mutating func noteSkipped(_ year: Int) {
    if year != lastSkippedYear {
      lastSkippedYear = year
      seenYears.insert(year)
    }
  }

  /// Stores a value of a record; `false` (and an error) when the cell already has one.
  @discardableResult
  private mutating func store(
    _ value: Double, city: Int, year: Int, column: Int, record: CSVRecord, field: Int, file: Int,
    log: inout DiagnosticLog
  ) -> Bool {
    guard !store(value, city: city, year: year, column: column, line: record.line(at: field), file: file) else { return true }
    logDuplicate(city: city, year: year, column: column, file: file, at: record.location(at: field), log: &log)
    return false
  }

  /// A value given twice: where it was given first.
  private func logDuplicate(city: Int, year: Int, column: Int, file: Int, at location: SourceLocation, log: inout DiagnosticLog) {
    let origin = CellOrigin(origins[lastSlot][city * definition.leaves.count + column])
    let place = origin.file == file ? "line \(origin.lineText)" : "\(paths[origin.file]):\(origin.lineText)"
    log.error(
      "duplicate value for (\(dataset.cities[city]), \(year), \(dataset.indicators[column])): first given on \(place)",
      at: location)
  }

  /// Stores a value given on `line` of file `file`; `false` when the cell already has one.
  private mutating func store(_ value: Double, city: Int, year: Int, column: Int, line: Int, file: Int) -> Bool {
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
    return true
  }

  /// Each indicator the definition does not have, once: an error with its row count and a
  /// did-you-mean, or — with `ignoreUnknown` — one warning that names them all.
  mutating func reportUnknownIndicators() {
    guard let first = unknownIndicators.first else { return }
    let file = definition.file
    func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }
    if ignoreUnknown {
      let named = unknownIndicators.prefix(20).map { "'\($0.id)' (\(rows($0.rows)))" }
      let more = unknownIndicators.count > 20 ? " and \(unknownIndicators.count - 20) more" : ""
      let count = unknownIndicators.count
      log.warning(
        "left out \(count) indicator\(count == 1 ? "" : "s") that \(file) does not have (--ignore-unknown): "
          + named.joined(separator: ", ") + more, at: first.first)
      return
    }
    let ids = definition.leaves.map { definition.nodes[$0].id }
    for unknown in unknownIndicators {
      // A wide file's column is named in the header (line 1); a long file's rows from their first.
      let extent = unknown.first.line == 1 ? "a column of \(rows(unknown.rows))" : "\(rows(unknown.rows)) from here"
      log.error(
        "unknown indicator '\(unknown.id)' (not in \(file)), in \(extent)" + Suggestion.hint(for: unknown.id, in: ids)
          + "; --ignore-unknown leaves out indicators the index does not use",
        at: unknown.first)
    }
  }

  /// A year asked for that no row has: say which years the files do have.
  mutating func checkKeptYears() {
    guard let requiredYears, !log.hasErrors else { return }
    let all = seenYears.union(dataset.years).sorted()
    for year in requiredYears.sorted() where !dataset.years.contains(year) {
      log.error(
        "no data for year \(year) (years in the data: \(all.isEmpty ? "none" : yearList(all)))",
        at: SourceLocation(file: paths.joined(separator: ", ")))
    }
  }

  /// Values an indicator cannot take by its nature (a share above 100 %, a negative count,
  /// outside the definition's `min`/`max`): a warning each, at the line that gives it — the first
  /// five per indicator, then a count.
  mutating func checkNaturalRanges() {
    guard !log.hasErrors else { return }
    let columns = definition.leaves.count
    let ranges = definition.indicators.map(\.naturalRange)
    let checked = ranges.indices.filter { ranges[$0] != nil }
    guard !checked.isEmpty else { return }
    // One pass over each year's matrix in storage order; per indicator the first five values
    // outside its range are kept, the rest counted.
    var shown = [[(year: Int, city: Int)]](repeating: [], count: columns)
    var outside = [Int](repeating: 0, count: columns)
    for year in dataset.years {
      guard let values = dataset.values(for: year) else { continue }
      for city in 0..<values.rows {
        for column in checked {
          let value = values[city, column]
          guard !value.isNaN, let range = ranges[column], !range.contains(value) else { continue }
          outside[column] += 1
          if shown[column].count < 5 { shown[column].append((year, city)) }
        }
      }
    }
    for column in checked where outside[column] > 0 {
      guard let range = ranges[column] else { continue }
      let node = definition.indicators[column]
      let bounds =
        range.upperBound == .greatestFiniteMagnitude
        ? "0 or more (\(node.unit))"
        : node.goalpostMin != nil && node.goalpostMax != nil
          ? "\(range.lowerBound.plainText)–\(range.upperBound.plainText) (the definition's min and max)"
          : "\(range.lowerBound.plainText)–\(range.upperBound.plainText) (\(node.unit))"
      for (year, city) in shown[column] {
        let value = dataset.values(for: year)?[city, column] ?? .nan
        var location: SourceLocation?
        let slot = dataset.slot(for: year)
        if slot < origins.count {
          let cell = city * columns + column
          if cell < origins[slot].count, origins[slot][cell] != 0 {
            let origin = CellOrigin(origins[slot][cell])
            location = SourceLocation(file: paths[origin.file], line: origin.line)
          }
        }
        log.warning(
          "value \(value.plainText) of '\(node.id)' for \(dataset.cities[city]) in \(year) is outside its natural range, \(bounds)",
          at: location)
      }
      if outside[column] > 5 {
        log.warning("\(outside[column] - 5) more values of '\(node.id)' are outside its natural range, \(bounds)", at: node.location)
      }
    }
  }

  /// Frees the interners' memory once every file is read.
  func release() {
    cityRows.free()
    indicatorColumns.free()
    keyRows.free()
  }

  /// A year whose every value is missing cannot be scored; say so where it first appears.
  mutating func checkYears() {
    for year in dataset.years {
      guard let values = dataset.values(for: year) else { continue }
      if values.values.allSatisfy(\.isNaN) {
        log.error("year \(year) has no data: every value is missing", at: firstSeen[year])
      }
    }
  }
}

/// Where a value was first given, packed into 32 bits: 6 bits of file number, 26 of line.
private struct CellOrigin {
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
private struct PendingValue {
  var text: String
  var point: Double
  var thousands: Double
  var city: Int
  var year: Int
  var column: Int
  var flag: String?
  var location: SourceLocation
  var file: Int
}
