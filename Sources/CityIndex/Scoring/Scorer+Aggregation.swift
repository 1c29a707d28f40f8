import Foundation

extension Scorer {
  /// Fills the group columns of `scores`, children before parents, each group with its own
  /// aggregation when the definition names one.
  ///
  /// - Returns: The definition with the weights used (equal or principal-component weights
  ///   replace the file's).
  static func aggregate(
    _ definition: IndexDefinition, cities: [String], year: Int, options: ScoringOptions, scores: inout Matrix,
    log: inout DiagnosticLog
  ) -> IndexDefinition {
    var weights = definition.nodes.map { options.weighting == .equal ? 1 : $0.weight }
    let groups = definition.groupsBottomUp
    let methods = groups.map { definition.nodes[$0].aggregation ?? options.aggregation }
    func report(_ failures: [NonPositive], log: inout DiagnosticLog) {
      for failure in failures {
        logNonPositive(
          definition, group: groups[failure.group], method: methods[failure.group], child: failure.child,
          city: cities[failure.row], score: failure.score, year: year, options: options, log: &log)
      }
    }
    let rows = scores.rows
    if options.weighting != .principalComponents, !methods.contains(.copeland), rows * groups.count >= parallelAggregation {
      // Every city's groups depend on that city's scores only: cities in parallel, the
      // failures put back in the order the sequential pass meets them.
      let (chunks, columns, fixedWeights) = (64, scores.columns, weights)
      var failures = [[NonPositive]](repeating: [], count: chunks)
      scores.values.withUnsafeMutableBufferPointer { values in
        failures.withUnsafeMutableBufferPointer { slots in
          let (output, failed) = (UncheckedBuffer(base: values), UncheckedBuffer(base: slots))
          DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var found: [NonPositive] = []
            for g in groups.indices {
              combine(
                g, definition: definition, method: methods[g], weights: fixedWeights,
                rows: stride(from: chunk, to: rows, by: chunks), scores: output, columns: columns, failures: &found)
            }
            failed.base[chunk] = found
          }
        }
      }
      report(failures.flatMap { $0 }.sorted { ($0.group, $0.row) < ($1.group, $1.row) }, log: &log)
      return options.weighting == .definition ? definition : definition.withWeights(weights)
    }
    for (g, group) in groups.enumerated() {
      let children = definition.children[group]
      if options.weighting == .principalComponents {
        let derived = principalComponentWeights(children.map { scores.column($0) })
        if let derived {
          for (i, child) in children.enumerated() { weights[child] = derived[i] }
        } else {
          log.warning(.principalComponentsUndefined(group: definition.nodes[group].id, year: year), at: definition.nodes[group].location)
          for child in children { weights[child] = 1 }
        }
      }
      if methods[g] == .copeland {
        var childScores = Matrix(rows: rows, columns: children.count)
        for row in 0..<rows {
          for (i, child) in children.enumerated() { childScores[row, i] = scores[row, child] }
        }
        let copeland = Aggregation.copelandScores(childScores, weights: children.map { weights[$0] })
        let contests = Double(copeland.filter { !$0.isNaN }.count - 1)
        let (lo, span) = (options.range.lowerBound, options.range.upperBound - options.range.lowerBound)
        for row in 0..<rows {
          // The share of its contests a city won (draws half); a city alone wins by default.
          let share = contests > 0 ? (copeland[row] + contests) / (2 * contests) : copeland[row].isNaN ? .nan : 1
          scores[row, group] = lo + span * share
        }
        continue
      }
      var found: [NonPositive] = []
      let columns = scores.columns
      scores.values.withUnsafeMutableBufferPointer { values in
        combine(
          g, definition: definition, method: methods[g], weights: weights, rows: stride(from: 0, to: rows, by: 1),
          scores: UncheckedBuffer(base: values), columns: columns, failures: &found)
      }
      report(found, log: &log)
    }
    return options.weighting == .definition ? definition : definition.withWeights(weights)
  }

  /// Cities × groups above which cities are aggregated in parallel.
  static let parallelAggregation = 100_000

  /// A city's score that geometric, harmonic or product aggregation cannot take.
  struct NonPositive {
    /// Position in `groupsBottomUp`; the row; the child (node) and its score.
    var group: Int
    var row: Int
    var child: Int
    var score: Double
  }

  /// Combines the children of group `g` (its position in `groupsBottomUp`) for `rows` of the
  /// row-major `scores`, noting each score the method cannot take (the group is then missing).
  private static func combine(
    _ g: Int, definition: IndexDefinition, method: Aggregation, weights: [Double], rows: StrideTo<Int>,
    scores: UncheckedBuffer<Double>, columns: Int, failures: inout [NonPositive]
  ) {
    let group = definition.groupsBottomUp[g]
    let children = definition.children[group]
    let childWeights = children.map { weights[$0] }
    var childScores = [Double](repeating: 0, count: children.count)
    for row in rows {
      for (i, child) in children.enumerated() { childScores[i] = scores.base[row * columns + child] }
      switch method.combine(childScores, weights: childWeights) {
      case .score(let value):
        scores.base[row * columns + group] = value
      case .nonPositive(let i):
        failures.append(NonPositive(group: g, row: row, child: children[i], score: childScores[i]))
        scores.base[row * columns + group] = .nan
      }
    }
  }

  private static func logNonPositive(
    _ definition: IndexDefinition, group: Int, method: Aggregation, child: Int, city: String, score: Double, year: Int,
    options: ScoringOptions, log: inout DiagnosticLog
  ) {
    let hint =
      options.range.lowerBound <= 0 && options.normalization != .zScore
      ? (normalization: options.normalization.rawValue, low: options.range.lowerBound) : nil
    log.error(
      .nonPositiveScore(
        method: method.rawValue, group: definition.nodes[group].id, orZero: method == .product, city: city, score: score,
        child: definition.nodes[child].id, year: year, rangeHint: hint))
  }

  /// The squared loadings of the first principal component of `columns` (they sum to 1), or
  /// `nil` when it is undefined.
  static func principalComponentWeights(_ columns: [[Double]]) -> [Double]? {
    guard columns.count > 1 else { return columns.map { _ in 1 } }
    guard let component = FirstComponent(correlations: completeCaseCorrelations(columns)) else { return nil }
    return component.loadings.map { $0 * $0 }
  }
}
