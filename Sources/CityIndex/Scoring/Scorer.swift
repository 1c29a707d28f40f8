import Dispatch

/// Runs the scoring pipeline of DESIGN.md for one year: coverage screen and imputation →
/// outlier treatment → normalisation → aggregation → ranking. (Denominators come first, when
/// the data is loaded: ``Denomination``.)
///
///     let scorecard = try Scorer.score(definition, dataset, year: 2023, options: ScoringOptions())
///
/// A pure function: the same inputs give the same scorecard, bit for bit.
public enum Scorer {
  /// Scores `year` (the latest year in the data when `nil`).
  ///
  /// - Throws: ``InputErrors`` when the year has no data; when a method lacks what it needs
  ///   (goalposts, targets, groups); when the output range cannot work with the aggregation;
  ///   or when geometric/harmonic aggregation meets a score ≤ 0 (naming every such node and city).
  public static func score(
    _ definition: IndexDefinition, _ dataset: Dataset, year: Int? = nil, options: ScoringOptions = ScoringOptions()
  ) throws(InputErrors) -> Scorecard {
    if options.weighting == .optimised { return try OptimisedWeights.score(definition, dataset, year: year, options: options) }
    var log = DiagnosticLog()
    let year = try resolveYear(year, definition, dataset, options: options)
    checkMethods(definition, options: options, log: &log)
    try log.throwIfErrors()

    let maxAges = options.maxAges(definition)
    let prepared = prepare(dataset, year: year, options: options, maxAges: maxAges)
    reportStale(prepared.vintage, year: year, definition: definition, dataset: dataset, log: &log)
    if !prepared.ungrouped.isEmpty, let groups = options.groups {
      log.warning(.noGroupToImpute(cities: prepared.ungrouped, column: groups.column, year: year))
    }
    let reference: [PreparedYear] =
      options.scope == .panel
      ? dataset.years.map { $0 == year ? prepared : prepare(dataset, year: $0, options: options, maxAges: maxAges) }
      : [prepared]

    var scores = Matrix(rows: prepared.rows.count, columns: definition.nodes.count)
    normalize(prepared, reference: reference, definition: definition, options: options, into: &scores, log: &log)
    let cityNames = prepared.rows.map { dataset.cities[$0] }
    let used = aggregate(definition, cities: cityNames, year: year, options: options, scores: &scores, log: &log)
    try log.throwIfErrors()

    var cities = cityNames
    var coverage = prepared.coverage
    var values = prepared.values
    var notRanked = prepared.notRanked
    // A city whose every indicator is missing (possible with --min-coverage 0) has no total.
    let unscored = (0..<scores.rows).filter { scores[$0, definition.root].isNaN }
    if !unscored.isEmpty {
      for row in unscored {
        notRanked.append(NotRanked(city: cities[row], coverage: coverage[row], cause: .noValue))
      }
      let keep = (0..<scores.rows).filter { !scores[$0, definition.root].isNaN }
      scores = scores.selectingRows(keep)
      values = values.selectingRows(keep)
      cities = keep.map { cities[$0] }
      coverage = keep.map { coverage[$0] }
    }
    var card = Scorecard(
      definition: used, year: year, options: options, cities: cities, scores: scores,
      coverage: coverage, values: values, ranks: competitionRanks(scores.column(definition.root)),
      notRanked: notRanked.sorted { $0.city < $1.city }, warnings: log.warnings)
    card.imputed = prepared.imputed
    card.treatments = prepared.treatments
    card.carried = prepared.carried
    card.vintage = prepared.vintage
    card.flags = flags(of: card, dataset: dataset)
    return card
  }

  /// The year asked for, or by default the latest year in which every indicator has a value
  /// no older than its maximum age (``Vintage/defaultYear(_:maxAges:)``).
  ///
  /// - Throws: ``InputErrors`` when the data has no rows, or none for the year asked for.
  public static func resolveYear(
    _ year: Int?, _ definition: IndexDefinition, _ dataset: Dataset, options: ScoringOptions
  ) throws(InputErrors) -> Int {
    try dataset.resolveYear(year ?? Vintage.defaultYear(dataset, maxAges: options.maxAges(definition)))
  }

  /// One warning per indicator whose latest values are too old to carry into `year`.
  /// Warns of every indicator that no city has a usable value of: all too old, or none yet.
  private static func reportStale(
    _ vintage: [IndicatorVintage], year: Int, definition: IndexDefinition, dataset: Dataset, log: inout DiagnosticLog
  ) {
    for entry in vintage where entry.citiesByYear.isEmpty && entry.tooOld.isEmpty {
      guard let node = definition.index(of: entry.indicator).map({ definition.nodes[$0] }),
        let column = dataset.indicators.firstIndex(of: entry.indicator)
      else { continue }
      let first = dataset.years.sorted().first { later in
        later > year && (dataset.values(for: later).map { m in (0..<m.rows).contains { !m[$0, column].isNaN } } ?? false)
      }
      log.warning(.noValueEver(id: node.id, year: year, firstYear: first), at: node.location)
    }
    for entry in vintage where !entry.tooOld.isEmpty {
      guard let node = definition.index(of: entry.indicator).map({ definition.nodes[$0] }) else { continue }
      let years = Set(entry.tooOld.map(\.year)).sorted()
      log.warning(
        .tooOld(id: node.id, year: year, maxAge: entry.maxAge ?? 0, cities: entry.tooOld.count, latest: years), at: node.location)
    }
  }

  /// The flag of every value the scorecard's cities were scored on, carried ones included.
  private static func flags(of card: Scorecard, dataset: Dataset) -> [Scorecard.CityIndicator: String] {
    guard dataset.hasFlags else { return [:] }
    let from = Dictionary(card.carried.map { (Scorecard.CityIndicator(city: $0.city, indicator: $0.indicator), $0.fromYear) }, uniquingKeysWith: { a, _ in a })
    var result: [Scorecard.CityIndicator: String] = [:]
    for city in card.cities {
      guard let row = dataset.row(of: city) else { continue }
      for (column, id) in dataset.indicators.enumerated() {
        let key = Scorecard.CityIndicator(city: city, indicator: id)
        if let flag = dataset.flag(city: row, year: from[key] ?? card.year, indicator: column) { result[key] = flag }
      }
    }
    return result
  }

  /// Carrying forward, coverage screen, imputation and outlier treatment of one year.
  static func prepare(_ dataset: Dataset, year: Int, options: ScoringOptions, maxAges: [Int?]) -> PreparedYear {
    var prepared = options.missing.prepare(dataset, year: year, options: options, maxAges: maxAges)
    guard options.treatment != .none else { return prepared }
    let cities = prepared.rows.map { dataset.cities[$0] }
    for column in 0..<prepared.values.columns {
      let (treated, report) = options.treatment.apply(
        to: prepared.values.column(column), limit: options.winsorizeLimit, indicator: dataset.indicators[column],
        cities: cities)
      if report.outcome != .passed {
        for row in treated.indices { prepared.values[row, column] = treated[row] }
      }
      prepared.treatments.append(report)
    }
    return prepared
  }

  /// What every method needs, checked before anything runs.
  private static func checkMethods(_ definition: IndexDefinition, options: ScoringOptions, log: inout DiagnosticLog) {
    for leaf in definition.leaves {
      let node = definition.nodes[leaf]
      switch node.normalization ?? options.normalization {
      case .goalpost where node.goalpostMin == nil || node.goalpostMax == nil:
        log.error(.goalpostsNeeded(node.id), at: node.location)
      case .distanceToTarget where node.target == nil:
        log.error(.targetNeeded(node.id), at: node.location)
      default:
        break
      }
    }
    if (options.missing == .groupMean || options.missing == .groupMedian) && options.groups == nil {
      log.error(.missingNeedsGroups(method: options.missing.rawValue))
    }
    guard options.range.lowerBound <= 0 else { return }
    for group in definition.groupsBottomUp {
      let method = definition.nodes[group].aggregation ?? options.aggregation
      guard method == .geometric || method == .harmonic else { continue }
      for child in definition.children[group] where definition.leafColumn[child] != nil {
        let normalization = definition.nodes[child].normalization ?? options.normalization
        if normalization != .zScore && normalization != .rank {
          log.error(
            .needsPositiveScores(
              method: method.rawValue, group: definition.nodes[group].id, normalization: normalization.rawValue,
              child: definition.nodes[child].id, low: options.range.lowerBound),
            at: definition.nodes[group].location)
          break
        }
      }
    }
  }

  /// Indicators × cities above which indicators are normalised in parallel.
  static let parallelNormalization = 200_000

  /// Normalises every indicator of `prepared` into the leaf columns of `scores`, each with its
  /// own method when the definition names one; indicators in parallel for large runs.
  private static func normalize(
    _ prepared: PreparedYear, reference: [PreparedYear], definition: IndexDefinition, options: ScoringOptions,
    into scores: inout Matrix, log: inout DiagnosticLog
  ) {
    let leaves = definition.leaves
    var columns = [[Double]](repeating: [], count: leaves.count)
    var warnings = [Diagnostic?](repeating: nil, count: leaves.count)
    @Sendable func normalizeColumn(_ column: Int) -> ([Double], Diagnostic?) {
      let node = definition.nodes[leaves[column]]
      let method = node.normalization ?? options.normalization
      let bounds = NormalizationBounds(
        reference: reference.lazy.flatMap { $0.values.column(column) }, needsRanks: method.needsRanks)
      var warning: Diagnostic?
      if !method.usesFixedBounds && bounds.hasZeroRange && bounds.count > 1 {
        warning = .warning(
          .sameValueForEveryCity(id: node.id, year: options.scope == .panel ? nil : prepared.year, top: options.range.upperBound),
          at: node.location)
      }
      var normalized = method.apply(
        to: prepared.values.column(column), bounds: bounds, direction: node.direction ?? .higherIsBetter,
        goalposts: node.goalpostMin.flatMap { low in node.goalpostMax.map { (low, $0) } }, target: node.target,
        range: options.range)
      if options.missing == .zero {
        normalized = normalized.map { $0.isNaN ? options.range.lowerBound : $0 }
      }
      return (normalized, warning)
    }
    if prepared.rows.count * leaves.count >= parallelNormalization {
      columns.withUnsafeMutableBufferPointer { columnSlots in
        warnings.withUnsafeMutableBufferPointer { warningSlots in
          let (columnOutput, warningOutput) = (UncheckedBuffer(base: columnSlots), UncheckedBuffer(base: warningSlots))
          DispatchQueue.concurrentPerform(iterations: leaves.count) { column in
            (columnOutput.base[column], warningOutput.base[column]) = normalizeColumn(column)
          }
        }
      }
    } else {
      for column in leaves.indices { (columns[column], warnings[column]) = normalizeColumn(column) }
    }
    for (column, leaf) in leaves.enumerated() {
      if let warning = warnings[column] { log.append(contentsOf: [warning]) }
      let normalized = columns[column]
      for row in normalized.indices { scores[row, leaf] = normalized[row] }
    }
  }
}

/// `[2021, 2022, 2023, 2025]` → `"2021–2023, 2025"`.
public func yearList(_ years: [Int]) -> String {
  guard !years.isEmpty else { return "" }
  var parts: [String] = []
  var start = years.first ?? 0
  var previous = start
  for year in years.dropFirst() + [Int.max] {
    if year == previous + 1 {
      previous = year
      continue
    }
    parts.append(start == previous ? "\(start)" : "\(start)–\(previous)")
    start = year
    previous = year
  }
  return parts.joined(separator: ", ")
}
