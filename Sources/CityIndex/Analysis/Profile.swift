/// One city in one year against the median, the leader and its peers, with its history.
///
///     let profile = Profile(city: "Bonn", scorecard: card, history: cards, dataset: data, peers: group)
///     profile.strongest.first?.name   // the indicator furthest above the median
public struct Profile: Sendable {
  /// One node (area, sub-area or indicator) of the city.
  public struct Line: Sendable, Equatable {
    public var id: String
    public var name: String
    /// `area`, `sub-area` or `indicator`.
    public var level: NodeLevel
    public var depth: Int
    public var isIndicator: Bool
    public var unit: String
    /// The raw value (indicators only; `NaN` when missing or for groups).
    public var raw: Double
    public var score: Double
    /// Median score of the ranked cities.
    public var median: Double
    /// Median score of the peer group (the city included).
    public var peerMedian: Double
    public var leaderScore: Double
    /// The best city (first by name on a tie).
    public var leaderCity: String
    /// How many other cities share the leader's score.
    public var leaderTies: Int
    /// Whether imputation or outlier treatment changed the value the score comes from.
    public var adjustment: ValueAdjustment? = nil
    /// The earlier year ``raw`` is carried from; `nil` when it is the profile year's own.
    public var valueYear: Int? = nil
    /// The value's quality flag (`proxy` …), if any.
    public var flag: String? = nil
    /// The value as the data file gives it (before a denominator divided it; ``raw`` is what was
    /// scored), of the year it belongs to; `NaN` when missing or for groups.
    public var dataValue: Double = .nan
    /// The data file's `source` for the value, if it gives one.
    public var source: String? = nil
  }

  /// Strengths and weaknesses listed.
  public static let highlights = 3
  /// How far from the median a score must be to count as a strength or weakness, as a share of
  /// the score range: 5 points on 0–100 (a city 0.2 points below the median has no weakness there).
  public static let highlightShare = 0.05

  public var city: String
  public var year: Int
  /// `nil` when the city is not ranked this year (see ``notRanked``).
  public var rank: Int?
  public var rankedCount: Int
  public var total: Double
  /// Why the city is not ranked this year; `nil` when it is.
  public var notRanked: NotRanked?
  /// ``notRanked``'s cause in English.
  public var notRankedReason: String? { notRanked?.reason }
  public var peers: PeerGroup
  /// The city's rank among its peers.
  public var peerRank: Int?
  /// Every area and indicator in hierarchy order.
  public var lines: [Line]
  /// Indicators furthest above the median (by at least ``highlightMargin``), best first.
  public var strongest: [Line]
  /// Indicators furthest below the median (by at least ``highlightMargin``), worst first.
  public var weakest: [Line]
  /// The smallest distance from the median that makes a strength or weakness, in points.
  public var highlightMargin: Double
  /// The city's rank and score in every year shown, oldest first, with how many of the index's
  /// indicators had values (own or carried) that year: a year with fewer scores on fewer, and its
  /// ranks compare with other years' only in part.
  public var history: [(year: Int, rank: Int?, score: Double, indicatorsWithData: Int)]
  /// The index's indicators (what ``history``'s `indicatorsWithData` are of).
  public var indicatorCount: Int

  /// - Parameters:
  ///   - history: the scorecards of every year to show (any order).
  public init(city: String, scorecard card: Scorecard, history: [Scorecard], dataset: Dataset, peers: PeerGroup) {
    let definition = card.definition
    let row = card.index(of: city)
    let peerRows = peers.cities.compactMap(card.index(of:))
    let dataRow = dataset.row(of: city)
    var lines: [Line] = []
    func visit(_ node: Int) {
      for child in definition.children[node] {
        let n = definition.nodes[child]
        let ranked = card.cities.indices.filter { !card.scores[$0, child].isNaN }
        let scores = ranked.map { card.scores[$0, child] }
        // The best score; on a tie, the city first by name.
        let leader = ranked.max { a, b in
          let (sa, sb) = (card.scores[a, child], card.scores[b, child])
          return sa != sb ? sa < sb : card.cities[a] > card.cities[b]
        }
        var raw = Double.nan
        var valueYear: Int?
        if definition.leafColumn[child] != nil, let inForce = card.valueInForce(city: city, indicator: n.id, in: dataset) {
          raw = inForce.value
          valueYear = inForce.year == card.year ? nil : inForce.year
        }
        // The value as the data file gives it, and where from (of the year it belongs to).
        var dataValue = Double.nan
        var source: String?
        if !raw.isNaN, let dataRow, let column = dataset.indicators.firstIndex(of: n.id) {
          dataValue = dataset.undividedValue(city: dataRow, year: valueYear ?? card.year, indicator: column)
          source = dataset.source(city: dataRow, year: valueYear ?? card.year, indicator: column)
        }
        let peerScores = peerRows.map { card.scores[$0, child] }.filter { !$0.isNaN }
        lines.append(
          Line(
            id: n.id, name: n.name,
            level: definition.level(of: child),
            depth: definition.depth[child], isIndicator: definition.leafColumn[child] != nil, unit: n.unit, raw: raw,
            score: row.map { card.score(city: $0, node: child) } ?? .nan,
            median: scores.isEmpty ? .nan : median(scores), peerMedian: peerScores.isEmpty ? .nan : median(peerScores),
            leaderScore: leader.map { card.scores[$0, child] } ?? .nan, leaderCity: leader.map { card.cities[$0] } ?? "",
            leaderTies: leader.map { best in scores.filter { $0 == card.scores[best, child] }.count - 1 } ?? 0,
            adjustment: definition.leafColumn[child] == nil ? nil : card.adjustment(city: city, indicator: n.id),
            valueYear: valueYear, flag: card.flag(city: city, indicator: n.id), dataValue: dataValue, source: source))
        visit(child)
      }
    }
    visit(definition.root)
    let indicators = lines.filter { $0.isIndicator && !$0.score.isNaN && !$0.median.isNaN }
    func ordered(_ descending: Bool) -> [Line] {
      indicators.sorted { a, b in
        let (da, db) = (a.score - a.median, b.score - b.median)
        return da != db ? (descending ? da > db : da < db) : a.id < b.id
      }
    }
    self.city = city
    year = card.year
    rank = row.flatMap { card.ranks[$0] }
    rankedCount = card.rankingOrder.count
    total = row.map { card.score(city: $0, node: definition.root) } ?? .nan
    notRanked = card.notRanked.first { $0.city == city }
    self.peers = peers
    let peerTotals = peerRows.map { card.score(city: $0, node: definition.root) }
    peerRank = row.map { r in competitionRanks(peerTotals)[peerRows.firstIndex(of: r) ?? 0] } ?? nil
    self.lines = lines
    let range = card.options.range
    let margin = Self.highlightShare * (range.upperBound - range.lowerBound)
    highlightMargin = margin
    strongest = Array(ordered(true).prefix(Self.highlights).filter { $0.score - $0.median >= margin })
    weakest = Array(ordered(false).prefix(Self.highlights).filter { $0.median - $0.score >= margin })
    indicatorCount = definition.leaves.count
    self.history = history.sorted { $0.year < $1.year }.map { other in
      let withData = other.vintage.filter { !$0.citiesByYear.isEmpty }.count
      guard let index = other.index(of: city) else { return (other.year, nil, .nan, withData) }
      return (other.year, other.ranks[index], other.score(city: index, node: other.definition.root), withData)
    }
  }
}
