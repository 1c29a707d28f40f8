import Dispatch

/// First-order sensitivity indices from the Monte Carlo sample itself, by binning: for a factor
/// X, `S = Σ_c Var(E[R_c | X]) / Σ_c Var(R_c)` over every city's rank R_c, where the conditional
/// means are the mean ranks within equal-width bins of X (categories for the method choices).
/// This is the correlation ratio η², a given-data estimator of the first-order index (Plischke
/// 2010; the handbook's "variance-based" measure). Bin means of a factor that explains nothing
/// still scatter, so η² is biased upwards by about (bins − 1) / (samples − 1); the estimate is
/// corrected for that, `(η² − b) / (1 − b)`, and floored at 0.
struct FirstOrderEstimator {
  let samples: SampleSet
  let cities: Int
  /// Node of each weight factor.
  let factors: [Int]
  let definition: IndexDefinition
  let settings: Sensitivity.Settings
  let bins: Int

  func indices() -> [Sensitivity.FirstOrder] {
    let n = samples.count
    guard n > 1 else { return [] }
    // Mean and variance of each city's rank.
    var mean = [Double](repeating: 0, count: cities)
    for s in 0..<n { for c in 0..<cities { mean[c] += Double(samples.ranks[s * cities + c]) } }
    for c in 0..<cities { mean[c] /= Double(n) }
    var totalVariance = 0.0
    for s in 0..<n {
      for c in 0..<cities {
        let d = Double(samples.ranks[s * cities + c]) - mean[c]
        totalVariance += d * d
      }
    }
    totalVariance /= Double(n)

    let moments = Moments(mean: mean, totalVariance: totalVariance)
    func explained(bins count: Int, _ bin: (Int) -> Int) -> Double { self.explained(bins: count, moments: moments, bin) }

    var byNode: [Int: Double] = [:]
    let u = settings.uncertainty
    if u > 0 {
      // Factors are independent of each other: estimate them in parallel, each into its own slot.
      var indices = [Double](repeating: 0, count: factors.count)
      indices.withUnsafeMutableBufferPointer { slots in
        let output = UncheckedBuffer(base: slots)
        DispatchQueue.concurrentPerform(iterations: factors.count) { k in
          output.base[k] = self.explained(bins: bins, moments: moments) { s in
            let x = (samples.factors[s * samples.factorCount + k] - (1 - u)) / (2 * u)
            return min(bins - 1, max(0, Int(x * Double(bins))))
          }
        }
      }
      for (k, node) in factors.enumerated() { byNode[node] = indices[k] }
    }
    var result: [Sensitivity.FirstOrder] = []
    for area in definition.children[definition.root] {
      let node = definition.nodes[area]
      result.append(.init(factor: node.id, subject: .weight(of: node.name), index: byNode[area] ?? 0))
    }
    for area in definition.children[definition.root] where !definition.children[area].isEmpty {
      var members: [Int] = []
      func collect(_ node: Int) {
        for child in definition.children[node] {
          members.append(child)
          collect(child)
        }
      }
      collect(area)
      let node = definition.nodes[area]
      result.append(
        .init(
          factor: "\(node.id).*", subject: .weightsWithin(node.name),
          index: members.reduce(0) { $0 + (byNode[$1] ?? 0) }))
    }
    if settings.varyMethods {
      result.append(.init(factor: "normalization", subject: .normalization, index: explained(bins: 3) { Int(samples.normalization[$0]) }))
      result.append(.init(factor: "aggregation", subject: .aggregation, index: explained(bins: 2) { Int(samples.aggregation[$0]) }))
    }
    return result
  }

  struct Moments: Sendable {
    var mean: [Double]
    var totalVariance: Double
  }

  /// Σ_c Var of the bin means of city c's rank, for bin assignment `bin(s)`, bias-corrected.
  /// The inner loop adds contiguous integer ranks, which the compiler vectorises.
  func explained(bins count: Int, moments: Moments, _ bin: (Int) -> Int) -> Double {
  let (n, mean, totalVariance) = (samples.count, moments.mean, moments.totalVariance)
    guard totalVariance > 0 else { return 0 }
    var sizes = [Int](repeating: 0, count: count)
    var sums = [UInt64](repeating: 0, count: count * cities)
    samples.ranks.withUnsafeBufferPointer { ranks in
      sums.withUnsafeMutableBufferPointer { sums in
        for s in 0..<n {
          let b = bin(s)
          sizes[b] += 1
          let (to, from) = (b * cities, s * cities)
          for c in 0..<cities { sums[to + c] &+= UInt64(ranks[from + c]) }
        }
      }
    }
    var between = 0.0
    for b in 0..<count where sizes[b] > 0 {
      for c in 0..<cities {
        let d = Double(sums[b * cities + c]) / Double(sizes[b]) - mean[c]
        between += Double(sizes[b]) * d * d
      }
    }
    let raw = between / Double(n) / totalVariance
    let bias = Double(count - 1) / Double(n - 1)
    return max(0, (raw - bias) / (1 - bias))
  }
}

/// A buffer that parallel workers write to at disjoint positions.
struct UncheckedBuffer<Element>: @unchecked Sendable {
  let base: UnsafeMutableBufferPointer<Element>
}
