/// Weights chosen so that each indicator's measured influence matches the share the definition
/// intends for it (COINr's `get_opt_weights` with `optype = "balance"`; Becker et al. 2017):
/// `--weights optimised`.
///
///     let card = try Scorer.score(definition, dataset, options: .init(weighting: .optimised))
///     card.weightFit?.converged   // within the tolerance?
///     card.definition.effectiveWeights   // the weights found
///
/// The intended shares are the definition's nominal shares (its effective weights). Each
/// indicator's influence is its effective share (``Importance``: its first-order effect r² over
/// the sum of all indicators'). Starting from the nominal shares, the method repeats: score the
/// year with weights `g`, measure the effective shares `s`, and move each weight by
/// `g_i ← g_i · (t_i / s_i)^½` (renormalised), until every share is within ``tolerance`` of its
/// target, ``patience`` steps bring nothing closer, or after ``maximumIterations``; the weights of
/// the best iteration (smallest sum of squared differences) are kept. Like principal-component
/// weights, they are found for each year scored. A group's weight becomes the sum of its indicators', each
/// indicator's its own, so that the effective weights are exactly `g`. An indicator that moves
/// with nothing (r ≈ 0) can only gain influence by dominating; its weight is capped at
/// ``cap`` times its target so that the fit cannot hand it the index. An indicator without
/// scores in the year keeps its weight and a target of 0; the others share the intended shares.
public enum OptimisedWeights {
  /// How a fit went: the weights found and how close they came.
  public struct Fit: Sendable, Equatable {
    /// Indicator ids, in the definition's order.
    public var indicators: [String]
    /// The intended shares: the definition's effective weights, over the indicators with scores
    /// that year (0 for one without).
    public var targets: [Double]
    /// The effective shares under the definition's weights.
    public var before: [Double]
    /// The weights found (effective weights, summing to 1).
    public var weights: [Double]
    /// The effective shares under the weights found.
    public var after: [Double]
    public var iterations: Int
    public var converged: Bool

    /// The largest |effective − intended| share before and after.
    public var largestGapBefore: Double { zip(before, targets).map { abs($0 - $1) }.max() ?? 0 }
    public var largestGapAfter: Double { zip(after, targets).map { abs($0 - $1) }.max() ?? 0 }
  }

  /// Every share within this of its target: converged.
  public static let tolerance = 0.01
  public static let maximumIterations = 200
  /// Stop when this many steps in a row found nothing closer (the fit circles its best).
  public static let patience = 20
  /// No weight above this multiple of its target.
  public static let cap = 4.0

  /// The scorecard of `year` with optimised weights; its ``Scorecard/weightFit`` says how the fit went.
  static func score(
    _ definition: IndexDefinition, _ dataset: Dataset, year: Int?, options: ScoringOptions
  ) throws(InputErrors) -> Scorecard {
    var plain = options
    plain.weighting = .definition
    let nominal = definition.effectiveWeights
    func card(_ g: [Double]) throws(InputErrors) -> Scorecard {
      try Scorer.score(withLeafWeights(g, definition), dataset, year: year, options: plain)
    }
    func shares(_ card: Scorecard) -> [Double] { Importance(card).indicators.map(\.effective) }

    var g = nominal
    var current = try card(g)
    // An indicator without scores that year (no values within its maximum age) has no influence
    // to match: its target is 0 and its weight stays, the others share the intended shares.
    let start = Importance(current).indicators
    let usable = start.map { $0.cities >= 2 && !$0.correlation.isNaN }
    let usableTotal = zip(nominal, usable).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
    let targets = zip(nominal, usable).map { $1 && usableTotal > 0 ? $0 / usableTotal : 0 }
    func distance(_ s: [Double]) -> Double { zip(s, targets).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } }
    let before = start.map(\.effective)
    var (best, bestCard, bestShares) = (g, current, before)
    var s = before
    var (iterations, sinceBest) = (0, 0)
    while iterations < maximumIterations, sinceBest < patience, zip(s, targets).contains(where: { abs($0 - $1) > tolerance }) {
      iterations += 1
      sinceBest += 1
      let moved = g.indices.map { i in
        usable[i] ? min(cap * targets[i] * usableTotal, g[i] * (targets[i] / max(s[i], 1e-6)).squareRoot()) : 0
      }
      let total = moved.reduce(0, +)
      guard total > 0 else { break }
      g = g.indices.map { usable[$0] ? moved[$0] / total * usableTotal : g[$0] }
      current = try card(g)
      s = shares(current)
      if distance(s) < distance(bestShares) { (best, bestCard, bestShares, sinceBest) = (g, current, s, 0) }
    }
    var result = bestCard
    result.options.weighting = .optimised
    result.weightFit = Fit(
      indicators: definition.leaves.map { definition.nodes[$0].id }, targets: targets, before: before, weights: best,
      after: bestShares, iterations: iterations,
      converged: !zip(bestShares, targets).contains { abs($0 - $1) > tolerance })
    return result
  }

  /// The definition with each leaf weighted `g` (in leaf order) and each group by the sum of its
  /// leaves' `g`: its effective weights are then `g / Σ g`.
  static func withLeafWeights(_ g: [Double], _ definition: IndexDefinition) -> IndexDefinition {
    var weights = [Double](repeating: 0, count: definition.nodes.count)
    weights[definition.root] = definition.nodes[definition.root].weight  // the root is weighed by nothing
    for (leaf, weight) in zip(definition.leaves, g) {
      var node: Int? = leaf
      while let current = node, current != definition.root {
        weights[current] += weight
        node = definition.parent[current]
      }
    }
    return definition.withWeights(weights)
  }
}
