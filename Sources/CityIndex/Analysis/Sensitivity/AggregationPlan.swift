import Foundation

/// The hierarchy flattened for fast re-aggregation: scores node-major in one contiguous
/// buffer, children as ranges of one index array, groups bottom-up. Used by the Monte Carlo,
/// which re-aggregates thousands of times with other weights and allocates nothing per run.
struct AggregationPlan: Sendable {
  let nodeCount: Int
  let cityCount: Int
  let root: Int
  let leaves: [Int]
  /// Groups, every one after its descendants.
  let groups: [Int]
  /// `children[childStart[g]..<childStart[g + 1]]` are the children of node `g`.
  let childStart: [Int]
  let children: [Int]
  /// The definition's weights.
  let baseWeights: [Double]
  /// A group's own aggregation (the definition's `aggregation` column), else the sample's.
  let ownMethods: [Aggregation?]
  /// Work space ``aggregate(_:weights:scores:work:complete:)`` needs, in doubles.
  var workSize: Int { 3 * cityCount }

  init(_ definition: IndexDefinition, cities: Int) {
    nodeCount = definition.nodes.count
    cityCount = cities
    root = definition.root
    leaves = definition.leaves
    groups = definition.groupsBottomUp
    var start = [0]
    var flat: [Int] = []
    for node in 0..<definition.nodes.count {
      flat += definition.children[node]
      start.append(flat.count)
    }
    childStart = start
    children = flat
    baseWeights = definition.nodes.map(\.weight)
    ownMethods = definition.nodes.map(\.aggregation)
  }

  /// Fills the group rows of `scores` (node-major: `scores[node * cityCount + city]`) from its
  /// leaf rows with weights `weights`. Missing (`NaN`) children are left out and the weights of
  /// the rest renormalised; a zero weight removes a child. `work` needs ``workSize`` doubles.
  /// A group with its own method (e.g. `product` at the root) uses it; the others `method`.
  ///
  /// - Returns: `false` when geometric or harmonic aggregation met a score ≤ 0 (product: < 0).
  func aggregate(
    _ method: Aggregation, weights: UnsafeBufferPointer<Double>, scores: UnsafeMutableBufferPointer<Double>,
    work: UnsafeMutableBufferPointer<Double>, complete: Bool = false
  ) -> Bool {
    if complete && method == .arithmetic && ownMethods.allSatisfy({ $0 == nil || $0 == .arithmetic }) {
      aggregateCompleteArithmetic(weights: weights, scores: scores, work: work)
      return true
    }
    let n = cityCount
    let sum = UnsafeMutableBufferPointer(rebasing: work[0..<n])
    let total = UnsafeMutableBufferPointer(rebasing: work[n..<(2 * n)])
    let present = UnsafeMutableBufferPointer(rebasing: work[(2 * n)..<(3 * n)])
    for group in groups {
      let method = ownMethods[group] ?? method
      for c in 0..<n {
        sum[c] = 0
        total[c] = 0
        present[c] = 0
      }
      for k in childStart[group]..<childStart[group + 1] {
        let child = children[k]
        let w = weights[child]
        if w == 0 { continue }
        let row = child * n
        for c in 0..<n {
          let s = scores[row + c]
          if s.isNaN { continue }
          switch method {
          case .arithmetic:
            sum[c] += w * s
          case .geometric:
            if s <= 0 { return false }
            sum[c] += w * log(s)
          case .harmonic:
            if s <= 0 { return false }
            sum[c] += w / s
          case .product:
            if s < 0 { return false }
            sum[c] += w * log(s)  // log(0) = −∞: the product is 0
            present[c] += 1
          case .copeland:
            return false  // refused before sampling (Sensitivity.checkSupported)
          }
          total[c] += w
        }
      }
      let row = group * n
      for c in 0..<n {
        let t = total[c]
        if t == 0 {
          scores[row + c] = .nan
          continue
        }
        switch method {
        case .arithmetic: scores[row + c] = sum[c] / t
        case .geometric: scores[row + c] = exp(sum[c] / t)
        case .harmonic: scores[row + c] = t / sum[c]
        case .product: scores[row + c] = exp(sum[c] * present[c] / t)
        case .copeland: scores[row + c] = .nan
        }
      }
    }
    return true
  }

  /// The common case without missing scores: one weight total per group and a plain
  /// multiply-add over contiguous rows, which the compiler vectorises.
  private func aggregateCompleteArithmetic(
    weights: UnsafeBufferPointer<Double>, scores: UnsafeMutableBufferPointer<Double>,
    work: UnsafeMutableBufferPointer<Double>
  ) {
    let n = cityCount
    for group in groups {
      var total = 0.0
      for c in 0..<n { work[c] = 0 }
      for k in childStart[group]..<childStart[group + 1] {
        let child = children[k]
        let w = weights[child]
        total += w
        let row = child * n
        for c in 0..<n { work[c] += w * scores[row + c] }
      }
      let row = group * n
      let scale = total == 0 ? Double.nan : 1 / total
      for c in 0..<n { scores[row + c] = work[c] * scale }
    }
  }

  /// Competition ranks of the root row into `ranks` (1 + cities more than 1e-9 ahead).
  /// - Complexity: O(*n*²), with no allocation; *n* is small (cities).
  func rankRoot(_ scores: UnsafeBufferPointer<Double>, into ranks: UnsafeMutableBufferPointer<UInt16>) {
    let n = cityCount
    let base = root * n
    for c in 0..<n {
      let threshold = scores[base + c] + rankTolerance
      var ahead = 0
      for d in 0..<n where scores[base + d] > threshold { ahead += 1 }
      ranks[c] = UInt16(truncatingIfNeeded: ahead + 1)
    }
  }
}
