extension HeadToHead {
  /// How the gap between two cities changed between two years, like for like (the rule of
  /// `compare`, ``LikeForLike``): on the indicators both cities have comparable values for —
  /// their own in both years, no break between — scored on bounds fixed over the two years, so
  /// that a revision in a source or an indicator entering the index is not read as a change.
  /// Each year's gap on those indicators is split by ``ScoreDifference``; a node's change is
  /// its contribution then and now apart, and they add up to the change of the gap.
  public struct Change: Sendable {
    public struct Row: Sendable, Equatable {
      public var node: String
      public var name: String
      public var level: NodeLevel
      public var depth: Int
      /// Points of the gap (A − B) on the compared indicators in each year; `NaN` where none is
      /// compared beneath.
      public var from: Double
      public var to: Double
      /// Each city's status of the indicator (groups: `compared` when any indicator beneath
      /// counts for both).
      public var statusA: ComparisonStatus
      public var statusB: ComparisonStatus

      public var change: Double { to - from }
    }

    public var a: String
    public var b: String
    public var fromYear: Int
    public var toYear: Int
    /// The index first, then the hierarchy in the definition's order.
    public var rows: [Row]
    /// The share of the index the indicators compared for both carry.
    public var coverage: Double
    /// The gap as each year ranked it (its own indicators and bounds).
    public var rankedGapFrom: Double
    public var rankedGapTo: Double
    /// Each year from the earlier to the later one with both cities' ranks (`nil`: not ranked).
    public var ranks: [(year: Int, a: Int?, b: Int?)]

    /// The gap on the compared indicators in each year, and its change.
    public var gapFrom: Double { rows.first?.from ?? .nan }
    public var gapTo: Double { rows.first?.to ?? .nan }
    public var gapChange: Double { gapTo - gapFrom }

    /// The indicators that do not count for at least one of the two.
    public var notCompared: [Row] { rows.filter { $0.level == .indicator && ($0.statusA != .compared || $0.statusB != .compared) } }
  }

  /// - Parameters:
  ///   - change: the two years, like for like.
  ///   - years: every year's ranking, for the ranks in between (those outside the two years are
  ///     left out).
  /// - Throws: ``InputErrors`` when a city is not scored in both years or the two share no
  ///   compared indicator.
  public static func change(_ change: LikeForLike, a: String, b: String, years: [Scorecard]) throws(InputErrors) -> Change {
    let definition = change.definition
    let comparable = change.comparable
    for city in [a, b] {
      guard comparable.from.index(of: city) != nil, comparable.to.index(of: city) != nil else {
        throw InputErrors([.error(.notScoredInBoth(city: city, from: change.fromYear, to: change.toYear))])
      }
    }
    let statusA = definition.leaves.indices.map { change.status(of: a, indicator: $0) }
    let statusB = definition.leaves.indices.map { change.status(of: b, indicator: $0) }
    var compared = [Bool](repeating: false, count: definition.nodes.count)
    for (column, leaf) in definition.leaves.enumerated() { compared[leaf] = statusA[column] == .compared && statusB[column] == .compared }
    let nodes = definition.nodes.indices
    func scores(_ card: Scorecard, _ city: String) -> [Double] {
      let row = card.index(of: city) ?? 0
      return nodes.map { card.score(city: row, node: $0) }
    }
    let gapFrom = ScoreDifference(
      definition: definition, methods: change.methods, from: scores(comparable.from, b), to: scores(comparable.from, a), compared: compared)
    let gapTo = ScoreDifference(
      definition: definition, methods: change.methods, from: scores(comparable.to, b), to: scores(comparable.to, a), compared: compared)
    guard let gapFrom, let gapTo else {
      throw InputErrors([
        .error(.noSharedIndicator(a, b, from: change.fromYear, to: change.toYear))
      ])
    }
    func firstLeaf(_ node: Int) -> Int { definition.leafColumn[node] ?? firstLeaf(definition.children[node][0]) }
    var rows: [Change.Row] = []
    func visit(_ node: Int) {
      let n = definition.nodes[node]
      let column = definition.leafColumn[node]
      let shared = !gapTo.from[node].isNaN
      let level = definition.level(of: node)
      rows.append(
        Change.Row(
          node: n.id, name: n.name, level: level, depth: definition.depth[node], from: gapFrom.contribution[node],
          to: gapTo.contribution[node], statusA: shared ? .compared : statusA[column ?? firstLeaf(node)],
          statusB: shared ? .compared : statusB[column ?? firstLeaf(node)]))
      for child in definition.children[node] { visit(child) }
    }
    visit(definition.root)
    let (rankedFrom, rankedTo) = change.ranked
    func total(_ card: Scorecard, _ city: String) -> Double {
      card.index(of: city).map { card.score(city: $0, node: definition.root) } ?? .nan
    }
    return Change(
      a: a, b: b, fromYear: change.fromYear, toYear: change.toYear, rows: rows, coverage: gapTo.coverage,
      rankedGapFrom: total(rankedFrom, a) - total(rankedFrom, b), rankedGapTo: total(rankedTo, a) - total(rankedTo, b),
      ranks: years.filter { $0.year >= change.fromYear && $0.year <= change.toYear }.sorted { $0.year < $1.year }
        .map { ($0.year, $0.rank(of: a), $0.rank(of: b)) })
  }
}
