/// How every city moved between two years.
///
///     let comparison = YearComparison(from: card2024, to: card2025)
///     comparison.movers.first   // the city that gained most places
///
/// Ranks are each year's ranking; score changes can come from other scorecards of the same two
/// years — scored on bounds fixed over all years, so that a score that rose never shows as a
/// fall because other cities rose more (``init(from:to:scoresFrom:scoresTo:)``).
public struct YearComparison: Sendable {
  /// One city: in both years, or entering or leaving the ranking.
  public struct Entry: Sendable, Equatable {
    public var city: String
    public var rankFrom: Int?
    public var rankTo: Int?
    public var scoreFrom: Double?
    public var scoreTo: Double?

    /// `rankFrom - rankTo`: positive means the city moved up.
    public var rankChange: Int? { rankFrom.flatMap { from in rankTo.map { from - $0 } } }
    public var scoreChange: Double? { scoreFrom.flatMap { from in scoreTo.map { $0 - from } } }
    /// Ranked in the later year only.
    public var isEntering: Bool { rankFrom == nil && rankTo != nil }
    /// Ranked in the earlier year only.
    public var isLeaving: Bool { rankFrom != nil && rankTo == nil }
  }

  public var fromYear: Int
  public var toYear: Int
  /// The bounds the scores (and so the score changes) were normalised over.
  public var scoreScope: NormalizationScope
  /// Cities ranked in both years (in the later year's ranking order), then entering cities,
  /// then leaving ones, each by name.
  public var entries: [Entry]

  public init(from: Scorecard, to: Scorecard) {
    self.init(from: from, to: to, scoresFrom: from, scoresTo: to)
  }

  /// Ranks from `from` and `to`, scores from `scoresFrom` and `scoresTo` (the same years).
  public init(from: Scorecard, to: Scorecard, scoresFrom: Scorecard, scoresTo: Scorecard) {
    fromYear = from.year
    toYear = to.year
    scoreScope = scoresTo.options.scope
    func ranked(_ card: Scorecard) -> [String: (rank: Int, score: Double)] {
      var result: [String: (Int, Double)] = [:]
      for city in card.rankingOrder {
        if let rank = card.ranks[city] { result[card.cities[city]] = (rank, card.score(city: city, node: card.definition.root)) }
      }
      return result
    }
    let (before, after) = (ranked(from), ranked(to))
    func score(_ card: Scorecard, _ city: String) -> Double? {
      card.index(of: city).map { card.score(city: $0, node: card.definition.root) }.flatMap { $0.isNaN ? nil : $0 }
    }
    var entries: [Entry] = []
    for city in to.rankingOrder.map({ to.cities[$0] }) {
      let now = after[city]
      let then = before[city]
      entries.append(
        Entry(
          city: city, rankFrom: then?.rank, rankTo: now?.rank, scoreFrom: then == nil ? nil : score(scoresFrom, city),
          scoreTo: score(scoresTo, city)))
    }
    let leaving = before.keys.filter { after[$0] == nil }.sorted()
    entries = entries.filter { !$0.isEntering } + entries.filter(\.isEntering).sorted { $0.city < $1.city }
    entries += leaving.map { Entry(city: $0, rankFrom: before[$0]?.rank, rankTo: nil, scoreFrom: score(scoresFrom, $0), scoreTo: nil) }
    self.entries = entries
  }

  /// Cities in both years, biggest movers first (by places, then by score change, then name).
  public var movers: [Entry] {
    entries.filter { $0.rankChange != nil }.sorted { a, b in
      let (ma, mb) = (abs(a.rankChange ?? 0), abs(b.rankChange ?? 0))
      if ma != mb { return ma > mb }
      let (sa, sb) = (abs(a.scoreChange ?? 0), abs(b.scoreChange ?? 0))
      return sa != sb ? sa > sb : a.city < b.city
    }
  }
}
