/// How every city moved between two years: each year's rank and total as ranked, and the
/// city's change like for like.
///
///     let comparison = YearComparison(try LikeForLike(definition, dataset, from: 2020, to: 2021, options: options))
///     comparison.movers.first   // the city that gained most places
///     comparison.gainers.first  // the city whose own comparable values rose most
///
/// Ranks and totals are each year's own ranking — what a reader saw published; the two totals
/// rest on different indicators and bounds and do not compare. The change is measured like for
/// like (``LikeForLike``): on the indicators with values of the city's own in both years, on
/// bounds fixed over the two, in points of the index.
public struct YearComparison: Sendable {
  /// One city: in both years, or entering or leaving the ranking.
  public struct Entry: Sendable, Equatable {
    public var city: String
    public var rankFrom: Int?
    public var rankTo: Int?
    /// Each year's total as ranked.
    public var scoreFrom: Double?
    public var scoreTo: Double?
    /// The like-for-like change in points of the index; `nil` when the city is not scored in
    /// both years or nothing of it compares.
    public var change: Double?
    /// The share of the index its compared indicators carry (0…1); `nil` with ``change``.
    public var comparedShare: Double?

    /// `rankFrom - rankTo`: positive means the city moved up.
    public var rankChange: Int? { rankFrom.flatMap { from in rankTo.map { from - $0 } } }
    /// Ranked in the later year only.
    public var isEntering: Bool { rankFrom == nil && rankTo != nil }
    /// Ranked in the earlier year only.
    public var isLeaving: Bool { rankFrom != nil && rankTo == nil }
  }

  public var fromYear: Int
  public var toYear: Int
  /// The bounds the changes were measured on.
  public var scope: NormalizationScope
  /// Whether ``Entry/change`` is like for like (else each year on its own, `--as-ranked`).
  public var isLikeForLike: Bool
  /// Cities ranked in both years (in the later year's ranking order), then entering cities,
  /// then leaving ones, each by name.
  public var entries: [Entry]

  /// Like for like: ranks and totals as ranked, changes from `change`.
  public init(_ change: LikeForLike) {
    self.init(from: change.ranked.from, to: change.ranked.to) { city in
      change.difference(of: city).map { ($0.total, $0.coverage) }
    }
    scope = change.comparable.to.options.scope
    isLikeForLike = true
  }

  /// Each year on its own: the change is the difference of the two totals as ranked (the old
  /// view, `--as-ranked`: it mixes in indicators entering, carried values and other cities).
  public init(from: Scorecard, to: Scorecard) {
    self.init(from: from, to: to) { _ in nil }
    for i in entries.indices {
      if let a = entries[i].scoreFrom, let b = entries[i].scoreTo, entries[i].rankChange != nil {
        entries[i].change = b - a
      }
    }
    isLikeForLike = false
  }

  private init(from: Scorecard, to: Scorecard, change: (String) -> (Double, Double)?) {
    fromYear = from.year
    toYear = to.year
    scope = to.options.scope
    isLikeForLike = false
    func ranked(_ card: Scorecard) -> [String: (rank: Int, score: Double)] {
      var result: [String: (Int, Double)] = [:]
      for city in card.rankingOrder {
        if let rank = card.ranks[city] { result[card.cities[city]] = (rank, card.score(city: city, node: card.definition.root)) }
      }
      return result
    }
    let (before, after) = (ranked(from), ranked(to))
    var entries: [Entry] = []
    for city in to.rankingOrder.map({ to.cities[$0] }) {
      let (now, then) = (after[city], before[city])
      let measured = then == nil ? nil : change(city)
      entries.append(
        Entry(
          city: city, rankFrom: then?.rank, rankTo: now?.rank, scoreFrom: then?.score, scoreTo: now?.score,
          change: measured?.0, comparedShare: measured?.1))
    }
    let leaving = before.keys.filter { after[$0] == nil }.sorted()
    entries = entries.filter { !$0.isEntering } + entries.filter(\.isEntering).sorted { $0.city < $1.city }
    entries += leaving.map { Entry(city: $0, rankFrom: before[$0]?.rank, rankTo: nil, scoreFrom: before[$0]?.score, scoreTo: nil) }
    self.entries = entries
  }

  /// Cities in both years, biggest movers in rank first (by places, then by change, then name).
  public var movers: [Entry] {
    entries.filter { $0.rankChange != nil }.sorted { a, b in
      let (ma, mb) = (abs(a.rankChange ?? 0), abs(b.rankChange ?? 0))
      if ma != mb { return ma > mb }
      let (sa, sb) = (abs(a.change ?? 0), abs(b.change ?? 0))
      return sa != sb ? sa > sb : a.city < b.city
    }
  }

  /// Cities with a change, the largest rise first (then name): who gained most on what both
  /// years measure.
  public var gainers: [Entry] {
    entries.filter { ($0.change ?? 0) > 0 }.sorted { ($0.change ?? 0, $1.city) > ($1.change ?? 0, $0.city) }
  }

  /// Cities with a change, the largest fall first (then name).
  public var losers: [Entry] {
    entries.filter { ($0.change ?? 0) < 0 }.sorted { ($0.change ?? 0, $0.city) < ($1.change ?? 0, $1.city) }
  }
}
