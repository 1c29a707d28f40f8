import Foundation

extension Aggregation {
  /// Combines children's scores with their weights, leaving out missing (`NaN`) scores and
  /// renormalising the weights of the rest. A child of weight 0 is left out as if missing (a
  /// weights file may give 0: the page's sliders do).
  ///
  ///     Aggregation.arithmetic.combine([80, 40], weights: [3, 1])   // .score(70)
  ///     Aggregation.geometric.combine([100, 25], weights: [1, 1])   // .score(50)
  ///     Aggregation.harmonic.combine([60, 20], weights: [1, 1])     // .score(30)
  ///     Aggregation.product.combine([0.5, 0.2], weights: [1, 1])    // .score(0.1)
  ///
  /// `copeland` compares cities with each other, not one city's children: ``copelandScores(_:weights:)``.
  ///
  /// - Returns: `.score(NaN)` when every child is missing; `.nonPositive(i)` when geometric or
  ///   harmonic meets a score ≤ 0 (product: < 0) at child `i`.
  func combine(_ scores: [Double], weights: [Double]) -> AggregationResult {
    var totalWeight = 0.0
    var sum = 0.0
    if self == .product {
      var present = 0
      for (i, score) in scores.enumerated() where !score.isNaN && weights[i] != 0 {
        guard score >= 0 else { return .nonPositive(i) }
        totalWeight += weights[i]
        present += 1
      }
      guard present > 0, totalWeight > 0 else { return .score(.nan) }
      let meanWeight = totalWeight / Double(present)
      var product = 1.0
      for (i, score) in scores.enumerated() where !score.isNaN && weights[i] != 0 {
        product *= weights[i] == meanWeight ? score : pow(score, weights[i] / meanWeight)
      }
      return .score(product)
    }
    for (i, score) in scores.enumerated() where !score.isNaN && weights[i] != 0 {
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
      case .product, .copeland:
        break
      }
      totalWeight += weight
    }
    guard totalWeight > 0 else { return .score(.nan) }
    switch self {
    case .arithmetic: return .score(sum / totalWeight)
    case .geometric: return .score(exp(sum / totalWeight))
    case .harmonic: return .score(totalWeight / sum)
    case .product, .copeland: return .score(.nan)
    }
  }

  /// Copeland scores of the rows of `scores` (cities × children): for every pair of cities, the
  /// one whose better children carry more weight wins (+1, the other −1); equal weight is a
  /// draw (0). Children missing for either city of a pair are left out of that pair.
  ///
  ///     // A [3, 3, 1]  B [2, 2, 2]  weights [1, 1, 1]: A wins 2 children to 1 → A +1, B −1
  ///
  /// - Returns: Each city's wins minus losses; `NaN` for a city with no score at all.
  /// - Complexity: O(*n*² *k*) for *n* cities and *k* children.
  static func copelandScores(_ scores: Matrix, weights: [Double]) -> [Double] {
    let (n, k) = (scores.rows, scores.columns)
    let scored = (0..<n).map { row in (0..<k).contains { !scores[row, $0].isNaN } }
    // Children column by column, so that one city's margins against all others are a few
    // passes over contiguous memory (vectorised); cities in parallel for large groups.
    let columns = (0..<k).map { scores.column($0) }
    var result = [Double](repeating: .nan, count: n)
    let chunks = n >= 2_000 ? 64 : 1
    result.withUnsafeMutableBufferPointer { slots in
      let output = UncheckedBuffer(base: slots)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let margin = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer { margin.deallocate() }
        for a in stride(from: chunk, to: n, by: chunks) where scored[a] {
          margin.initialize(repeating: 0)
          for c in 0..<k {
            let (x, w) = (columns[c][a], weights[c])
            if x.isNaN { continue }
            columns[c].withUnsafeBufferPointer { column in
              // A missing score compares neither way: that child does not count for the pair.
              for b in 0..<n { margin[b] += (x > column[b] ? w : 0) - (x < column[b] ? w : 0) }
            }
          }
          var wins = 0.0
          for b in 0..<n where b != a && scored[b] { wins += margin[b] > 0 ? 1 : margin[b] < 0 ? -1 : 0 }
          output.base[a] = wins
        }
      }
    }
    return result
  }
}

/// The outcome of combining one group's children.
enum AggregationResult: Equatable {
  case score(Double)
  /// Geometric or harmonic aggregation met a score ≤ 0 at this child.
  case nonPositive(Int)
}
