import ArgumentParser
import CityIndex
import CityIndexReports

extension DecimalConvention: ExpressibleByArgument {}

/// Where the index definition, the city data and the city metadata come from; turned into the
/// library's ``InputRequest`` and loaded by ``InputPipeline`` (the CLI computes nothing here).
struct InputOptions: ParsableArguments {
  static let defaultIndex = "indicators/open-smart-city-index.csv"
  static let defaultData = "datasets/open-data.csv"
  /// The full five-area structure with simulated values: the example of what the engine can
  /// express, never the default (`make report-simulated`).
  static let simulatedIndex = "indicators/smart-city-index.csv"
  static let simulatedData = "datasets/smart-city-simulated.csv"

  @Option(help: ArgumentHelp("The index definition (CSV).", valueName: "file"))
  var index: String = Self.defaultIndex

  @Option(
    help: ArgumentHelp(
      "City data (CSV, long or wide); repeat to merge several files. (default: \(Self.defaultData))",
      valueName: "file"))
  var data: [String] = []

  @OptionGroup var cityOptions: CityOptions

  @Option(
    help: ArgumentHelp(
      "Treat values with this quality flag as missing (they then count against coverage), e.g. proxy; repeatable.",
      valueName: "flag"))
  var dropFlag: [String] = []

  @Option(
    help: ArgumentHelp(
      "How the data files write decimals where a value alone cannot tell (1.020 in a ;-file): comma (1020, German) or point (1.02). (default: as each file's other values show)",
      valueName: "comma|point"))
  var decimal: DecimalConvention?

  @Flag(
    help:
      "Leave out indicators the data has and the index does not (one warning names them); without it each is an error, so that a typo cannot vanish.")
  var ignoreUnknown = false

  var dataFiles: [String] { data.isEmpty ? [ShippedFiles.resolve(Self.defaultData)] : data }
  var indexFile: String { index == Self.defaultIndex ? ShippedFiles.resolve(index) : index }

  /// Whether the shipped default index and data are used (no --index, no --data).
  var usesDefaults: Bool { index == Self.defaultIndex && data.isEmpty }

  /// The options as arguments that give the same inputs (files resolved, every choice spelt out):
  /// for the command line a report prints to reproduce itself.
  var arguments: [String] {
    var parts = ["--index", index]
    for file in dataFiles { parts += ["--data", file] }
    for file in cityOptions.paths { parts += ["--cities", file] }
    if cityOptions.noCities { parts.append("--no-cities") }
    for flag in dropFlag { parts += ["--drop-flag", flag] }
    if let decimal { parts += ["--decimal", decimal.rawValue] }
    if ignoreUnknown { parts.append("--ignore-unknown") }
    return parts
  }

  /// The library's request for these options (and the methods of `scoring`, when the command
  /// scores).
  func request(_ scoring: ScoringFlags? = nil, onlyYear: Int? = nil, strictCities: Bool = false) -> InputRequest {
    var request = InputRequest(index: indexFile, data: dataFiles, cities: cityOptions.paths)
    request.dropFlags = dropFlag
    request.decimal = decimal
    request.ignoreUnknown = ignoreUnknown
    request.strictCities = strictCities
    request.noCities = cityOptions.noCities
    request.onlyYear = onlyYear
    if let scoring {
      request.options = scoring.options
      request.groupColumn = scoring.group
    }
    return request
  }

  /// Loads the definition, the data and the cities file through the library's pipeline.
  ///
  /// - Parameters:
  ///   - onlyYear: the one year a command scores (rows of years that cannot matter are skipped).
  ///   - strictCities: a data city the cities file does not know is an error (`validate`).
  /// - Parameter benefitOfTheDoubt: whether the command takes `--weights bod` (only `sci rank`).
  func load(
    _ scoring: ScoringFlags? = nil, onlyYear: Int? = nil, strictCities: Bool = false, benefitOfTheDoubt: Bool = false
  ) throws(InputErrors) -> Loaded<IndexInputs> {
    if scoring?.benefitOfTheDoubt == true && !benefitOfTheDoubt { throw InputErrors([.error(.bodOnlyInRank)]) }
    return try InputPipeline.load(request(scoring, onlyYear: onlyYear, strictCities: strictCities))
  }
}

extension InputOptions {
  /// What each workbook sheet says of its data: the files read and every indicator's source.
  func provenance(_ definition: IndexDefinition, _ language: Language) -> [String] {
    OutputTable.provenance(definition: definition, dataFiles: dataFiles, language: language)
  }
}
