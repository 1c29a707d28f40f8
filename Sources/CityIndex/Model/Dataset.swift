/// Raw indicator values of many cities over several years.
///
/// For every year there is one dense matrix, cities × indicators (the definition's leaves, in
/// order), `NaN` where a value is missing. A city *takes part* in a year when the data has at
/// least one row for it that year, even if every value in it is missing.
///
///     let values = dataset.values(for: 2023)       // Matrix: dataset.cities.count × leaves
///     let cities = dataset.participants(in: 2023)  // row indices of the cities with rows
public struct Dataset: Sendable, Equatable {
  /// Indicator ids, the columns of every matrix.
  public let indicators: [String]
  /// City names in order of first appearance; the rows of every matrix.
  public private(set) var cities: [String]
  /// Years with data, ascending.
  public private(set) var years: [Int]
  /// The distinct texts of the data files' `source` columns, in order of first appearance.
  public private(set) var sources: [String] = []
  private var matrices: [Int: Matrix]
  private var takesPart: [Int: [Bool]]
  private var cityPositions: [String: Int]

  public init(indicators: [String]) {
    self.indicators = indicators
    cities = []
    years = []
    matrices = [:]
    takesPart = [:]
    cityPositions = [:]
  }

  /// The year asked for, or the latest year in the data when none is.
  ///
  /// - Throws: ``InputErrors`` when the data has no rows, or none for that year.
  public func resolveYear(_ year: Int?) throws(InputErrors) -> Int {
    guard let resolved = year ?? years.last else {
      throw InputErrors([.error("the data has no rows, so there is no year to score")])
    }
    guard years.contains(resolved) else {
      throw InputErrors([.error("no data for year \(resolved) (years in the data: \(yearList(years)))")])
    }
    return resolved
  }

  /// The values of a year (every city is a row; those not taking part are all `NaN`).
  public func values(for year: Int) -> Matrix? { matrices[year] }

  /// Rows of the cities that take part in `year`, in row order.
  public func participants(in year: Int) -> [Int] {
    guard let flags = takesPart[year] else { return [] }
    return flags.indices.filter { flags[$0] }
  }

  /// The row of a city, by exact name.
  public func row(of city: String) -> Int? { cityPositions[city] }

  /// Adds a city (if new) and returns its row.
  @discardableResult
  public mutating func addCity(_ name: String) -> Int {
    if let row = cityPositions[name] { return row }
    let row = cities.count
    cities.append(name)
    cityPositions[name] = row
    for year in years {
      matrices[year]?.appendRow()
      takesPart[year]?.append(false)
    }
    return row
  }

  /// Adds a year (if new), with every value missing.
  public mutating func addYear(_ year: Int) {
    guard matrices[year] == nil else { return }
    matrices[year] = Matrix(rows: cities.count, columns: indicators.count)
    takesPart[year] = Array(repeating: false, count: cities.count)
    years.insert(year, at: years.firstIndex { $0 > year } ?? years.endIndex)
  }

  /// Marks that `city` takes part in `year` (adding both when new).
  public mutating func markParticipant(city: Int, year: Int) {
    addYear(year)
    takesPart[year]?[city] = true
  }

  /// Records the text of a `source` cell (each distinct text once).
  public mutating func noteSource(_ text: String) {
    if !text.isEmpty && !sources.contains(text) { sources.append(text) }
  }

  /// Whether a `source` column says the values are simulated: reports must then say so.
  public var isSimulated: Bool { sources.contains { $0.lowercased().contains("simulated") } }

  /// Sets one raw value, marking the city as taking part that year.
  public mutating func setValue(_ value: Double, city: Int, year: Int, indicator: Int) {
    markParticipant(city: city, year: year)
    matrices[year]?[city, indicator] = value
  }
}
