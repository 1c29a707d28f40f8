/// What a scoring run reads, and the choices that shape what it reads: the files, the flags to
/// drop, how decimals are written, the methods (for the groups and weights they need).
///
///     var request = InputRequest(
///       index: "indicators/open-smart-city-index.csv", data: ["datasets/open-data.csv"],
///       cities: ["datasets/cities.csv", "datasets/population.csv"])
///     request.options.normalization = .percentile
///     let inputs = try InputPipeline.load(request)
///     let card = try Scorer.score(inputs.value.definition, inputs.value.dataset, options: inputs.value.options)
public struct InputRequest: Sendable {
  /// The index definition (CSV).
  public var index: String
  /// City data files (long or wide), merged.
  public var data: [String]
  /// City metadata files (state, population, keys, aliases …), merged; empty: none.
  public var cities: [String]
  /// Values with these flags count as missing (`--drop-flag`).
  public var dropFlags: [String] = []
  /// How `1.020` reads where a file's other values cannot tell (`--decimal`).
  public var decimal: DecimalConvention?
  /// Leave out indicators the definition does not have, with one warning (`--ignore-unknown`).
  public var ignoreUnknown = false
  /// A data city the cities file does not know is an error (`validate`), not a warning; and so
  /// is a run without a cities file, unless ``noCities`` says there is none on purpose.
  public var strictCities = false
  /// There is no cities file on purpose (`--no-cities`): names go unchecked without a word.
  public var noCities = false
  /// The one year a command scores, when its bounds and gaps need no other year: rows of years
  /// that cannot matter are skipped as they are read.
  public var onlyYear: Int?
  /// The methods; `weighting` `.custom(source:)` names a weights file to read into the definition.
  public var options = ScoringOptions()
  /// The column of the cities file that groups cities for group imputation (`--group`).
  public var groupColumn: String?
  /// The definition and the cities table when the caller has them already (a service that loads
  /// them once, the fuzzer): then ``index`` and ``cities`` only name them in messages.
  public var loadedDefinition: IndexDefinition?
  public var loadedCities: CityTable?

  public init(index: String, data: [String], cities: [String] = []) {
    self.index = index
    self.data = data
    self.cities = cities
  }

  /// The cities files as one place for messages: `a.csv`, or `a.csv + b.csv`.
  public var citiesLabel: String { cities.isEmpty ? "the cities file" : cities.joined(separator: " + ") }
}

/// What scoring needs: the definition (with the run's weights), the data (flags dropped,
/// divided by their denominators, city names official), the cities file and the methods with
/// their groups.
public struct IndexInputs: Sendable {
  public var definition: IndexDefinition
  public var dataset: Dataset
  public var cities: CityTable?
  /// The methods, with groups and weights resolved (the definition carries the weights).
  public var options: ScoringOptions
  /// Values ``InputRequest/dropFlags`` made missing, per flag.
  public var dropped: [String: Int] = [:]
}

/// The one way to load a run's inputs: every command of `sci`, `sci-bench`, `sci-fuzz` and any
/// program using the library go through ``load(_:)``.
///
/// Steps, each collecting its errors before giving up: the definition and the cities file; the
/// data (city names matched to the cities file's official names and aliases, official keys
/// resolved); unknown cities (warnings, or errors when ``InputRequest/strictCities``); dropped
/// flags; denominators; then the groups and the weights file the methods name.
public enum InputPipeline {
  public static func load(_ request: InputRequest) throws(InputErrors) -> Loaded<IndexInputs> {
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
    let definition = attempt { () throws(InputErrors) -> Loaded<IndexDefinition> in
      if let loaded = request.loadedDefinition { return Loaded(loaded) }
      return try DefinitionLoader.load(path: request.index)
    }
    let cities = attempt { () throws(InputErrors) -> Loaded<CityTable?> in
      if let loaded = request.loadedCities { return Loaded(loaded) }
      guard !request.cities.isEmpty else { return Loaded(nil) }
      let loaded = try CityTableLoader.load(paths: request.cities)
      return Loaded(loaded.value, warnings: loaded.warnings)
    }
    guard let definition, let cities else { throw InputErrors(errors + warnings, omitted: omitted) }
    let loadedData = attempt { () throws(InputErrors) in
      try DatasetLoader.load(
        paths: request.data, definition: definition, years: readYears(request, definition),
        required: request.onlyYear.map { [$0] }, decimal: request.decimal, ignoreUnknown: request.ignoreUnknown,
        keys: cities.flatMap(CityKeys.init), names: cities.map(CityNames.init))
    }
    guard var raw = loadedData, errors.isEmpty else { throw InputErrors(errors + warnings, omitted: omitted) }
    if let cities {
      let unknown = CityMatching.unknownCities(
        raw, in: cities, file: request.citiesLabel, severity: request.strictCities ? .error : .warning)
      if request.strictCities { errors += unknown } else { warnings += unknown }
    } else if !request.noCities {
      let problem = Problem.noCitiesFile(strict: request.strictCities)
      if request.strictCities {
        errors.append(.error(problem, at: raw.filesLocation))
      } else {
        warnings.append(.warning(problem, at: raw.filesLocation))
      }
    }
    var dropped: [String: Int] = [:]
    for flag in request.dropFlags {
      let result = raw.droppingFlagged([flag])
      raw = result.dataset
      dropped[flag] = result.count
    }
    let dataset = attempt { () throws(InputErrors) in
      try Denomination.apply(definition, raw, cities: cities, citiesFile: request.citiesLabel)
    }
    let resolved = attempt { () throws(InputErrors) in try resolve(request, definition, cities: cities) }
    guard let dataset, let resolved, errors.isEmpty else { throw InputErrors(errors + warnings, omitted: omitted) }
    return Loaded(
      IndexInputs(definition: resolved.definition, dataset: dataset, cities: cities, options: resolved.options, dropped: dropped),
      warnings: warnings)
  }

  /// The years to read: only ``InputRequest/onlyYear`` when one year scored against its own
  /// bounds needs no other — unless values are carried forward from earlier years (the vintage
  /// rule also reports values too old to use); `nil`: every year.
  static func readYears(_ request: InputRequest, _ definition: IndexDefinition) -> Set<Int>? {
    guard let year = request.onlyYear, request.options.scope == .year, request.options.missing != .lastYear,
      request.options.maxAges(definition).allSatisfy({ ($0 ?? 0) == 0 })
    else { return nil }
    return [year]
  }

  /// The options with what needs the inputs: the groups of `--group` from the cities file, a
  /// weights file read into the definition (``load(_:)`` does this; `whatif` scores a baseline
  /// before it).
  public static func resolve(
    _ request: InputRequest, _ definition: IndexDefinition, cities: CityTable?
  ) throws(InputErrors) -> Loaded<(definition: IndexDefinition, options: ScoringOptions)> {
    var options = request.options
    var definition = definition
    var warnings: [Diagnostic] = []
    if let group = request.groupColumn {
      options.groups = try CityGroups.from(cities, column: group, file: request.citiesLabel, option: "--group")
    }
    if case .custom(let file) = options.weighting {
      let loaded = try WeightsLoader.load(path: file, definition: definition)
      definition = definition.withWeights(loaded.value)
      warnings += loaded.warnings
    }
    return Loaded((definition, options), warnings: warnings)
  }
}

extension CityGroups {
  /// The groups by a column of the cities file named by an option (`--group`, `--peers`).
  ///
  /// - Throws: ``InputErrors`` when there is no cities file or it has no such column.
  public static func from(_ table: CityTable?, column: String, file: String, option: String) throws(InputErrors) -> CityGroups {
    guard let table else { throw InputErrors([.error(.optionNeedsCitiesFile(option: option, column: column))]) }
    guard CityGroups.canGroup(table, by: column) else {
      throw InputErrors([
        .error(.noSuchCitiesColumn(option: option, column: column, file: file, columns: table.columns), at: SourceLocation(file: file, line: 1))
      ])
    }
    return CityGroups(table, column: column)
  }
}

extension Scorer {
  /// Scores every year in the data, or throws the first year's errors.
  public static func scoreEveryYear(
    _ definition: IndexDefinition, _ dataset: Dataset, options: ScoringOptions
  ) throws(InputErrors) -> [Scorecard] {
    var cards: [Scorecard] = []
    for year in dataset.years { cards.append(try score(definition, dataset, year: year, options: options)) }
    return cards
  }
}
