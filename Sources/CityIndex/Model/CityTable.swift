/// City metadata (`datasets/cities.csv`): one row per city, any columns beside `city`.
///
///     let cities = try CityTableLoader.load(path: "datasets/cities.csv").value
///     cities.number("population", of: "Bonn")   // 330579
///     cities.text("state", of: "Bonn")          // "Nordrhein-Westfalen"
public struct CityTable: Sendable, Equatable {
  /// City names in file order.
  public let cities: [String]
  /// Column names other than `city`, in file order.
  public let columns: [String]
  /// Text of each column per city (`rows[city][column]`), trimmed; empty when missing.
  private let rows: [[String]]
  private let cityPositions: [String: Int]
  private let columnPositions: [String: Int]

  public init(cities: [String], columns: [String], rows: [[String]]) {
    self.cities = cities
    self.columns = columns
    self.rows = rows
    cityPositions = Dictionary(cities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    columnPositions = Dictionary(columns.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The text of `column` for `city`, or `nil` when either is unknown or the cell is empty.
  public func text(_ column: String, of city: String) -> String? {
    guard let row = cityPositions[city], let position = columnPositions[column.lowercased()] else { return nil }
    let value = rows[row][position]
    return value.isEmpty ? nil : value
  }

  /// The number in `column` for `city` (decimal point or comma), or `nil`.
  public func number(_ column: String, of city: String) -> Double? {
    guard let text = text(column, of: city) else { return nil }
    if case .number(let value) = NumberParsing.cell(text, decimalComma: true) { return value }
    return nil
  }

  public func hasColumn(_ column: String) -> Bool { columnPositions[column.lowercased()] != nil }
}

/// Reads `datasets/cities.csv`: a `city` column and any others; `population`, `latitude`,
/// `longitude` and `area_km2`, when present, must be numbers.
public enum CityTableLoader {
  static let numericColumns: Set<String> = ["population", "latitude", "longitude", "area_km2"]

  public static func load(path: String) throws(InputErrors) -> Loaded<CityTable> {
    var log = DiagnosticLog()
    var cityColumn: Int?
    var names: [String] = []
    var columns: [String] = []
    var rows: [[String]] = []
    var seen: [String: Int] = [:]
    var header = CSVHeader(names: [], file: path, line: 1)
    let (dialect, problems) = CSVTable.read(path: path) { found in
      header = found
      cityColumn = header.index(of: "city")
      if cityColumn == nil {
        log.error("missing required column 'city' (the header has: \(header.names.joined(separator: ", ")))", at: header.location)
      }
      columns = header.names.enumerated().filter { $0.offset != cityColumn }.map(\.element)
      return cityColumn != nil
    } body: { record in
      guard let cityColumn else { return }
      let name = record.string(at: cityColumn)
      guard !name.isEmpty else {
        log.error("empty city name", at: record.location(at: cityColumn))
        return
      }
      if let first = seen[name] {
        log.error("city '\(name)' appears twice (first on line \(first))", at: record.location(at: cityColumn))
        return
      }
      seen[name] = record.line
      var row: [String] = []
      for (i, column) in header.names.enumerated() where i != cityColumn {
        let text = i < record.count ? record.string(at: i) : ""
        if numericColumns.contains(column.lowercased()) && !text.isEmpty,
          case .invalid = NumberParsing.cell(text, decimalComma: record.dialect.allowsDecimalComma)
        {
          log.error("\(column) '\(text)' is not a number", at: record.location(at: i))
        }
        row.append(text)
      }
      names.append(name)
      rows.append(row)
    }
    log.append(contentsOf: problems)
    guard dialect != nil else { throw InputErrors(log.diagnostics) }
    try log.throwIfErrors()
    return Loaded(CityTable(cities: names, columns: columns, rows: rows), warnings: log.warnings)
  }
}
