import ArgumentParser
import CityIndex
import Foundation

extension PeerKind: ExpressibleByArgument {}

/// Where city metadata (state, population, keys) comes from.
struct CityOptions: ParsableArguments {
  /// Read when no `--cities` is given, those of them that exist: the cities, then their
  /// population per year.
  static let defaultCities = ["datasets/cities.csv", "datasets/population.csv"]

  @Option(
    help: ArgumentHelp(
      "City metadata: city, state, population, ..., optionally per year; repeat to merge several files. "
        + "(default: \(Self.defaultCities.joined(separator: " and ")))",
      valueName: "file"))
  var cities: [String] = []

  /// The files read: those given, or the default ones that exist.
  var paths: [String] {
    cities.isEmpty ? Self.defaultCities.map(ShippedFiles.resolve).filter { FileManager.default.fileExists(atPath: $0) } : cities
  }

  /// The files in messages: `a.csv`, or `a.csv + b.csv`.
  var path: String { paths.isEmpty ? Self.defaultCities[0] : paths.joined(separator: " + ") }

  /// The table, or `nil` when no default file exists (an explicit file must exist).
  func load() throws(InputErrors) -> Loaded<CityTable>? {
    guard !paths.isEmpty else { return nil }
    return try CityTableLoader.load(paths: paths)
  }
}

/// Scores every year in the data, or throws the first year's errors.
func scoreAllYears(_ definition: IndexDefinition, _ dataset: Dataset, options: ScoringOptions) throws(InputErrors) -> [Scorecard] {
  var cards: [Scorecard] = []
  for year in dataset.years { cards.append(try Scorer.score(definition, dataset, year: year, options: options)) }
  return cards
}

extension CityGroups {
  /// The groups by a column of the cities file named on the command line.
  static func from(_ table: CityTable?, column: String, file: String, option: String) throws(InputErrors) -> CityGroups {
    guard let table else { throw InputErrors([.error("\(option) \(column) needs a cities file (--cities)")]) }
    guard CityGroups.canGroup(table, by: column) else {
      throw InputErrors([
        .error(
          "\(option) \(column): \(file) has no such column (it has: \(table.columns.joined(separator: ", ")))",
          at: SourceLocation(file: file, line: 1))
      ])
    }
    return CityGroups(table, column: column)
  }
}
