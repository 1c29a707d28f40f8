/// Reads city data files, long (`city,year,indicator,value`) or wide (`city,year,<ids…>`),
/// told apart by the header: a file with `indicator` and `value` columns is long.
///
///     let dataset = try DatasetLoader.load(paths: ["datasets/a.csv"], definition: definition).value
///
/// Values from several files are merged; a (city, year, indicator) given twice is an error
/// that names both places. Missing markers (empty, `NA`, `n/a`, `-`, `.`) leave the value
/// missing but still count as given. Optional long columns `note` and `source` are read past.
public enum DatasetLoader {
  /// Loads every file, throwing every problem found in any of them at once.
  public static func load(paths: [String], definition: IndexDefinition) throws(InputErrors) -> Loaded<Dataset> {
    var builder = DatasetBuilder(definition: definition)
    for (fileIndex, path) in paths.enumerated() {
      builder.read(path: path, fileIndex: fileIndex)
    }
    builder.checkYears()
    try builder.log.throwIfErrors()
    return Loaded(builder.dataset, warnings: builder.log.warnings)
  }
}

/// The mutable state of one load: the dataset so far, where each value came from, the log.
struct DatasetBuilder {
  let definition: IndexDefinition
  var dataset: Dataset
  var log = DiagnosticLog()
  /// Where each (year, city, indicator) was first given, for duplicate messages.
  private var origins: [Int: [CellOrigin]] = [:]
  private var paths: [String] = []
  /// Where each year was first seen, for "year without data".
  private var firstSeen: [Int: SourceLocation] = [:]

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
    let (dialect, fileProblems) = CSVTable.read(path: path) { header in
      shape = Self.shape(of: header, definition: definition, log: &log)
      sourceColumn = header.index(of: "source")
      return shape != nil
    } body: { _, record in
      rows += 1
      if let sourceColumn, sourceColumn < record.count { noteSource(record, field: sourceColumn) }
      switch shape {
      case .long(let city, let year, let indicator, let value)?:
        readLong(record, city: city, year: year, indicator: indicator, value: value, file: fileIndex, log: &log)
      case .wide(let city, let year, let columns)?:
        readWide(record, city: city, year: year, columns: columns, file: fileIndex, log: &log)
      case nil: break
      }
    }
    if dialect != nil && shape != nil && rows == 0 {
      log.error("no data rows after the header", at: SourceLocation(file: path))
    }
    self.log.append(contentsOf: fileProblems + log.diagnostics)
  }

  private static func shape(of header: CSVHeader, definition: IndexDefinition, log: inout DiagnosticLog) -> Shape? {
    let isLong = header.index(of: "indicator") != nil && header.index(of: "value") != nil
    let required = isLong ? ["city", "year", "indicator", "value"] : ["city", "year"]
    let missing = required.filter { header.index(of: $0) == nil }
    for name in missing {
      let hint =
        isLong ? "" : " (a long file has city,year,indicator,value; a wide one city,year and one column per indicator)"
      log.error(
        "missing required column '\(name)'\(hint); the header has: \(header.names.joined(separator: ", "))",
        at: header.location)
    }
    guard missing.isEmpty, let city = header.index(of: "city"), let year = header.index(of: "year") else { return nil }
    if isLong, let indicator = header.index(of: "indicator"), let value = header.index(of: "value") {
      return .long(city: city, year: year, indicator: indicator, value: value)
    }
    var columns: [(field: Int, indicator: Int)] = []
    var ok = true
    for (field, name) in header.names.enumerated() where field != city && field != year {
      if ["note", "source"].contains(name.lowercased()) { continue }
      if let column = indicatorColumn(name, definition: definition, at: header.location(of: field), log: &log) {
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
    _ record: CSVRecord, city: Int, year: Int, indicator: Int, value: Int, file: Int, log: inout DiagnosticLog
  ) {
    let cityRow = cityRow(record, field: city, log: &log)
    let yearValue = self.year(record, field: year, log: &log)
    let id = record.string(at: indicator)
    let column: Int?
    if id.isEmpty {
      log.error("empty indicator id", at: record.location(at: indicator))
      column = nil
    } else {
      column = Self.indicatorColumn(id, definition: definition, at: record.location(at: indicator), log: &log)
    }
    let parsed = cell(record, field: value, log: &log)
    guard let cityRow, let yearValue, let column, let parsed else { return }
    store(parsed, city: cityRow, year: yearValue, column: column, at: record.location(at: value), file: file, log: &log)
  }

  private mutating func readWide(
    _ record: CSVRecord, city: Int, year: Int, columns: [(field: Int, indicator: Int)], file: Int,
    log: inout DiagnosticLog
  ) {
    let cityRow = cityRow(record, field: city, log: &log)
    let yearValue = self.year(record, field: year, log: &log)
    guard let cityRow, let yearValue else { return }
    dataset.markParticipant(city: cityRow, year: yearValue)
    if firstSeen[yearValue] == nil { firstSeen[yearValue] = record.location }
    for (field, column) in columns where field < record.count {
      guard let parsed = cell(record, field: field, log: &log) else { continue }
      store(parsed, city: cityRow, year: yearValue, column: column, at: record.location(at: field), file: file, log: &log)
    }
  }

  private mutating func noteSource(_ record: CSVRecord, field: Int) {
    let same = record.withBytes(at: field) { $0.elementsEqual(lastSource) }
    guard !same else { return }
    lastSource = record.withBytes(at: field) { Array($0) }
    dataset.noteSource(record.string(at: field))
  }

  private mutating func cityRow(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    let name = record.string(at: field)
    if name.isEmpty {
      log.error("empty city name", at: record.location(at: field))
      return nil
    }
    return dataset.addCity(name)
  }

  private func year(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Int? {
    let text = record.string(at: field)
    guard let year = Int(text), (1000...9999).contains(year) else {
      log.error(
        text.isEmpty ? "empty year" : "year '\(text)' is not a four-digit whole number",
        at: record.location(at: field))
      return nil
    }
    return year
  }

  /// The value of a cell: a number, `.nan` for a missing marker, `nil` after an error.
  private func cell(_ record: CSVRecord, field: Int, log: inout DiagnosticLog) -> Double? {
    let parsed = record.withBytes(at: field) {
      NumberParsing.cell($0, decimalComma: record.dialect.allowsDecimalComma)
    }
    switch parsed {
    case .number(let value): return value
    case .missing: return .nan
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

  private mutating func store(
    _ value: Double, city: Int, year: Int, column: Int, at location: SourceLocation, file: Int,
    log: inout DiagnosticLog
  ) {
    dataset.markParticipant(city: city, year: year)
    if firstSeen[year] == nil { firstSeen[year] = location.column(nil) }
    let cell = city * definition.leaves.count + column
    let needed = dataset.cities.count * definition.leaves.count
    if origins[year, default: []].count < needed {
      origins[year, default: []] += repeatElement(CellOrigin.none, count: needed - origins[year, default: []].count)
    }
    let first = origins[year, default: []][cell]
    if first != .none {
      let place = first.file == file ? "line \(first.line)" : "\(paths[first.file]):\(first.line)"
      log.error(
        "duplicate value for (\(dataset.cities[city]), \(year), \(dataset.indicators[column])): first given on \(place)",
        at: location)
    } else {
      origins[year, default: []][cell] = CellOrigin(file: file, line: location.line ?? 0)
      dataset.setValue(value, city: city, year: year, indicator: column)
    }
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

/// Where a value was first given: file number and line (0, 0 = not given).
private struct CellOrigin: Equatable {
  var file: Int
  var line: Int
  static let none = CellOrigin(file: -1, line: 0)
}
