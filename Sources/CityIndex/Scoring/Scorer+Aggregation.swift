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
    for group in definition.groupsBottomUp {
      let children = definition.children[group]
      if options.weighting == .principalComponents {
        let derived = principalComponentWeights(children.map { scores.column($0) })
        if let derived {
          for (i, child) in children.enumerated() { weights[child] = derived[i] }
        } else {
          log.warning(
            "principal-component weights of '\(definition.nodes[group].id)' are undefined in \(year) "
              + "(a child without spread, or too few complete cities): its children are weighted equally",
            at: definition.nodes[group].location)
          for child in children { weights[child] = 1 }
        }
      }
      let childWeights = children.map { weights[$0] }
      let method = definition.nodes[group].aggregation ?? options.aggregation
      if method == .copeland {
        var childScores = Matrix(rows: scores.rows, columns: children.count)
        for row in 0..<scores.rows {
          for (i, child) in children.enumerated() { childScores[row, i] = scores[row, child] }
        }
        let copeland = Aggregation.copelandScores(childScores, weights: childWeights)
        let contests = Double(copeland.filter { !$0.isNaN }.count - 1)
        let (lo, span) = (options.range.lowerBound, options.range.upperBound - options.range.lowerBound)
        for row in 0..<scores.rows {
          // The share of its contests a city won (draws half); a city alone wins by default.
          let share = contests > 0 ? (copeland[row] + contests) / (2 * contests) : copeland[row].isNaN ? .nan : 1
          scores[row, group] = lo + span * share
        }
        continue
      }
      var childScores = [Double](repeating: 0, count: children.count)
      for row in 0..<scores.rows {
        for (i, child) in children.enumerated() { childScores[i] = scores[row, child] }
        switch method.combine(childScores, weights: childWeights) {
        case .score(let value):
          scores[row, group] = value
        case .nonPositive(let i):
          let child = definition.nodes[children[i]]
          let hint =
            options.range.lowerBound <= 0 && options.normalization != .zScore
            ? "; \(options.normalization.rawValue) gives the weakest city \(options.range.lowerBound.plainText), so use --range 1,100 or --aggregation arithmetic"
            : ""
          log.error(
            "\(method.rawValue) aggregation of '\(definition.nodes[group].id)' needs scores above 0\(method == .product ? " or 0" : ""), "
              + "but \(cities[row]) scores \(childScores[i].plainText) on '\(child.id)' in \(year)\(hint)")
          scores[row, group] = .nan
        }
      }
    }
    return options.weighting == .definition ? definition : definition.withWeights(weights)
  }

  /// The squared loadings of the first principal component of `columns` (they sum to 1), or
  /// `nil` when it is undefined.
  static func principalComponentWeights(_ columns: [[Double]]) -> [Double]? {
    guard columns.count > 1 else { return columns.map { _ in 1 } }
    guard let component = FirstComponent(correlations: completeCaseCorrelations(columns)) else { return nil }
    return component.loadings.map { $0 * $0 }
  }
}
