/// Reads city metadata files (`datasets/cities.csv`, `datasets/population.csv`): a `city`
/// column, an optional `year` column and any others; `population`, `latitude`, `longitude` and
/// `area_km2`, when present, must be numbers, and `ags` an 8-digit official municipality key
/// (kept as text, leading zero and all).
///
///     let table = try CityTableLoader.load(paths: ["datasets/cities.csv", "datasets/population.csv"]).value
///
/// Several files merge into one table: their columns are joined by name, and a (city, year) that
/// two rows give is an error naming both places, whether in one file or two.
public enum CityTableLoader {
  static let numericColumns: Set<String> = ["population", "latitude", "longitude", "area_km2"]

  public static func load(path: String) throws(InputErrors) -> Loaded<CityTable> {
    try load(paths: [path])
  }

  public static func load(paths: [String]) throws(InputErrors) -> Loaded<CityTable> {
    var log = DiagnosticLog()
    var names: [String] = []
    var years: [Int?] = []
    var columns: [String] = []
    var positions: [String: Int] = [:]  // lowercased column → position in `columns`
    var rows: [[String]] = []
    var decimalCommas: [Bool] = []
    var seen: [String: (file: String, line: Int)] = [:]  // "city\u{0}year" → where first given
    var unreadable = false
    for path in paths {
      var cityColumn: Int?
      var yearColumn: Int?
      var header = CSVHeader(names: [], file: path, line: 1)
      var targets: [Int?] = []  // file column → table column
      let (dialect, problems) = CSVTable.read(path: path) { found in
        header = found
        cityColumn = header.index(of: "city")
        yearColumn = header.index(of: "year")
        if cityColumn == nil {
          log.error(.missingColumn("city", header: header.names, table: .other), at: header.location)
        }
        targets = header.names.enumerated().map { i, name in
          guard i != cityColumn && i != yearColumn else { return nil }
          if let known = positions[name.lowercased()] { return known }
          positions[name.lowercased()] = columns.count
          columns.append(name)
          return columns.count - 1
        }
        return cityColumn != nil
      } body: { record in
        guard let cityColumn else { return }
        let name = record.string(at: cityColumn)
        guard !name.isEmpty else {
          log.error(.emptyCityName, at: record.location(at: cityColumn))
          return
        }
        var year: Int?
        if let yearColumn, yearColumn < record.count, !record.string(at: yearColumn).isEmpty {
          let text = record.string(at: yearColumn)
          guard let parsed = Int(text) else {
            log.error(.notAWholeYear(text), at: record.location(at: yearColumn))
            return
          }
          year = parsed
        }
        let key = year.map { "\(name)\u{0}\($0)" } ?? name
        if let first = seen[key] {
          log.error(
            .cityTwice(name, year: year, firstLine: first.line, firstFile: first.file == path ? nil : first.file),
            at: record.location(at: cityColumn))
          return
        }
        seen[key] = (path, record.line)
        var row: [String] = []
        for (i, target) in targets.enumerated() {
          guard let target else { continue }
          let text = i < record.count ? record.string(at: i) : ""
          if !text.isEmpty { check(text, column: header.names[i], at: record.location(at: i), record: record, log: &log) }
          while row.count <= target { row.append("") }
          row[target] = text
        }
        names.append(name)
        years.append(year)
        rows.append(row)
        decimalCommas.append(record.dialect.allowsDecimalComma)
      }
      log.append(contentsOf: problems)
      if dialect == nil { unreadable = true }
    }
    guard !unreadable else { throw InputErrors(log.diagnostics) }
    try log.throwIfErrors()
    return Loaded(
      CityTable(names: names, years: years, columns: columns, rows: rows, decimalCommas: decimalCommas), warnings: log.warnings)
  }

  /// The checks of the columns the engine reads: numbers, and official keys as text.
  private static func check(_ text: String, column: String, at location: SourceLocation, record: CSVRecord, log: inout DiagnosticLog) {
    let name = column.lowercased()
    if numericColumns.contains(name) {
      switch NumberParsing.cell(text, decimalComma: record.dialect.allowsDecimalComma) {
      case .invalid, .notFinite:
        log.error(.columnNotANumber(column: column, text: text), at: location)
      case .ambiguous(let point, let thousands):
        log.error(.ambiguousNumber(text: text, point: point, thousands: thousands, context: .citiesFile), at: location)
      case .number, .missing:
        break
      }
    } else if name == "ags" && !(text.utf8.count == 8 && text.utf8.allSatisfy { (48...57).contains($0) }) {
      let digits = text.utf8.allSatisfy { (48...57).contains($0) }
      log.error(digits && text.utf8.count < 8 ? .agsDroppedZeros(text) : .agsInvalid(text), at: location)
    }
  }
}
