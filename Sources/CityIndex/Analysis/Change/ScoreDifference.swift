import Foundation

/// The difference between two sets of indicator scores on one hierarchy — one city in two
/// years, or two cities in one year — split exactly into what each area and indicator
/// contributes, in points of the index.
///
///     // index = mean(a, b); a = mean(x, y); b = z.   From x 40, y 60, z 50 to x 70, y 60, z 40:
///     // totals 50 → 52.5; x contributes ½ · ½ · 30 = +7.5, z ½ · (−10) = −5, y 0.
///
/// Only the indicators marked *compared* count, and each keeps its share of the index: its
/// contribution is its effective weight (``multiplier``) times the change of its score, and
/// indicators not compared contribute nothing — their share is not handed to the others
/// (``coverage`` is the share that counts). A group's score is the mean of its compared
/// indicators weighted by those shares, its multiplier their sum, so that its contribution —
/// the sum of its children's — is again multiplier × change, at every level. With every
/// indicator compared, the scores are the index's own.
///
/// Under geometric, harmonic or product aggregation a group's scores are its own aggregation
/// over the compared indicators, and its change is split exactly: by the logarithmic mean
/// (`L(a, b) = (a − b) / (ln a − ln b)`, the LMDI decomposition) for geometric and product,
/// by `H_a H_b` for harmonic; the whole is scaled by ``coverage``. Copeland compares cities with
/// each other, so its groups cannot be split (``init(definition:methods:from:to:compared:)``
/// returns `nil`).
public struct ScoreDifference: Sendable, Equatable {
  /// Every node's score in each state, aggregated over the compared indicators; `NaN` for an
  /// indicator not compared and for a group without a compared indicator beneath it.
  public var from: [Double]
  public var to: [Double]
  /// Every node's contribution, in points of the index; `NaN` where ``from`` is. The root's is
  /// ``coverage`` × the change of its score: the sum of the compared indicators'.
  public var contribution: [Double]
  /// Points of the index per point of the node's score (its share of the index under arithmetic
  /// aggregation); `NaN` where ``from`` is.
  public var multiplier: [Double]
  /// The share of the index the compared indicators carry (the sum of their effective weights):
  /// 1 when every indicator is compared.
  public var coverage: Double
  public let root: Int

  /// The difference in points of the index: the sum of the compared indicators' contributions
  /// (`NaN` when nothing is compared).
  public var total: Double { contribution[root] }

  /// - Parameters:
  ///   - methods: each node's aggregation (read for groups only).
  ///   - from, to: every node's score in the two states; only the leaves are read.
  ///   - compared: per node, whether the indicator counts (read for leaves only); an indicator
  ///     without a score in either state does not count whatever this says.
  public init?(
    definition: IndexDefinition, methods: [Aggregation], from fromScores: [Double], to toScores: [Double],
    compared: [Bool]
  ) {
    let count = definition.nodes.count
    root = definition.root
    from = [Double](repeating: .nan, count: count)
    to = from
    contribution = from
    multiplier = from
    coverage = 0
    for leaf in definition.leaves where compared[leaf] && !fromScores[leaf].isNaN && !toScores[leaf].isNaN {
      from[leaf] = fromScores[leaf]
      to[leaf] = toScores[leaf]
    }
    let shares = definition.effectiveWeights
    let counted = definition.leaves.indices.filter { !from[definition.leaves[$0]].isNaN }
    coverage = counted.reduce(0) { $0 + shares[$1] }
    guard !counted.isEmpty else { return nil }
    let groups = definition.groupsBottomUp
    if groups.contains(where: { methods[$0] == .copeland }) { return nil }
    if groups.allSatisfy({ methods[$0] == .arithmetic }) {
      // Each compared indicator keeps its share; a group is their share-weighted mean.
      var weight = [Double](repeating: 0, count: count)
      var sums = (from: [Double](repeating: 0, count: count), to: [Double](repeating: 0, count: count))
      for column in counted {
        var node: Int? = definition.leaves[column]
        let leaf = definition.leaves[column]
        while let current = node {
          weight[current] += shares[column]
          sums.from[current] += shares[column] * from[leaf]
          sums.to[current] += shares[column] * to[leaf]
          node = definition.parent[current]
        }
      }
      for node in 0..<count where weight[node] > 0 {
        multiplier[node] = weight[node]
        if definition.leafColumn[node] == nil {
          from[node] = sums.from[node] / weight[node]
          to[node] = sums.to[node] / weight[node]
        }
      }
    } else {
      // Local multipliers: how many points of its parent one point of a child moves.
      var local = [Double](repeating: .nan, count: count)
      for group in groups {
        let children = definition.children[group].filter { !from[$0].isNaN }
        guard !children.isEmpty else { continue }
        let method = methods[group]
        let weights = children.map { definition.nodes[$0].weight }
        let (a, b) = (children.map { from[$0] }, children.map { to[$0] })
        guard case .score(let groupFrom) = method.combine(a, weights: weights),
          case .score(let groupTo) = method.combine(b, weights: weights), !groupFrom.isNaN, !groupTo.isNaN
        else { continue }
        from[group] = groupFrom
        to[group] = groupTo
        let factors = Self.localMultipliers(method, weights: weights, from: a, to: b, group: (groupFrom, groupTo))
        for (i, child) in children.enumerated() { local[child] = factors[i] }
      }
      guard !from[root].isNaN else { return nil }
      multiplier[root] = coverage
      for group in groups.reversed() where !multiplier[group].isNaN {  // parents first
        for child in definition.children[group] where !from[child].isNaN {
          multiplier[child] = multiplier[group] * local[child]
        }
      }
    }
    for leaf in definition.leaves where !from[leaf].isNaN {
      contribution[leaf] = multiplier[leaf] * (to[leaf] - from[leaf])
    }
    // A group's contribution is the sum of its children's: exact at every level.
    for group in groups where !from[group].isNaN {
      contribution[group] = definition.children[group].reduce(0) { sum, child in
        contribution[child].isNaN ? sum : sum + contribution[child]
      }
    }
  }

  /// For each child, the points of the group per point of the child, such that the children's
  /// `factor × change` add up to the group's change exactly.
  static func localMultipliers(
    _ method: Aggregation, weights: [Double], from a: [Double], to b: [Double], group: (from: Double, to: Double)
  ) -> [Double] {
    let total = weights.reduce(0, +)
    let shares = weights.map { $0 / total }
    let exact: [Double]
    switch method {
    case .arithmetic, .copeland:
      exact = shares
    case .geometric, .product:
      // ln G = Σ c ln s, with c the share (geometric) or weight / mean weight (product).
      let coefficients = method == .geometric ? shares : weights.map { $0 * Double(weights.count) / total }
      let groupMean = logarithmicMean(group.from, group.to)
      exact = a.indices.map { i in groupMean * coefficients[i] / logarithmicMean(a[i], b[i]) }
    case .harmonic:
      // 1/H = Σ share / s, so H_b − H_a = H_a H_b Σ share (1/s_a − 1/s_b).
      exact = a.indices.map { i in group.from * group.to * shares[i] / (a[i] * b[i]) }
    }
    if exact.allSatisfy(\.isFinite) { return exact }
    // A score of 0 (product aggregation allows one): split the group's change in proportion to
    // share × change, which still adds up.
    let change = group.to - group.from
    let weighted = a.indices.map { shares[$0] * (b[$0] - a[$0]) }
    let sum = weighted.reduce(0, +)
    let moved = a.indices.filter { b[$0] != a[$0] }
    return a.indices.map { i in
      let delta = b[i] - a[i]
      guard delta != 0 else { return 0 }
      let part = sum != 0 ? change * weighted[i] / sum : change / Double(moved.count)
      return part / delta
    }
  }

  /// `(a − b) / (ln a − ln b)`, `a` when the two are equal; `NaN` unless both are above 0.
  static func logarithmicMean(_ a: Double, _ b: Double) -> Double {
    guard a > 0, b > 0 else { return .nan }
    if a == b { return a }
    return (a - b) / (log(a) - log(b))
  }
}
