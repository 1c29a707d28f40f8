/// Two cities side by side in one year: every area and indicator with both raw values (their
/// years and flags), both scores, who leads, and the points each contributes to the gap between
/// the two totals — split by ``ScoreDifference``, the rule that splits a city's change between
/// two years (`compare --city`), here between two cities.
///
///     let duel = try HeadToHead(card, dataset, a: "München", b: "Hamburg")
///     duel.gap                      // München's total − Hamburg's
///     duel.rows.map(\.contribution) // what each node adds to it; the index row is their sum
///
/// Contributions count the indicators both cities have a value for; each keeps its share of the
/// index (its effective weight), so an indicator contributes share × (A's score − B's). When one
/// city lacks a value the other has, the year's totals aggregate over different indicators and
/// the rest of the gap is ``unattributed`` (0 when both have every indicator), so that the rows
/// and it add up to the gap exactly.
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
    /// Points of the gap (A − B) this node accounts for; `NaN` where the two share no indicator.
    public var contribution: Double

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
  /// The part of the gap no indicator accounts for: where one city has a value the other lacks.
  public var unattributed: Double

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
    let difference = ScoreDifference(
      definition: definition, methods: methods, from: scoresB, to: scoresA, compared: nodes.map { _ in true })
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
        scoreB: scoresB[node], contribution: difference?.contribution[node] ?? .nan)
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
    // Rounding aside, nothing is unattributed when both have every indicator.
    if abs(unattributed) < 1e-9 * max(1, abs(gap)) { unattributed = 0 }
  }
}
