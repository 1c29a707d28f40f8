/// Reads `datasets/cities.csv`: a `city` column, an optional `year` column and any others;
/// `population`, `latitude`, `longitude` and `area_km2`, when present, must be numbers.
public enum CityTableLoader {
  static let numericColumns: Set<String> = ["population", "latitude", "longitude", "area_km2"]

  public static func load(path: String) throws(InputErrors) -> Loaded<CityTable> {
    var log = DiagnosticLog()
    var cityColumn: Int?
    var yearColumn: Int?
    var names: [String] = []
    var years: [Int?] = []
    var columns: [String] = []
    var rows: [[String]] = []
    var seen: [String: Int] = [:]  // "city\u{0}year" → line
    var header = CSVHeader(names: [], file: path, line: 1)
    let (dialect, problems) = CSVTable.read(path: path) { found in
      header = found
      cityColumn = header.index(of: "city")
      yearColumn = header.index(of: "year")
      if cityColumn == nil {
        log.error("missing required column 'city' (the header has: \(header.names.joined(separator: ", ")))", at: header.location)
      }
      columns = header.names.enumerated().filter { $0.offset != cityColumn && $0.offset != yearColumn }.map(\.element)
      return cityColumn != nil
    } body: { record in
      guard let cityColumn else { return }
      let name = record.string(at: cityColumn)
      guard !name.isEmpty else {
        log.error("empty city name", at: record.location(at: cityColumn))
        return
      }
      var year: Int?
      if let yearColumn, yearColumn < record.count, !record.string(at: yearColumn).isEmpty {
        let text = record.string(at: yearColumn)
        guard let parsed = Int(text) else {
          log.error("year '\(text)' is not a whole number", at: record.location(at: yearColumn))
          return
        }
        year = parsed
      }
      let key = year.map { "\(name)\u{0}\($0)" } ?? name
      if let first = seen[key] {
        let which = year.map { "'\(name)' for \($0)" } ?? "'\(name)'"
        log.error("city \(which) appears twice (first on line \(first))", at: record.location(at: cityColumn))
        return
      }
      seen[key] = record.line
      var row: [String] = []
      for (i, column) in header.names.enumerated() where i != cityColumn && i != yearColumn {
        let text = i < record.count ? record.string(at: i) : ""
        if numericColumns.contains(column.lowercased()) && !text.isEmpty,
          case .invalid = NumberParsing.cell(text, decimalComma: record.dialect.allowsDecimalComma)
        {
          log.error("\(column) '\(text)' is not a number", at: record.location(at: i))
        }
        row.append(text)
      }
      names.append(name)
      years.append(year)
      rows.append(row)
    }
    log.append(contentsOf: problems)
    guard dialect != nil else { throw InputErrors(log.diagnostics) }
    try log.throwIfErrors()
    return Loaded(CityTable(names: names, years: years, columns: columns, rows: rows), warnings: log.warnings)
  }
}
