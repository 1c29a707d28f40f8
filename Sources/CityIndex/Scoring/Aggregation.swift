import Foundation

extension Aggregation {
  /// Combines children's scores with their weights, leaving out missing (`NaN`) scores and
  /// renormalising the weights of the rest.
  ///
  ///     Aggregation.arithmetic.combine([80, 40], weights: [3, 1])   // .score(70)
  ///     Aggregation.geometric.combine([100, 25], weights: [1, 1])   // .score(50)
  ///     Aggregation.harmonic.combine([60, 20], weights: [1, 1])     // .score(30)
  ///
  /// - Returns: `.score(NaN)` when every child is missing; `.nonPositive(i)` when geometric or
  ///   harmonic meets a score ≤ 0 at child `i`.
  func combine(_ scores: [Double], weights: [Double]) -> AggregationResult {
    var totalWeight = 0.0
    var sum = 0.0
    for (i, score) in scores.enumerated() where !score.isNaN {
      let weight = weights[i]
      switch self {
      case .arithmetic:
        sum += weight * score
      case .geometric:
        guard score > 0 else { return .nonPositive(i) }
        sum += weight * log(score)
      case .harmonic:
        guard score > 0 else { return .nonPositive(i) }
        sum += weight / score
      }
      totalWeight += weight
    }
    guard totalWeight > 0 else { return .score(.nan) }
    switch self {
    case .arithmetic: return .score(sum / totalWeight)
    case .geometric: return .score(exp(sum / totalWeight))
    case .harmonic: return .score(totalWeight / sum)
    }
  }
}

/// The outcome of combining one group's children.
enum AggregationResult: Equatable {
  case score(Double)
  /// Geometric or harmonic aggregation met a score ≤ 0 at this child.
  case nonPositive(Int)
}
