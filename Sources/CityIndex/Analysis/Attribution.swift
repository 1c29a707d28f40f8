/// Which areas and indicators made one city's score change between two years.
///
/// Each indicator contributes its effective weight (its share of the index with complete
/// data) times the change of its normalised score; a group contributes the sum of its
/// indicators. Under arithmetic aggregation with complete data in both years the
/// contributions add up to the change of the total exactly. Otherwise — an indicator
/// missing in one year (its weight then shifts to its siblings), or geometric/harmonic
/// aggregation — the split is approximate and the difference is a ``residual`` of its own; an
/// indicator without a score in one of the years has no contribution (`NaN`, not 0: its part of
/// the change is in the residual), and ``missingInOneYear`` names it.
///
/// Under `--normalize-over year` a city's normalised scores also move when *other* cities
/// move (the bounds change), so part of a contribution can come from others; `panel`
/// bounds make the attribution a statement about the city alone.
public struct Attribution: Sendable {
  public struct Row: Sendable, Equatable {
    public var node: String
    public var name: String
    /// `index`, `area`, `sub-area`, `indicator`, or `residual`.
    public var level: String
    /// The weight in the definition (`NaN` for the residual row).
    public var weight: Double
    public var effectiveWeight: Double
    public var scoreFrom: Double
    public var scoreTo: Double
    /// `NaN` for an indicator without a score in one of the two years (or both).
    public var contribution: Double
    /// 0 for the index, 1 for areas, and so on; the residual row 0.
    public var depth: Int = 0
  }

  public var city: String
  public var fromYear: Int
  public var toYear: Int
  public var scope: NormalizationScope
  /// The index row first, then the hierarchy in order; the residual row last when the split
  /// is approximate.
  public var rows: [Row]
  /// Total change minus the sum of the indicator contributions.
  public var residual: Double
  /// Whether the contributions add up by construction (arithmetic, complete data both years).
  public var isExact: Bool

  /// - Throws: ``InputErrors`` when the city has no total score in either year.
  public init(city: String, from: Scorecard, to: Scorecard) throws(InputErrors) {
    let definition = to.definition
    guard let a = from.index(of: city), let b = to.index(of: city) else {
      let year = from.index(of: city) == nil ? from.year : to.year
      throw InputErrors([.error(.notRankedToAttribute(city: city, year: year))])
    }
    self.city = city
    fromYear = from.year
    toYear = to.year
    scope = to.options.scope
    var share = [Double](repeating: 0, count: definition.nodes.count)
    share[definition.root] = 1
    for group in definition.groupsBottomUp.reversed() {  // parents before children
      let total = definition.children[group].reduce(0) { $0 + definition.nodes[$1].weight }
      for child in definition.children[group] { share[child] = share[group] * definition.nodes[child].weight / total }
    }
    var contribution = [Double](repeating: 0, count: definition.nodes.count)
    var complete = true
    for leaf in definition.leaves {
      let (before, after) = (from.score(city: a, node: leaf), to.score(city: b, node: leaf))
      guard !before.isNaN && !after.isNaN else {
        complete = false
        contribution[leaf] = .nan
        continue
      }
      contribution[leaf] = share[leaf] * (after - before)
    }
    // A group adds up what its indicators contribute; one without a score in a year adds nothing.
    func attributable(_ node: Int) -> Double { contribution[node].isNaN ? 0 : contribution[node] }
    for group in definition.groupsBottomUp where group != definition.root {
      contribution[group] = definition.children[group].reduce(0) { $0 + attributable($1) }
    }
    let change = to.score(city: b, node: definition.root) - from.score(city: a, node: definition.root)
    let attributed = definition.leaves.reduce(0) { $0 + attributable($1) }
    contribution[definition.root] = change
    residual = change - attributed
    isExact = complete && from.options.aggregation == .arithmetic && to.options.aggregation == .arithmetic

    var rows: [Row] = []
    func visit(_ node: Int) {
      let n = definition.nodes[node]
      let level = definition.level(of: node).rawValue
      rows.append(
        Row(
          node: n.id, name: n.name, level: level, weight: n.weight, effectiveWeight: share[node],
          scoreFrom: from.score(city: a, node: node), scoreTo: to.score(city: b, node: node),
          contribution: contribution[node], depth: definition.depth[node]))
      for child in definition.children[node] { visit(child) }
    }
    visit(definition.root)
    if !isExact {
      rows.append(
        Row(
          node: "residual", name: "not attributed (missing values or non-arithmetic aggregation)", level: "residual",
          weight: .nan, effectiveWeight: .nan, scoreFrom: .nan, scoreTo: .nan, contribution: residual))
    }
    self.rows = rows
  }

  /// The indicators with a score in only one of the two years, in the definition's order, with
  /// the year they lack: that year their weight went to their siblings, which the ``residual``
  /// holds (`[("mobile_5g", "5G-Versorgung", 2020)]`).
  public var missingInOneYear: [(node: String, name: String, year: Int)] {
    rows.filter { $0.level == "indicator" && $0.scoreFrom.isNaN != $0.scoreTo.isNaN }
      .map { ($0.node, $0.name, $0.scoreFrom.isNaN ? fromYear : toYear) }
  }

  /// The rows with the hierarchy kept but siblings ordered by the size of their effect, largest
  /// first (the index row first, the residual last; indicators without a contribution last among
  /// their siblings): what moved the city most reads first.
  public var rowsByEffect: [Row] {
    guard let index = rows.first else { return [] }
    let body = Array(rows.dropFirst().filter { $0.level != "residual" })
    return [index] + HierarchyOrder.byEffect(body, depth: \.depth, contribution: \.contribution)
      + rows.filter { $0.level == "residual" }
  }
}
