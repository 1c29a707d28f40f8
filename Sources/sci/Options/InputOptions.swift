import ArgumentParser
import CityIndex

extension DecimalConvention: ExpressibleByArgument {}

/// Where the index definition, the city data and the city metadata come from.
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

  /// What every command works on: the definition, the data (denominated), the city table.
  struct Inputs {
    var definition: IndexDefinition
    var dataset: Dataset
    var cities: CityTable?
    /// The methods, with groups and weights resolved (the definition carries the weights).
    var options: ScoringOptions
    /// Values `--drop-flag` made missing, per flag.
    var dropped: [String: Int] = [:]
  }

  /// Whether the shipped default index and data are used (no --index, no --data).
  var usesDefaults: Bool { index == Self.defaultIndex && data.isEmpty }

  /// Loads the definition, the data and the cities file, collecting the errors of all before
  /// giving up; drops flagged values (`--drop-flag`); divides by denominators; resolves
  /// `--group` and `--weights`.
  ///
  /// - Parameter onlyYear: the one year a command scores; when its bounds and gaps need no
  ///   other year, rows of years that cannot matter are skipped as they are read.
  ///   - strictCities: a data city the cities file does not know is an error (`validate`), not a
  ///     warning.
  func load(_ scoring: ScoringFlags? = nil, onlyYear: Int? = nil, strictCities: Bool = false) throws(InputErrors) -> Loaded<Inputs> {
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var omitted = 0
    func attempt<T>(_ body: () throws(InputErrors) -> Loaded<T>) -> T? {
      do {
        let loaded = try body()
        warnings += loaded.warnings
        return loaded.value
      } catch {
        errors += error.diagnostics
        omitted += error.omitted
        return nil
      }
    }
    let definition = attempt { () throws(InputErrors) in try DefinitionLoader.load(path: index == Self.defaultIndex ? ShippedFiles.resolve(index) : index) }
    let cities = attempt { () throws(InputErrors) -> Loaded<CityTable?> in
      guard let loaded = try cityOptions.load() else { return Loaded(nil) }
      return Loaded(loaded.value, warnings: loaded.warnings)
    }
    guard let definition, let cities else { throw InputErrors(errors + warnings, omitted: omitted) }
    var years: Set<Int>?
    let required = onlyYear.map { Set([$0]) }
    // One year scored against its own bounds needs no other year's rows — unless values are
    // carried forward from earlier years (the vintage rule also reports values too old to use).
    if let onlyYear, let options = scoring?.options, options.scope == .year, options.missing != .lastYear,
      options.maxAges(definition).allSatisfy({ ($0 ?? 0) == 0 })
    {
      years = [onlyYear]
    }
    let loadedData = attempt { () throws(InputErrors) in 
      try DatasetLoader.load(
        paths: dataFiles, definition: definition, years: years, required: required, decimal: decimal, ignoreUnknown: ignoreUnknown,
        keys: cities.flatMap(CityKeys.init))
    }
    guard var raw = loadedData, errors.isEmpty else { throw InputErrors(errors + warnings, omitted: omitted) }
    if let cities {
      let unknown = CityMatching.unknownCities(raw, in: cities, file: cityOptions.path, severity: strictCities ? .error : .warning)
      if strictCities { errors += unknown } else { warnings += unknown }
    }
    var dropped: [String: Int] = [:]
    for flag in dropFlag {
      let result = raw.droppingFlagged([flag])
      raw = result.dataset
      dropped[flag] = result.count
    }
    let dataset = attempt { () throws(InputErrors) in
      try Denomination.apply(definition, raw, cities: cities, citiesFile: cityOptions.path)
    }
    let resolved = attempt { () throws(InputErrors) in
      try scoring?.resolve(definition, cities: cities, citiesFile: cityOptions.path) ?? Loaded((definition, ScoringOptions()))
    }
    guard let dataset, let resolved, errors.isEmpty else { throw InputErrors(errors + warnings, omitted: omitted) }
    return Loaded(
      Inputs(definition: resolved.definition, dataset: dataset, cities: cities, options: resolved.options, dropped: dropped),
      warnings: warnings)
  }
}
