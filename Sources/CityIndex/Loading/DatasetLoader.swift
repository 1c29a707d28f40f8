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
    builder.checkValidRanges()
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
  var origins: [[UInt32]] = []
  var paths: [String] = []
  /// Where each year was first seen, for "year without data".
  var firstSeen: [Int: SourceLocation] = [:]
  /// City names and indicator ids by their bytes, so that rows make no `String`.
  var cityRows = ByteInterner(capacity: 128)
  var indicatorColumns = ByteInterner(capacity: 256)
  /// Only rows of these years are read (all when `nil`).
  var keepYears: Set<Int>?
  /// Years that must have rows.
  var requiredYears: Set<Int>?
  /// How to read `1.020` (stated with `--decimal`); `nil`: as each file's other values say.
  var convention: DecimalConvention?
  /// The current file's values that could be read two ways, stored once the file is read.
  var pending: [PendingValue] = []
  /// The first line of the current file with a decimal comma (or thousands points) and with a
  /// decimal point that cannot be a thousands point.
  var commaLine: Int? { styles.comma?.location.line }
  var pointLine: Int? { styles.point?.location.line }
  /// The current file's first value with a decimal comma and with a decimal point, and how many
  /// of each: a file must write one of them (or ``convention`` says which).
  var styles = FileStyles()
  /// Per file, the field each indicator's values stand in (−1: none), for messages about a value.
  var valueFields: [[Int]] = []
  var chunking: (from: Int, size: Int)?
  /// The cities' official keys, for files with an `ags` column.
  var keys: CityKeys?
  /// In the current file: the column of official keys (when it has one; cities are then found
  /// by key) and of names beside them (checked against the key's city).
  var keyField: Int?
  var nameField: Int?
  /// Cities already found by key bytes; unknown keys with their rows, reported once each.
  var keyRows = ByteInterner(capacity: 128)
  var unknownKeys: [(key: String, rows: Int, first: SourceLocation, problem: Problem.KeyProblem)] = []
  /// (key, name) pairs that disagree, reported once each.
  var disagreements: Set<String> = []
  /// The cities file's names and aliases (``CityNames``).
  var names: CityNames?
  /// Each city row by its folded name, for spellings neither the data nor the cities file wrote
  /// exactly; and each other spelling read as a city, with where it first came, reported once.
  var rowsByFold: [String: Int] = [:]
  var foldedSpellings: [(spelling: String, city: String, first: SourceLocation)] = []
  var notedSpellings: Set<String> = []
  /// Leave out indicators the definition does not have (one warning) instead of failing.
  var ignoreUnknown = false
  /// Indicators the definition does not have, in order of first appearance, with how many rows
  /// (long) or data rows under their column (wide) they have; reported once each at the end.
  var unknownIndicators: [(id: String, rows: Int, first: SourceLocation)] = []
  /// Every year a row named, read or skipped.
  var seenYears: Set<Int> = []
  var lastSkippedYear = Int.min
  /// The year of the previous value and its slot: rows come grouped by year.
  var lastYear = Int.min
  var lastSlot = 0

  init(definition: IndexDefinition) {
    self.definition = definition
    dataset = Dataset(indicators: definition.leaves.map { definition.nodes[$0].id })
  }

  enum Shape {
    case long(city: Int, year: Int, indicator: Int, value: Int)
    case wide(city: Int, year: Int, columns: [(field: Int, indicator: Int)])
  }
  /// The bytes of the last `source` cell seen, so that a repeated source makes no `String`, and
  /// its number: the source of the values of the row being read (0: none).
  var lastSource: [UInt8] = []
  var currentSource: Int32 = 0

  mutating func read(path: String, fileIndex: Int) {
    paths.append(path)
    lastSource = []
    currentSource = 0
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
      // Where each indicator's values stand in this file, for messages about a value.
      var fields = [Int](repeating: -1, count: definition.leaves.count)
      switch shape {
      case .long(_, _, _, let value)?: fields = fields.map { _ in value }
      case .wide(_, _, let columns)?: for (field, column) in columns where column >= 0 { fields[column] = field }
      case nil: break
      }
      while valueFields.count <= fileIndex { valueFields.append([]) }
      valueFields[fileIndex] = fields
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
      if chunk.style[r] != 0, let style = NumberStyle(rawValue: chunk.style[r]) {
        noteStyle(style, at: SourceLocation(file: path, line: line, column: valueField + 1), text: style == .comma ? chunk.value[r].plainText.replacingOccurrences(of: ".", with: ",") : chunk.value[r].plainText)
      }
      if !store(chunk.value[r], city: row, year: yearValue, column: column, line: line, file: fileIndex) {
        logDuplicate(city: row, year: yearValue, column: column, file: fileIndex, at: SourceLocation(file: path, line: line, column: valueField + 1), log: &log)
      }
    }
    if dialect != nil && shape != nil && rows == 0 {
      log.error(.noDataRows, at: SourceLocation(file: path))
    }
    checkDecimalStyles(allowsDecimalComma: dialect?.allowsDecimalComma ?? false, log: &log)
    resolvePending(path: path, log: &log)
    self.log.append(contentsOf: fileProblems)
    self.log.append(log)
  }

  mutating func readLong(
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

  mutating func readWide(
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

  mutating func noteSource(_ record: CSVRecord, field: Int) {
    let same = record.withBytes(at: field) { $0.elementsEqual(lastSource) }
    guard !same else { return }
    lastSource = record.withBytes(at: field) { Array($0) }
    currentSource = dataset.noteSource(record.string(at: field))
  }

  /// The row of a city named by plain, trimmed UTF-8 bytes (a worker checked them).
  mutating func cityRow(_ name: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> Int {
    if let known = cityRows.value(for: name) { return known }
    let row = namedCityRow(String(decoding: name, as: UTF8.self), at: location)
    cityRows.insert(name, value: row)
    return row
  }

  mutating func cityRow(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    if keyField == field, let keys { return keyedCityRow(record, field: field, keys: keys, log: &log) }
    if let known = record.withBytes(at: field, { cityRows.value(for: $0) }) { return known }
    let name = record.string(at: field)
    if name.isEmpty {
      log.error(.emptyCityName, at: record.location(at: field))
      return nil
    }
    let row = namedCityRow(name, at: record.location(at: field))
    record.withBytes(at: field) { cityRows.insert($0, value: row) }
    return row
  }

  func year(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    // Four ASCII digits, read from the bytes; anything else takes the slow path and its message.
    if let fast = record.withBytes(at: field, NumberParsing.plainYear) { return fast }
    let text = record.string(at: field)
    guard let year = Int(text), (1000...9999).contains(year) else {
      log.error(text.isEmpty ? .emptyYear : .notAFourDigitYear(text), at: record.location(at: field))
      return nil
    }
    return year
  }

  /// A row of a year that is not read: only remember that the year exists.
  mutating func noteSkipped(_ year: Int) {
    if year != lastSkippedYear {
      lastSkippedYear = year
      seenYears.insert(year)
    }
  }

  /// Frees the interners' memory once every file is read.
  func release() {
    cityRows.free()
    indicatorColumns.free()
    keyRows.free()
  }

}
