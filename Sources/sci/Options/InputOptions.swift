import ArgumentParser
import CityIndex

/// Where the index definition and the city data come from.
struct InputOptions: ParsableArguments {
  static let defaultIndex = "indicators/smart-city-index.csv"
  static let defaultData = "datasets/smart-city-simulated.csv"

  @Option(help: ArgumentHelp("The index definition (CSV).", valueName: "file"))
  var index: String = Self.defaultIndex

  @Option(
    help: ArgumentHelp(
      "City data (CSV, long or wide); repeat to merge several files. (default: \(Self.defaultData))",
      valueName: "file"))
  var data: [String] = []

  var dataFiles: [String] { data.isEmpty ? [Self.defaultData] : data }

  /// Loads the definition and the data, collecting the errors of both before giving up.
  ///
  /// - Parameter years: read only rows of these years (when the command needs no others).
  func load(years: Set<Int>? = nil) throws(InputErrors) -> Loaded<(definition: IndexDefinition, dataset: Dataset)> {
    let definition = try DefinitionLoader.load(path: index)
    let dataset = try DatasetLoader.load(paths: dataFiles, definition: definition.value, years: years)
    return Loaded((definition.value, dataset.value), warnings: definition.warnings + dataset.warnings)
  }
}
