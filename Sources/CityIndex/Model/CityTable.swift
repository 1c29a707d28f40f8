/// City metadata (`datasets/cities.csv`): one row per city, any columns beside `city`.
///
///     let cities = try CityTableLoader.load(path: "datasets/cities.csv").value
///     cities.number("population", of: "Bonn")   // 330579
///     cities.text("state", of: "Bonn")          // "Nordrhein-Westfalen"
///
/// With a `year` column a city may have one row per year (populations change); a row with an
/// empty year holds for every year. Looking up a year takes that year's row, else the row
/// without a year, else the latest earlier year's row (statistics lag behind); looking up no
/// year takes the latest row.
public struct CityTable: Sendable, Equatable {
  /// City names in order of first appearance.
  public let cities: [String]
  /// Column names other than `city` and `year`, in file order.
  public let columns: [String]
  /// Text of each column per row (`rows[row][column]`), trimmed; empty when missing.
  private let rows: [[String]]
  /// The year of each row; `nil` when the row holds for every year.
  private let years: [Int?]
  /// Rows of each city, yearless first, then by year ascending.
  private let rowsOfCity: [String: [Int]]
  private let columnPositions: [String: Int]

  /// One row per city, no years.
  public init(cities: [String], columns: [String], rows: [[String]]) {
    self.init(names: cities, years: cities.map { _ in nil }, columns: columns, rows: rows)
  }

  /// One row per entry of `names` (a city may repeat with different years).
  public init(names: [String], years: [Int?], columns: [String], rows: [[String]]) {
    var order: [String] = []
    var rowsOfCity: [String: [Int]] = [:]
    for (row, name) in names.enumerated() {
      if rowsOfCity[name] == nil { order.append(name) }
      rowsOfCity[name, default: []].append(row)
    }
    for (name, list) in rowsOfCity {
      rowsOfCity[name] = list.sorted { (years[$0] ?? Int.min, $0) < (years[$1] ?? Int.min, $1) }
    }
    self.cities = order
    self.columns = columns
    self.rows = rows
    self.years = years
    self.rowsOfCity = rowsOfCity
    columnPositions = Dictionary(columns.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Whether some city has rows for particular years.
  public var variesByYear: Bool { years.contains { $0 != nil } }

  /// The text of `column` for `city` (in `year`, see the type's notes), or `nil` when either is
  /// unknown or the cell is empty.
  public func text(_ column: String, of city: String, year: Int? = nil) -> String? {
    guard let row = row(of: city, year: year), let position = columnPositions[column.lowercased()] else { return nil }
    let value = rows[row][position]
    return value.isEmpty ? nil : value
  }

  /// The number in `column` for `city` (decimal point or comma), or `nil`.
  public func number(_ column: String, of city: String, year: Int? = nil) -> Double? {
    guard let text = text(column, of: city, year: year) else { return nil }
    if case .number(let value) = NumberParsing.cell(text, decimalComma: true) { return value }
    return nil
  }

  public func hasColumn(_ column: String) -> Bool { columnPositions[column.lowercased()] != nil }

  private func row(of city: String, year: Int?) -> Int? {
    guard let list = rowsOfCity[city] else { return nil }
    guard let year else { return list.last }
    if let exact = list.last(where: { years[$0] == year }) { return exact }
    if let always = list.first(where: { years[$0] == nil }) { return always }
    return list.last { (years[$0] ?? Int.min) < year }
  }
}
