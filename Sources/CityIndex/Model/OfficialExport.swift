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

  /// Each indicator's position in `variables`.
  private var positions: [String: Int] = [:]

  /// The position of an indicator in `variables`, added at its first row.
  mutating func variable(_ indicator: String, code: String, label: String, unit: String) -> Int {
    if let known = positions[indicator] { return known }
    variables.append(Variable(indicator: indicator, code: code, label: label, unit: unit))
    positions[indicator] = variables.count - 1
    return variables.count - 1
  }
}
