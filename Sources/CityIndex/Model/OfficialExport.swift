/// City values from an official export, and what was left out of it.
public struct OfficialExport: Sendable {
  public struct Value: Sendable, Equatable {
    public var city: String
    public var year: Int
    public var indicator: String
    public var value: Double
    public var flag: String?
    public var source: String
    /// The line of the export it comes from.
    public var line: Int
  }

  /// One indicator of the export, for `--list`.
  public struct Variable: Sendable, Equatable {
    public var indicator: String
    public var code: String
    public var label: String
    public var unit: String
    public var cities: Set<String> = []
    public var years: Set<Int> = []
    /// Rows whose value was a missing symbol.
    public var missing = 0
  }

  public var file: String
  public var values: [Value] = []
  /// The region variable's code (`KREISE` …).
  public var regionVariable: String?
  /// Rows and distinct regions skipped because they are no city of the cities file.
  public var skippedRows = 0
  public var skippedRegions = 0
  /// In a Kreis-level export, the cities of the cities file that are no kreisfreie Stadt and
  /// so have no values in it (a Gemeinde-level table has them).
  public var notKreisfrei: [String] = []
  /// Missing values by symbol.
  public var missing: [String: Int] = [:]
  /// The export's indicators in order of first appearance.
  public var variables: [Variable] = []

  public init(file: String) { self.file = file }

  public var missingCount: Int { missing.values.reduce(0, +) }

  mutating func note(variable indicator: String, code: String, label: String, unit: String, city: String, year: Int) {
    if let i = variables.firstIndex(where: { $0.indicator == indicator }) {
      variables[i].cities.insert(city)
      variables[i].years.insert(year)
    } else {
      variables.append(Variable(indicator: indicator, code: code, label: label, unit: unit, cities: [city], years: [year]))
    }
  }

  mutating func countMissing(variable indicator: String) {
    if let i = variables.firstIndex(where: { $0.indicator == indicator }) { variables[i].missing += 1 }
  }
}
