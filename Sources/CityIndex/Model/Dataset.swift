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
  public private(set) var indicators: [String]
  /// City names in order of first appearance; the rows of every matrix.
  public private(set) var cities: [String]
  /// Years with data, ascending.
  public private(set) var years: [Int]
  /// The distinct texts of the data files' `source` columns, in order of first appearance.
  public private(set) var sources: [String] = []
  /// Where each city was first named in the data, by row (for messages about it).
  public private(set) var cityLocations: [SourceLocation?] = []
  /// The files the data was read from, for messages that concern all of them.
  public var files: [String] = []

  /// The files as one place for a message: `a.csv`, or `a.csv, b.csv`; `nil` when unknown.
  var filesLocation: SourceLocation? { files.isEmpty ? nil : SourceLocation(file: files.joined(separator: ", ")) }
  /// Storage by slot (years in order of first appearance), so that loading touches arrays,
  /// not dictionaries, per value.
  private var slotOfYear: [Int: Int]
  private var matrices: [Matrix]
  private var takesPart: [[Bool]]
  private var cityPositions: [String: Int]
  /// The columns divided by a denominator (``Denomination``) and, per year slot, their values
  /// as the data files give them (cities × those columns), for readers who check a value against
  /// its source.
  private var undividedColumns: [Int] = []
  private var undivided: [Matrix] = []
  /// Per year slot, each value's `source` (1 + its position in ``sources``; 0: none), cities ×
  /// indicators; empty for a slot no file gave sources for (most large files have none).
  private var sourceIDs: [[Int32]] = []
  /// Quality flags of single values (`proxy`: a larger area's value stands in for the city),
  /// from the data files' `flag` column; most values have none.
  private var flags: [ValueKey: String] = [:]

  /// One value's place: year, city row, indicator column.
  private struct ValueKey: Hashable {
    var year: Int
    var city: Int
    var indicator: Int
  }

  public init(indicators: [String]) {
    self.indicators = indicators
    cities = []
    years = []
    slotOfYear = [:]
    matrices = []
    takesPart = []
    cityPositions = [:]
  }

  /// The year asked for, or the latest year in the data when none is.
  ///
  /// - Throws: ``InputErrors`` when the data has no rows, or none for that year.
  public func resolveYear(_ year: Int?) throws(InputErrors) -> Int {
    guard let resolved = year ?? years.last else {
      throw InputErrors([.error(.dataHasNoRows, at: filesLocation)])
    }
    guard years.contains(resolved) else {
      throw InputErrors([.error(.noDataForYear(resolved, years: years), at: filesLocation)])
    }
    return resolved
  }

  /// The values of a year (every city is a row; those not taking part are all `NaN`).
  public func values(for year: Int) -> Matrix? { slotOfYear[year].map { matrices[$0] } }

  /// Rows of the cities that take part in `year`, in row order.
  public func participants(in year: Int) -> [Int] {
    guard let slot = slotOfYear[year] else { return [] }
    let flags = takesPart[slot]
    return flags.indices.filter { flags[$0] }
  }

  /// The row of a city, by exact name.
  public func row(of city: String) -> Int? { cityPositions[city] }

  /// Adds a city (if new) and returns its row; `location` is where the data first names it.
  @discardableResult
  public mutating func addCity(_ name: String, at location: SourceLocation? = nil) -> Int {
    if let row = cityPositions[name] { return row }
    let row = cities.count
    cities.append(name)
    cityLocations.append(location)
    cityPositions[name] = row
    for slot in matrices.indices {
      matrices[slot].appendRow()
      takesPart[slot].append(false)
      if !sourceIDs[slot].isEmpty { sourceIDs[slot] += repeatElement(0, count: indicators.count) }
    }
    return row
  }

  /// Adds a year (if new), with every value missing.
  public mutating func addYear(_ year: Int) { _ = slot(for: year) }

  /// The storage slot of `year`, or `nil` when the data has no such year.
  func slotIfPresent(_ year: Int) -> Int? { slotOfYear[year] }

  /// The storage slot of `year`, adding the year when new.
  mutating func slot(for year: Int) -> Int {
    if let slot = slotOfYear[year] { return slot }
    let slot = matrices.count
    slotOfYear[year] = slot
    matrices.append(Matrix(rows: cities.count, columns: indicators.count))
    takesPart.append(Array(repeating: false, count: cities.count))
    sourceIDs.append([])
    years.insert(year, at: years.firstIndex { $0 > year } ?? years.endIndex)
    return slot
  }

  /// Marks that `city` takes part in `year` (adding the year when new).
  public mutating func markParticipant(city: Int, year: Int) {
    takesPart[slot(for: year)][city] = true
  }

  /// Records the text of a `source` cell (each distinct text once) and returns its number
  /// (1 + its position in ``sources``), or 0 for an empty cell.
  @discardableResult
  public mutating func noteSource(_ text: String) -> Int32 {
    guard !text.isEmpty else { return 0 }
    if let position = sources.firstIndex(of: text) { return Int32(position + 1) }
    sources.append(text)
    return Int32(sources.count)
  }

  /// Where one value comes from: its row's `source` text in the data file, or `nil`.
  public func source(city: Int, year: Int, indicator: Int) -> String? {
    guard let slot = slotOfYear[year], !sourceIDs[slot].isEmpty else { return nil }
    let id = Int(sourceIDs[slot][city * indicators.count + indicator])
    return id > 0 && id <= sources.count ? sources[id - 1] : nil
  }

  /// Keeps the current values of `columns` as the data files give them, before a denominator
  /// divides them (``undividedValue(city:year:indicator:)``).
  mutating func keepUndivided(columns: [Int]) {
    undividedColumns = columns
    undivided = matrices.map { matrix in
      var kept = Matrix(rows: matrix.rows, columns: columns.count)
      for row in 0..<matrix.rows {
        for (i, column) in columns.enumerated() { kept[row, i] = matrix[row, column] }
      }
      return kept
    }
  }

  /// A value as the data file gives it: before any denominator divided it (the value itself for
  /// an indicator without one); `NaN` when missing.
  public func undividedValue(city: Int, year: Int, indicator: Int) -> Double {
    guard let slot = slotOfYear[year] else { return .nan }
    if let i = undividedColumns.firstIndex(of: indicator), slot < undivided.count { return undivided[slot][city, i] }
    return matrices[slot][city, indicator]
  }

  /// Gives one value its source (a number from ``noteSource(_:)``).
  mutating func setSource(_ id: Int32, city: Int, slot: Int, column: Int) {
    guard id > 0 else { return }
    if sourceIDs[slot].isEmpty { sourceIDs[slot] = Array(repeating: 0, count: cities.count * indicators.count) }
    sourceIDs[slot][city * indicators.count + column] = id
  }

  /// Whether a `source` column says the values are simulated: reports must then say so.
  public var isSimulated: Bool { sources.contains { $0.lowercased().contains("simulated") } }

  /// Sets one raw value, marking the city as taking part that year.
  public mutating func setValue(_ value: Double, city: Int, year: Int, indicator: Int) {
    set(value, city: city, slot: slot(for: year), column: indicator)
  }

  /// The quality flag of one value (`proxy` …), or `nil`.
  public func flag(city: Int, year: Int, indicator: Int) -> String? {
    flags.isEmpty ? nil : flags[ValueKey(year: year, city: city, indicator: indicator)]
  }

  /// Flags one value.
  public mutating func setFlag(_ flag: String, city: Int, year: Int, indicator: Int) {
    flags[ValueKey(year: year, city: city, indicator: indicator)] = flag
  }

  /// Whether any value carries a flag.
  public var hasFlags: Bool { !flags.isEmpty }

  /// How many values carry each flag.
  public var flagCounts: [String: Int] { flags.values.reduce(into: [:]) { $0[$1, default: 0] += 1 } }

  /// The dataset with every value whose flag is one of `dropped` (case-insensitive) made
  /// missing — it then counts against coverage like any gap — and how many were dropped.
  public func droppingFlagged(_ dropped: Set<String>) -> (dataset: Dataset, count: Int) {
    let lowered = Set(dropped.map { $0.lowercased() })
    var copy = self
    var count = 0
    for (key, flag) in flags where lowered.contains(flag.lowercased()) {
      guard let slot = slotOfYear[key.year] else { continue }
      if !copy.matrices[slot][key.city, key.indicator].isNaN { count += 1 }
      copy.matrices[slot][key.city, key.indicator] = .nan
      copy.flags[key] = nil
    }
    return (copy, count)
  }

  /// The same cities and years with only the indicators `ids` (in that order); participation
  /// stays as it was.
  public func selectingIndicators(_ ids: [String]) -> Dataset {
    let columns = ids.compactMap { indicators.firstIndex(of: $0) }
    var copy = self
    copy.indicators = columns.map { indicators[$0] }
    copy.flags = [:]
    for (key, flag) in flags {
      guard let column = columns.firstIndex(of: key.indicator) else { continue }
      copy.flags[ValueKey(year: key.year, city: key.city, indicator: column)] = flag
    }
    copy.matrices = matrices.map { matrix in
      var selected = Matrix(rows: matrix.rows, columns: columns.count)
      for row in 0..<matrix.rows {
        for (i, column) in columns.enumerated() { selected[row, i] = matrix[row, column] }
      }
      return selected
    }
    // The undivided values of the selected indicators that have them, in the new column order.
    let keptUndivided = undividedColumns.enumerated().compactMap { i, column in columns.firstIndex(of: column).map { (i, $0) } }
    copy.undividedColumns = keptUndivided.map(\.1)
    copy.undivided = undivided.map { matrix in
      var selected = Matrix(rows: matrix.rows, columns: keptUndivided.count)
      for row in 0..<matrix.rows {
        for (j, kept) in keptUndivided.enumerated() { selected[row, j] = matrix[row, kept.0] }
      }
      return selected
    }
    let width = indicators.count
    copy.sourceIDs = sourceIDs.map { ids in
      guard !ids.isEmpty else { return [] }
      var selected = [Int32](repeating: 0, count: cities.count * columns.count)
      for row in 0..<cities.count {
        for (i, column) in columns.enumerated() { selected[row * columns.count + i] = ids[row * width + column] }
      }
      return selected
    }
    return copy
  }

  /// The same cities and indicators with only the years in `kept` (their values, participants
  /// and flags).
  public func selectingYears(_ kept: Set<Int>) -> Dataset {
    var copy = Dataset(indicators: indicators)
    copy.cities = cities
    copy.cityLocations = cityLocations
    copy.cityPositions = cityPositions
    copy.sources = sources
    copy.files = files
    for year in years where kept.contains(year) {
      guard let slot = slotOfYear[year] else { continue }
      let newSlot = copy.slot(for: year)
      copy.matrices[newSlot] = matrices[slot]
      copy.takesPart[newSlot] = takesPart[slot]
      copy.sourceIDs[newSlot] = sourceIDs[slot]
    }
    copy.flags = flags.filter { kept.contains($0.key.year) }
    return copy
  }

  /// Changes the values of one year in place (participation stays as it is).
  mutating func modifyValues(of year: Int, _ body: (inout Matrix) -> Void) {
    guard let slot = slotOfYear[year] else { return }
    body(&matrices[slot])
  }

  /// The loader's fast path: a slot from ``slot(for:)``, no lookups.
  mutating func set(_ value: Double, city: Int, slot: Int, column: Int) {
    takesPart[slot][city] = true
    matrices[slot][city, column] = value
  }

  /// Same indicators, cities, years, sources, flags, values and participants; storage order aside.
  public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
    guard lhs.indicators == rhs.indicators, lhs.cities == rhs.cities, lhs.years == rhs.years,
      lhs.sources == rhs.sources, lhs.flags == rhs.flags
    else { return false }
    // Per-value sources, where either has them.
    for year in lhs.years {
      guard let a = lhs.slotOfYear[year], let b = rhs.slotOfYear[year] else { return false }
      if lhs.sourceIDs[a] != rhs.sourceIDs[b] && !(lhs.sourceIDs[a].allSatisfy { $0 == 0 } && rhs.sourceIDs[b].allSatisfy { $0 == 0 }) {
        return false
      }
    }
    return lhs.years.allSatisfy { year in
      lhs.values(for: year) == rhs.values(for: year) && lhs.participants(in: year) == rhs.participants(in: year)
    }
  }
}
