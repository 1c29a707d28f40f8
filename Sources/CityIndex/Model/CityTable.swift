/// City metadata (`datasets/cities.csv`, `datasets/population.csv`): rows per city, any
/// columns beside `city`.
///
///     let cities = try CityTableLoader.load(paths: ["datasets/cities.csv", "datasets/population.csv"]).value
///     cities.number("population", of: "Bonn")               // 330579 (cities.csv: no year)
///     cities.number("population", of: "Bonn", year: 2018)   // 327913 (population.csv)
///     cities.text("state", of: "Bonn")                      // "Nordrhein-Westfalen"
///
/// With a `year` column a city may have one row per year (populations change); a row with an
/// empty year holds for every year that has no row of its own. Each cell is looked up on its
/// own, in the first of these rows that has it filled: for a year, that year's row, then the
/// latest earlier year's (statistics lag behind), then the row without a year; for no year,
/// the row without a year, then the latest row. So a yearless row can hold state and
/// coordinates while yearly rows hold populations.
public struct CityTable: Sendable, Equatable {
  /// City names in order of first appearance.
  public let cities: [String]
  /// Column names other than `city` and `year`, in file order.
  public let columns: [String]
  /// Text of each column per row (`rows[row][column]`), trimmed; empty when missing.
  private let rows: [[String]]
  /// The year of each row; `nil` when the row holds for every year.
  private let years: [Int?]
  /// Whether each row's file may write decimal commas (a `;` or tab file).
  private let decimalCommas: [Bool]
  /// Rows of each city, yearless first, then by year ascending.
  private let rowsOfCity: [String: [Int]]
  private let columnPositions: [String: Int]

  /// One row per city, no years.
  public init(cities: [String], columns: [String], rows: [[String]]) {
    self.init(names: cities, years: cities.map { _ in nil }, columns: columns, rows: rows)
  }

  /// One row per entry of `names` (a city may repeat with different years).
  ///
  /// - Parameter decimalCommas: per row, whether its file may write decimal commas (`;` and tab
  ///   files); by default every row may.
  public init(names: [String], years: [Int?], columns: [String], rows: [[String]], decimalCommas: [Bool]? = nil) {
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
    self.decimalCommas = decimalCommas ?? names.map { _ in true }
    self.rowsOfCity = rowsOfCity
    columnPositions = Dictionary(columns.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Whether some city has rows for particular years.
  public var variesByYear: Bool { years.contains { $0 != nil } }

  /// The text of `column` for `city` (in `year`, see the type's notes), or `nil` when either is
  /// unknown or the cell is empty.
  public func text(_ column: String, of city: String, year: Int? = nil) -> String? {
    cell(column, of: city, year: year)?.text
  }

  /// The text of `column` in `city`'s row for exactly `year` (no earlier or yearless row), or
  /// `nil`: for what belongs to one year only, such as a quality flag.
  public func text(_ column: String, of city: String, onlyIn year: Int) -> String? {
    guard let list = rowsOfCity[city], let position = columnPositions[column.lowercased()] else { return nil }
    for row in list.reversed() where years[row] == year && position < rows[row].count && !rows[row][position].isEmpty {
      return rows[row][position]
    }
    return nil
  }

  /// The number in `column` for `city` (a decimal comma in `;` and tab files), or `nil` — also
  /// for a value that could be read two ways (`1.020`; the loader refuses those in the numeric
  /// columns it knows).
  public func number(_ column: String, of city: String, year: Int? = nil) -> Double? {
    guard let (text, row) = cell(column, of: city, year: year),
      case .number(let value) = NumberParsing.cell(text, decimalComma: decimalCommas[row])
    else { return nil }
    return value
  }

  /// The first filled cell of `column` for `city` in the rows a lookup tries, and its row.
  private func cell(_ column: String, of city: String, year: Int?) -> (text: String, row: Int)? {
    guard let list = rowsOfCity[city], let position = columnPositions[column.lowercased()] else { return nil }
    for row in preference(list, year: year) {
      let text = position < rows[row].count ? rows[row][position] : ""
      if !text.isEmpty { return (text, row) }
    }
    return nil
  }

  public func hasColumn(_ column: String) -> Bool { columnPositions[column.lowercased()] != nil }

  /// A city's rows (yearless first, then by year) in the order a lookup tries them.
  private func preference(_ list: [Int], year: Int?) -> [Int] {
    let yearless = list.filter { years[$0] == nil }
    guard let year else { return yearless + list.filter { years[$0] != nil }.reversed() }
    let exact = list.filter { years[$0] == year }.reversed()
    let earlier = list.filter { (years[$0] ?? Int.max) < year }.reversed()
    return Array(exact) + Array(earlier) + yearless
  }
}
