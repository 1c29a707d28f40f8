/// How much each indicator and area really moves the index, against how much its weight says it
/// should (Paruolo, Saisana & Saltelli 2013; the JRC's audits): the **nominal share** is what the
/// weights give it (the leaf's weight times its ancestors' weight shares, an area's weight
/// share), the **effective share** its part of what all of its level explain of the index's
/// spread between cities.
///
///     let importance = Importance(card)
///     importance.indicators.map { ($0.id, $0.nominal, $0.effective) }
///
/// An item's first-order effect `S = Var(E[index | item]) / Var(index)` is estimated by the
/// squared Pearson correlation of its scores with the index over the cities both have (the
/// linear estimate, as COINr's weight optimisation uses correlations; it is exact for a yes/no
/// indicator, whose conditional mean has only two values). The effective share is `S` over the
/// sum of `S` at its level, so shares sum to 1 there as nominal shares do. With correlated
/// indicators the effects overlap, which is why the sum of `S` can exceed 1: shares compare
/// items with each other, not with the variance.
public struct Importance: Sendable {
  public struct Share: Sendable, Equatable {
    public var id: String
    public var name: String
    /// `area` or `indicator`: the level whose shares it is compared with.
    public var level: NodeLevel
    /// The area it belongs to (an area: itself).
    public var area: String
    /// Its share of the index by the weights used.
    public var nominal: Double
    /// Pearson's r of its scores with the index.
    public var correlation: Double
    /// The first-order effect r²: the share of the index's variance it explains alone.
    public var firstOrder: Double
    /// `firstOrder` over the sum of its level's: its share of the measured influence.
    public var effective: Double
    /// Cities with both a score of it and an index score.
    public var cities: Int

    /// Effective over nominal share: below 1 it moves the index less than its weight says.
    public var ratio: Double { nominal > 0 ? effective / nominal : .nan }
  }

  public var year: Int
  /// Every indicator, in the definition's order.
  public var indicators: [Share]
  /// Every area (child of the root), in the definition's order.
  public var areas: [Share]

  public init(_ card: Scorecard) {
    let definition = card.definition
    year = card.year
    let index = card.scores.column(definition.root)
    let nominalLeaves = definition.effectiveWeights
    let areaNodes = definition.children[definition.root]
    let areaTotal = areaNodes.reduce(0) { $0 + definition.nodes[$1].weight }

    func share(_ node: Int, level: NodeLevel, nominal: Double) -> Share {
      let scores = card.scores.column(node)
      let both = scores.indices.filter { !scores[$0].isNaN && !index[$0].isNaN }
      let r = pearson(both.map { scores[$0] }, both.map { index[$0] })
      let s = r.isNaN ? 0 : r * r
      return Share(
        id: definition.nodes[node].id, name: definition.nodes[node].name, level: level, area: definition.nodes[definition.area(of: node)].id,
        nominal: nominal, correlation: r, firstOrder: s, effective: 0, cities: both.count)
    }
    indicators = Self.normalised(zip(definition.leaves, nominalLeaves).map { share($0, level: .indicator, nominal: $1) })
    areas = Self.normalised(
      areaNodes.map { share($0, level: .area, nominal: areaTotal > 0 ? definition.nodes[$0].weight / areaTotal : .nan) })
  }

  /// The shares with `effective` = first-order effect over the level's sum (0 when none explains anything).
  static func normalised(_ shares: [Share]) -> [Share] {
    let total = shares.reduce(0) { $0 + $1.firstOrder }
    return shares.map { share in
      var share = share
      share.effective = total > 0 ? share.firstOrder / total : 0
      return share
    }
  }

  /// How far the effective shares are from the nominal ones: the largest absolute difference
  /// over the indicators (0 when the index moves as its weights say).
  public var largestIndicatorGap: Double { indicators.map { abs($0.effective - $0.nominal) }.max() ?? 0 }
}
