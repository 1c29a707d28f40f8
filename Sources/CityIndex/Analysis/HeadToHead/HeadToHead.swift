/// Two cities side by side in one year: every area and indicator with both raw values (their
/// years and flags), both scores, who leads, and the points each contributes to the gap between
/// the two totals — split by ``ScoreDifference``, the rule that splits a city's change between
/// two years (`compare --city`), here between two cities.
///
///     let duel = try HeadToHead(card, dataset, a: "München", b: "Hamburg")
///     duel.gap                      // München's total − Hamburg's
///     duel.rows.map(\.contribution) // what each node adds to it; the index row is their sum
///
/// Each indicator keeps its share of the index (its effective weight) and contributes share ×
/// (A's score − B's). Where one city lacks a value the other has, its score *stands in* at that
/// city's own score of the nearest group above that has one (``Row/standInA``): what `--missing
/// skip` does — a group's mean over the values it has is unchanged by adding that mean — so the
/// indicator only one city has accounts for the part of the gap it causes (München without
/// Onleihe counts there at its own total, 60.5, against Hamburg's 94.3). What no indicator
/// accounts for — indicators neither city has, whose share the others carry, and aggregations
/// a stand-in does not leave unchanged — is ``unattributed``, so that the rows and it add up to
/// the gap exactly.
public struct HeadToHead: Sendable {
  public struct Side: Sendable, Equatable {
    public var city: String
    public var rank: Int?
    public var total: Double
  }

  public struct Row: Sendable, Equatable {
    public var node: String
    public var name: String
    /// `index`, `area`, `sub-area` or `indicator`.
    public var level: NodeLevel
    public var depth: Int
    public var weight: Double
    public var unit: String
    /// Points of the index per point of score among the indicators both cities have (the
    /// effective weight under arithmetic aggregation); `NaN` when they share none beneath.
    public var multiplier: Double
    /// The values each city was scored on (own or carried forward), as scored (after any
    /// denominator); `NaN` for groups and where there is none.
    public var valueA: Double
    public var valueB: Double
    /// The year each value belongs to (an earlier one when carried) and its flag.
    public var yearA: Int?
    public var yearB: Int?
    public var flagA: String?
    public var flagB: String?
    /// The year's own scores, as ranked.
    public var scoreA: Double
    public var scoreB: Double
    /// Points of the gap (A − B) this node accounts for; `NaN` where neither has a score.
    public var contribution: Double
    /// For an indicator only the other city has: the score standing in for this city's (its own
    /// score of the nearest group above); `NaN` otherwise.
    public var standInA: Double = .nan
    public var standInB: Double = .nan

    /// Whether exactly one of the two cities has a score here.
    public var isOneSided: Bool { scoreA.isNaN != scoreB.isNaN }

    /// `scoreA − scoreB`: positive where A leads.
    public var difference: Double { scoreA - scoreB }
  }

  public var year: Int
  public var a: Side
  public var b: Side
  /// How many cities the year ranks.
  public var rankedCount: Int
  /// The index first, then the hierarchy in the definition's order.
  public var rows: [Row]
  /// The part of the gap no indicator accounts for (0 under arithmetic aggregation when every
  /// indicator has a value for at least one of the two).
  public var unattributed: Double

  /// The indicators only one of the two has a value for, in the definition's order.
  public var oneSided: [Row] { rows.filter { $0.level == .indicator && $0.isOneSided } }

  /// A's total − B's: positive where A leads.
  public var gap: Double { a.total - b.total }

  /// The areas (depth 1), in the definition's order.
  public var areas: [Row] { rows.filter { $0.depth == 1 } }

  /// Areas in which each city scores higher, and those level (or not scored for both).
  public var areasLed: (a: Int, b: Int, even: Int) {
    let led = areas.map { $0.difference.isNaN || $0.difference == 0 ? 0 : $0.difference > 0 ? 1 : -1 }
    return (led.filter { $0 > 0 }.count, led.filter { $0 < 0 }.count, led.filter { $0 == 0 }.count)
  }

  /// The rows that account for most of the gap, in its direction: the areas (or indicators when
  /// `indicators`) whose contributions share the gap's sign, largest first.
  public func drivers(indicators: Bool = false) -> [Row] {
    let sign = gap < 0 ? -1.0 : 1.0
    return rows.filter { (indicators ? $0.level == .indicator : $0.depth == 1) && $0.contribution * sign > 0 }
      .sorted { abs($0.contribution) > abs($1.contribution) }
  }

  /// - Throws: ``InputErrors`` when a city is not scored in the card's year, or the aggregation
  ///   cannot be split (Copeland).
  public init(_ card: Scorecard, _ dataset: Dataset, a cityA: String, b cityB: String) throws(InputErrors) {
    let definition = card.definition
    guard let ia = card.index(of: cityA), let ib = card.index(of: cityB) else {
      let missing = card.index(of: cityA) == nil ? cityA : cityB
      throw InputErrors([.error(.notScoredToCompare(city: missing, year: card.year))])
    }
    let methods = definition.nodes.map { $0.aggregation ?? card.options.aggregation }
    if definition.groupsBottomUp.contains(where: { methods[$0] == .copeland }) {
      throw InputErrors([
        .error(.copelandGap)
      ])
    }
    year = card.year
    a = Side(city: cityA, rank: card.ranks[ia], total: card.score(city: ia, node: definition.root))
    b = Side(city: cityB, rank: card.ranks[ib], total: card.score(city: ib, node: definition.root))
    rankedCount = card.ranks.compactMap { $0 }.count
    let nodes = definition.nodes.indices
    let scoresA = nodes.map { card.score(city: ia, node: $0) }
    let scoresB = nodes.map { card.score(city: ib, node: $0) }
    // A score only one city has stands in for the other at that city's own score of the nearest
    // group above with one.
    func standIns(_ scores: [Double], other: [Double]) -> [Double] {
      var result = [Double](repeating: .nan, count: scores.count)
      for leaf in definition.leaves where scores[leaf].isNaN && !other[leaf].isNaN {
        var node = definition.parent[leaf]
        while let current = node, scores[current].isNaN { node = definition.parent[current] }
        if let current = node { result[leaf] = scores[current] }
      }
      return result
    }
    let standInA = standIns(scoresA, other: scoresB)
    let standInB = standIns(scoresB, other: scoresA)
    let difference = ScoreDifference(
      definition: definition, methods: methods, from: nodes.map { scoresB[$0].isNaN ? standInB[$0] : scoresB[$0] },
      to: nodes.map { scoresA[$0].isNaN ? standInA[$0] : scoresA[$0] }, compared: nodes.map { _ in true })
    func inForce(_ city: String, _ node: Int) -> (Double, Int?, String?) {
      let id = definition.nodes[node].id
      guard let value = card.valueInForce(city: city, indicator: id, in: dataset) else { return (.nan, nil, nil) }
      return (value.value, value.year, card.flag(city: city, indicator: id))
    }
    var rows: [Row] = []
    func visit(_ node: Int) {
      let n = definition.nodes[node]
      let isLeaf = definition.leafColumn[node] != nil
      var row = Row(
        node: n.id, name: n.name,
        level: definition.level(of: node),
        depth: definition.depth[node], weight: n.weight, unit: n.unit, multiplier: difference?.multiplier[node] ?? .nan,
        valueA: .nan, valueB: .nan, yearA: nil, yearB: nil, flagA: nil, flagB: nil, scoreA: scoresA[node],
        scoreB: scoresB[node], contribution: difference?.contribution[node] ?? .nan, standInA: standInA[node],
        standInB: standInB[node])
      if isLeaf {
        (row.valueA, row.yearA, row.flagA) = inForce(cityA, node)
        (row.valueB, row.yearB, row.flagB) = inForce(cityB, node)
      }
      rows.append(row)
      for child in definition.children[node] { visit(child) }
    }
    visit(definition.root)
    self.rows = rows
    let attributed = difference?.total ?? 0
    let gap = a.total - b.total
    unattributed = gap.isNaN ? .nan : gap - attributed
    // Rounding aside, nothing is unattributed when every indicator has a value for one of them.
    if abs(unattributed) < 1e-9 * max(1, abs(gap)) { unattributed = 0 }
  }
}
