import ArgumentParser
import CityIndex
import Foundation

extension PeerKind: ExpressibleByArgument {}

/// Where city metadata (state, population, keys, aliases) comes from.
struct CityOptions: ParsableArguments {
  /// Read when no `--cities` is given, those of them that exist: the cities, then their
  /// population per year — found wherever the shipped data is (``ShippedFiles``).
  static let defaultCities = ["datasets/cities.csv", "datasets/population.csv"]

  @Option(
    help: ArgumentHelp(
      "City metadata: city, state, population, aliases, ..., optionally per year; repeat to merge several files. "
        + "(default: \(Self.defaultCities.joined(separator: " and ")))",
      valueName: "file"))
  var cities: [String] = []

  @Flag(help: "There is no cities file: city names go unchecked without a warning (validate refuses that without it).")
  var noCities = false

  /// The files read: those given, or the default ones that exist (none with `--no-cities`).
  var paths: [String] {
    if noCities { return [] }
    return cities.isEmpty ? Self.defaultCities.map(ShippedFiles.resolve).filter { FileManager.default.fileExists(atPath: $0) } : cities
  }

  /// The files in messages: `a.csv`, or `a.csv + b.csv`.
  var path: String { paths.isEmpty ? Self.defaultCities[0] : paths.joined(separator: " + ") }

  func validate() throws {
    if noCities && !cities.isEmpty { throw ValidationError(.citiesContradict) }
  }
}
