/// Runs the scoring pipeline of DESIGN.md for one year:
/// coverage screen and imputation → normalisation → aggregation → ranking.
///
///     let scorecard = try Scorer.score(definition, dataset, year: 2023, options: ScoringOptions())
///
/// A pure function: the same inputs give the same scorecard, bit for bit.
public enum Scorer {
  /// Scores `year` (the latest year in the data when `nil`).
  ///
  /// - Throws: ``InputErrors`` when the year has no data, `goalpost` meets an indicator
  ///   without both goalposts, or geometric/harmonic aggregation meets a score ≤ 0 (naming
  ///   every such node and city).
  public static func score(
    _ definition: IndexDefinition, _ dataset: Dataset, year: Int? = nil, options: ScoringOptions = ScoringOptions()
  ) throws(InputErrors) -> Scorecard {
    var log = DiagnosticLog()
    guard let year = year ?? dataset.years.last else {
      throw InputErrors([.error("the data has no rows, so there is no year to score")])
    }
    guard dataset.years.contains(year) else {
      let range = dataset.years.isEmpty ? "none" : CityIndex.yearList(dataset.years)
      throw InputErrors([.error("no data for year \(year) (years in the data: \(range))")])
    }
    checkGoalposts(definition, options: options, log: &log)
    try log.throwIfErrors()

    let prepared = options.missing.prepare(dataset, year: year, options: options)
    let reference: [PreparedYear] =
      options.scope == .panel
      ? dataset.years.map { $0 == year ? prepared : options.missing.prepare(dataset, year: $0, options: options) }
      : [prepared]

    var scores = Matrix(rows: prepared.rows.count, columns: definition.nodes.count)
    normalize(prepared, reference: reference, definition: definition, options: options, into: &scores, log: &log)
    aggregate(definition, cities: prepared.rows.map { dataset.cities[$0] }, year: year, options: options, scores: &scores, log: &log)
    try log.throwIfErrors()

    var cities = prepared.rows.map { dataset.cities[$0] }
    var coverage = prepared.coverage
    var notRanked = prepared.notRanked
    // A city whose every indicator is missing (possible with --min-coverage 0) has no total.
    let unscored = (0..<scores.rows).filter { scores[$0, definition.root].isNaN }
    if !unscored.isEmpty {
      for row in unscored {
        notRanked.append(NotRanked(city: cities[row], coverage: coverage[row], reason: "no indicator has a value"))
      }
      let keep = (0..<scores.rows).filter { !scores[$0, definition.root].isNaN }
      scores = scores.selectingRows(keep)
      cities = keep.map { cities[$0] }
      coverage = keep.map { coverage[$0] }
    }
    return Scorecard(
      definition: definition, year: year, options: options, cities: cities, scores: scores,
      coverage: coverage, ranks: competitionRanks(scores.column(definition.root)),
      notRanked: notRanked.sorted { $0.city < $1.city }, warnings: log.warnings)
  }

  private static func checkGoalposts(_ definition: IndexDefinition, options: ScoringOptions, log: inout DiagnosticLog) {
    guard options.normalization == .goalpost else { return }
    for leaf in definition.leaves {
      let node = definition.nodes[leaf]
      if node.goalpostMin == nil || node.goalpostMax == nil {
        log.error(
          "goalpost normalization needs min and max for indicator '\(node.id)'", at: node.location)
      }
    }
  }

  /// Normalises every indicator of `prepared` into the leaf columns of `scores`.
  private static func normalize(
    _ prepared: PreparedYear, reference: [PreparedYear], definition: IndexDefinition, options: ScoringOptions,
    into scores: inout Matrix, log: inout DiagnosticLog
  ) {
    for (column, leaf) in definition.leaves.enumerated() {
      let node = definition.nodes[leaf]
      let bounds = NormalizationBounds(
        reference: reference.lazy.flatMap { $0.values.column(column) }, needsRanks: options.normalization == .percentile)
      let values = prepared.values.column(column)
      if options.normalization != .goalpost && bounds.hasZeroRange && bounds.count > 1 {
        let scope = options.scope == .panel ? "in every year" : "in \(prepared.year)"
        log.warning(
          "indicator '\(node.id)' has the same value for every city \(scope): every city scores 100 on it",
          at: node.location)
      }
      var normalized = options.normalization.apply(
        to: values, bounds: bounds, direction: node.direction ?? .higherIsBetter,
        goalposts: node.goalpostMin.flatMap { low in node.goalpostMax.map { (low, $0) } })
      if options.missing == .zero {
        normalized = normalized.map { $0.isNaN ? 0 : $0 }
      }
      for row in normalized.indices { scores[row, leaf] = normalized[row] }
    }
  }

  /// Fills the group columns of `scores`, children before parents.
  private static func aggregate(
    _ definition: IndexDefinition, cities: [String], year: Int, options: ScoringOptions, scores: inout Matrix,
    log: inout DiagnosticLog
  ) {
    for group in definition.groupsBottomUp {
      let children = definition.children[group]
      let weights = children.map { definition.nodes[$0].weight }
      var childScores = [Double](repeating: 0, count: children.count)
      for row in 0..<scores.rows {
        for (i, child) in children.enumerated() { childScores[i] = scores[row, child] }
        switch options.aggregation.combine(childScores, weights: weights) {
        case .score(let value):
          scores[row, group] = value
        case .nonPositive(let i):
          let child = definition.nodes[children[i]]
          let hint =
            options.normalization == .minMax || options.normalization == .percentile
            ? "; \(options.normalization.rawValue) gives the lowest city 0, so use --normalization zscore or --aggregation arithmetic"
            : ""
          log.error(
            "\(options.aggregation.rawValue) aggregation of '\(definition.nodes[group].id)' needs scores above 0, "
              + "but \(cities[row]) scores \(childScores[i].plainText) on '\(child.id)' in \(year)\(hint)")
          scores[row, group] = .nan
        }
      }
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
