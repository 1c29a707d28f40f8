import ArgumentParser
import CityIndex
import CityIndexReports

extension Normalization: ExpressibleByArgument {}
extension Aggregation: ExpressibleByArgument {}
extension MissingData: ExpressibleByArgument {}
extension NormalizationScope: ExpressibleByArgument {}

/// Every method choice of a scoring run.
struct ScoringFlags: ParsableArguments {
  @Option(help: "How raw values become 0–100 scores: \(Self.list(Normalization.self)).")
  var normalization: Normalization = .minMax

  @Option(help: "How groups combine their children: \(Self.list(Aggregation.self)).")
  var aggregation: Aggregation = .arithmetic

  @Option(help: "What a missing value does: \(Self.list(MissingData.self)).")
  var missing: MissingData = .skip

  @Option(help: ArgumentHelp("Cities with a smaller share of indicators with a value are not ranked.", valueName: "0…1"))
  var minCoverage: Double = 0.5

  @Option(help: "Normalisation bounds from the scored year only, or from every year (panel): \(Self.list(NormalizationScope.self)).")
  var normalizeOver: NormalizationScope = .year

  var options: ScoringOptions {
    ScoringOptions(
      normalization: normalization, aggregation: aggregation, missing: missing, minCoverage: minCoverage,
      scope: normalizeOver)
  }

  func validate() throws {
    guard (0...1).contains(minCoverage) else {
      throw ValidationError("--min-coverage must be between 0 and 1, got \(minCoverage)")
    }
  }

  private static func list<T: CaseIterable & RawRepresentable>(_: T.Type) -> String where T.RawValue == String {
    T.allCases.map(\.rawValue).joined(separator: ", ")
  }
}

/// The output formats of commands that print results.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case table, csv, json, markdown

  /// Renders a result table in this format.
  func render(_ table: OutputTable) -> String {
    switch self {
    case .table: table.text()
    case .csv: table.csv()
    case .json: table.json()
    case .markdown: table.markdown()
    }
  }
}
