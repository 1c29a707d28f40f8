/// One city's change between two years, like for like: every area and indicator with its status,
/// its values and scores in both years and what it contributed; the ranks as published; and the
/// rank change split into the city's own change and other cities' moves.
///
///     let change = try CityChange(city: "Hamburg", in: likeForLike)
///     change.change                  // the score change on the compared indicators
///     change.rows.filter { $0.status != .compared }   // what cannot be compared, and why
public struct CityChange: Sendable {
  public struct Row: Sendable, Equatable {
    public var node: String
    public var name: String
    /// `index`, `area`, `sub-area` or `indicator`.
    public var level: NodeLevel
    /// 0 for the index, 1 for areas, and so on.
    public var depth: Int
    /// The weight in the definition.
    public var weight: Double
    /// The unit of the values (indicators).
    public var unit: String
    /// Points of the index per point of this node's score among the compared indicators (the
    /// effective weight under arithmetic aggregation); `NaN` when nothing beneath is compared.
    public var multiplier: Double
    /// Indicators: their status; groups: `compared` when any indicator beneath is, else the
    /// status of their first indicator.
    public var status: ComparisonStatus
    /// The value the city was ranked on in each year (its own or one carried forward), as
    /// scored (after any denominator); `NaN` for groups and where there is none.
    public var valueFrom: Double
    public var valueTo: Double
    /// The year each value belongs to (an earlier one when carried); `nil` without a value.
    public var valueYearFrom: Int?
    public var valueYearTo: Int?
    /// The values' quality flags (`proxy`, `break` …).
    public var flagFrom: String?
    public var flagTo: String?
    /// Scores on the comparison's bounds (both years together), own values only; groups over
    /// the compared indicators alone. `NaN` where there is none.
    public var scoreFrom: Double
    public var scoreTo: Double
    /// Points of the index's change; `NaN` unless compared. A group's is the sum of its children's.
    public var contribution: Double
  }

  /// A rank change in four parts that add up to it (places gained are positive), found by
  /// re-ranking the later year step by step with more of the earlier year put back.
  public struct RankParts: Sendable, Equatable {
    /// From the city's own change on its compared indicators: its rank in the later year against
    /// its rank there had those values stayed as they were.
    public var ownComparable: Int
    /// From the city's values that cannot be compared (across a break, carried or missing ones).
    public var ownNotComparable: Int
    /// From indicators entering the index: the later year ranked without them.
    public var composition: Int
    /// From the other cities' values.
    public var others: Int

    public init(ownComparable: Int, ownNotComparable: Int, composition: Int, others: Int) {
      self.ownComparable = ownComparable
      self.ownNotComparable = ownNotComparable
      self.composition = composition
      self.others = others
    }

    public var total: Int { ownComparable + ownNotComparable + composition + others }

    /// Whether most of a move is no news: values that do not compare and indicators entering the
    /// index account for more than half of it (a city that kept its place has no move to mark).
    public var isMostlyNotComparable: Bool {
      total != 0 && abs(ownNotComparable + composition) * 2 > abs(total)
    }
  }

  public var city: String
  public var fromYear: Int
  public var toYear: Int
  /// The bounds of the comparison.
  public var scope: NormalizationScope
  /// The index first, then the hierarchy in the definition's order.
  public var rows: [Row]
  /// Each year's published rank and total (its own indicators and bounds).
  public var rankFrom: Int?
  public var rankTo: Int?
  public var rankedScoreFrom: Double
  public var rankedScoreTo: Double
  /// `nil` when the city is not ranked in one of the years, or would not be with its values held.
  public var rankParts: RankParts?

  /// The change of the score on the compared indicators: the sum of their contributions.
  public var change: Double { rows.first?.contribution ?? .nan }

  /// The indicators that do not count, with their status, in the definition's order.
  public var notCompared: [Row] { rows.filter { $0.level == .indicator && $0.status != .compared } }

  /// The compared indicators.
  public var compared: [Row] { rows.filter { $0.level == .indicator && $0.status == .compared } }

  /// - Throws: ``InputErrors`` when the city is not scored in either year, or the aggregation
  ///   cannot be split (Copeland).
  public init(city: String, in change: LikeForLike) throws(InputErrors) {
    let definition = change.definition
    let (rankedFrom, rankedTo) = change.ranked
    guard let a = rankedFrom.index(of: city), let b = rankedTo.index(of: city) else {
      let year = rankedFrom.index(of: city) == nil ? change.fromYear : change.toYear
      throw InputErrors([.error(.notScoredToMeasure(city: city, year: year))])
    }
    if change.methods.enumerated().contains(where: { definition.leafColumn[$0.offset] == nil && $0.element == .copeland }) {
      throw InputErrors([
        .error(.copelandChange)
      ])
    }
    self.city = city
    fromYear = change.fromYear
    toYear = change.toYear
    scope = change.comparable.to.options.scope
    rankFrom = rankedFrom.ranks[a]
    rankTo = rankedTo.ranks[b]
    rankedScoreFrom = rankedFrom.score(city: a, node: definition.root)
    rankedScoreTo = rankedTo.score(city: b, node: definition.root)
    let statuses = definition.leaves.indices.map { change.status(of: city, indicator: $0) }
    let difference = change.difference(of: city, statuses: statuses)
    let comparable = change.comparable
    let (ca, cb) = (comparable.from.index(of: city), comparable.to.index(of: city))
    let dataset = change.dataset
    let dataRow = dataset.row(of: city)
    func valueInForce(_ card: Scorecard, column: Int) -> (value: Double, year: Int?, flag: String?) {
      let id = definition.nodes[definition.leaves[column]].id
      guard let inForce = card.valueInForce(city: city, indicator: id, in: dataset) else { return (.nan, nil, nil) }
      return (inForce.value, inForce.year, card.flag(city: city, indicator: id))
    }
    var rows: [Row] = []
    func firstLeaf(_ node: Int) -> Int {
      definition.leafColumn[node] ?? firstLeaf(definition.children[node][0])
    }
    func visit(_ node: Int) {
      let n = definition.nodes[node]
      let column = definition.leafColumn[node]
      let level = definition.level(of: node)
      let compared = difference.map { !$0.from[node].isNaN } ?? false
      var row = Row(
        node: n.id, name: n.name, level: level, depth: definition.depth[node], weight: n.weight, unit: n.unit,
        multiplier: difference?.multiplier[node] ?? .nan,
        status: compared ? .compared : statuses[column ?? firstLeaf(node)], valueFrom: .nan, valueTo: .nan,
        valueYearFrom: nil, valueYearTo: nil, flagFrom: nil, flagTo: nil,
        scoreFrom: difference?.from[node] ?? .nan, scoreTo: difference?.to[node] ?? .nan,
        contribution: difference?.contribution[node] ?? .nan)
      if let column {
        (row.valueFrom, row.valueYearFrom, row.flagFrom) = valueInForce(rankedFrom, column: column)
        (row.valueTo, row.valueYearTo, row.flagTo) = valueInForce(rankedTo, column: column)
        // Not compared: the scores on the comparison's bounds where the city has its own value.
        if row.scoreFrom.isNaN, let ca { row.scoreFrom = comparable.from.score(city: ca, node: node) }
        if row.scoreTo.isNaN, let cb { row.scoreTo = comparable.to.score(city: cb, node: node) }
      }
      rows.append(row)
      for child in definition.children[node] { visit(child) }
    }
    visit(definition.root)
    self.rows = rows
    rankParts = Self.rankParts(of: city, statuses: statuses, in: change, dataRow: dataRow)
  }

  /// The rows with the hierarchy kept but siblings ordered by the size of their contribution,
  /// largest first (rows without one last among their siblings).
  public var rowsByEffect: [Row] {
    guard let index = rows.first else { return [] }
    return [index] + HierarchyOrder.byEffect(Array(rows.dropFirst()), depth: \.depth, contribution: \.contribution)
  }

  /// The later year re-ranked three times: with the city's compared values as they were in the
  /// earlier year; with its other values as they were too (but those of indicators that
  /// entered); and without the indicators that entered, for every city.
  private static func rankParts(
    of city: String, statuses: [ComparisonStatus], in change: LikeForLike, dataRow: Int?
  ) -> RankParts? {
    let (rankedFrom, rankedTo) = change.ranked
    guard let row = dataRow, let before = rankedFrom.rank(of: city), let after = rankedTo.rank(of: city) else { return nil }
    let dataset = change.dataset
    let definition = change.definition
    guard let fromValues = dataset.values(for: change.fromYear) else { return nil }
    // Dataset columns of the definition's indicators.
    let columns = definition.indicators.map { dataset.indicators.firstIndex(of: $0.id) }
    var held = dataset
    for (leaf, status) in statuses.enumerated() where status == .compared {
      guard let column = columns[leaf] else { continue }
      held.setValue(fromValues[row, column], city: row, year: change.toYear, indicator: column)
    }
    guard let heldComparable = try? Scorer.score(definition, held, year: change.toYear, options: change.options),
      let withoutOwnChange = heldComparable.rank(of: city)
    else { return nil }
    // Its other values as in the earlier year: the value in force then (own or carried), with
    // values of years in between removed, so that nothing newer is carried. Indicators entering
    // or leaving the index change every city alike: they stay with the others' part.
    for (leaf, status) in statuses.enumerated() where status != .compared && status != .dropped && status != .new {
      guard let column = columns[leaf] else { continue }
      let id = definition.indicators[leaf].id
      let value = rankedFrom.valueInForce(city: city, indicator: id, in: dataset)?.value ?? .nan
      held.setValue(value, city: row, year: change.toYear, indicator: column)
      for year in dataset.years where year > change.fromYear && year < change.toYear {
        held.setValue(.nan, city: row, year: year, indicator: column)
      }
    }
    guard let heldAll = try? Scorer.score(definition, held, year: change.toYear, options: change.options),
      let asBefore = heldAll.rank(of: city)
    else { return nil }
    // Indicators that entered the index removed for every city (and nothing of them carried).
    var entered = false
    for (leaf, status) in statuses.enumerated() where status == .new {
      guard let column = columns[leaf] else { continue }
      entered = true
      for year in dataset.years where year > change.fromYear && year <= change.toYear {
        guard let values = held.values(for: year) else { continue }
        for other in 0..<values.rows where !values[other, column].isNaN {
          held.setValue(.nan, city: other, year: year, indicator: column)
        }
      }
    }
    var withoutEntering = asBefore
    if entered {
      guard let card = try? Scorer.score(definition, held, year: change.toYear, options: change.options),
        let rank = card.rank(of: city)
      else { return nil }
      withoutEntering = rank
    }
    return RankParts(
      ownComparable: withoutOwnChange - after, ownNotComparable: asBefore - withoutOwnChange,
      composition: withoutEntering - asBefore, others: before - withoutEntering)
  }
}
