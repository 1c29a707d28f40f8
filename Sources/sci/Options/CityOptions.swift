import ArgumentParser
import CityIndex
import Foundation

extension PeerKind: ExpressibleByArgument {}

/// Where city metadata (state, population) comes from.
struct CityOptions: ParsableArguments {
  static let defaultCities = "datasets/cities.csv"

  @Option(help: ArgumentHelp("City metadata: city, state, population, … (default: \(Self.defaultCities))", valueName: "file"))
  var cities: String?

  var path: String { cities ?? Self.defaultCities }

  /// The table, or `nil` when the default file is absent (an explicit file must exist).
  func load() throws(InputErrors) -> Loaded<CityTable>? {
    if cities == nil && !FileManager.default.fileExists(atPath: Self.defaultCities) { return nil }
    return try CityTableLoader.load(path: path)
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
