/// The engine's ranking against a published one — Bitkom's Smart City Index, say: each matched
/// city's two ranks, and how far the rankings agree (Spearman's ρ and Kendall's τ-b, ties
/// handled, with *n*).
///
///     let bitkom = try PublishedValuesLoader.load(path: "datasets/bitkom-published.csv").value
///     let benchmark = try RankingBenchmark(card, with: bitkom, indicator: "rank", otherYear: 2021)
///     benchmark.spearman   // ρ over the cities both rank
///
/// - `indicator` `rank` (a published rank: lower is better) or `total` compares the overall
///   ranking; an area id (`verwaltung` …) compares the ranking within that area, by the area's
///   score on both sides. Any other published indicator is read as a score, higher better.
/// - The engine's rank is the city's rank among all ranked cities (within the area for an
///   area). The other rank is the published rank itself for `rank`, else the competition rank
///   of the published values among the cities that have one that year — publications often
///   give only the top ten, so that rank runs over fewer cities (``otherCount`` says how many).
/// - ρ and τ are computed on the matched cities only; a published top ten correlates with the
///   engine's ranks of those ten cities.
public struct RankingBenchmark: Sendable {
  public struct Pair: Sendable, Equatable {
    public var city: String
    public var rank: Int
    public var otherRank: Int
    /// `otherRank − rank`: positive when the engine places the city higher than the other
    /// ranking does (as `rank_change` is positive for a climb).
    public var rankDifference: Int { otherRank - rank }
    /// The engine's score (total or area) and the published value.
    public var score: Double
    public var otherValue: Double
    /// The published figure's status as the file gives it (`reported`, `derived: …`) and
    /// whether that makes it derived rather than published (``PublishedValues/Entry/isDerived``).
    public var otherStatus = ""
    public var otherDerived = false
    /// Where the published figure was published.
    public var otherSource = ""
  }

  public var indicator: String
  public var year: Int
  public var otherYear: Int
  public var otherFile: String
  /// Matched cities, by the engine's rank.
  public var pairs: [Pair]
  /// Cities the other ranking names that the engine did not rank (unknown or not ranked).
  public var unmatched: [String]
  /// How many cities the other side has a value for that year.
  public var otherCount: Int
  /// Whether the other ranks are the published values themselves (`rank`) or derived from scores.
  public var otherIsRank: Bool
  public var spearman: Double
  public var kendall: Double
  public var n: Int { pairs.count }

  /// The pairs with the largest disagreement first (ties by the engine's rank).
  public var largestDisagreements: [Pair] {
    pairs.sorted { abs($0.rankDifference) != abs($1.rankDifference) ? abs($0.rankDifference) > abs($1.rankDifference) : $0.rank < $1.rank }
  }

  /// - Throws: ``InputErrors`` when the published file has no value of `indicator` in
  ///   `otherYear`, or the index has no node `indicator` names.
  public init(_ card: Scorecard, with other: PublishedValues, indicator: String = "rank", otherYear: Int? = nil) throws(InputErrors) {
    let otherYear = otherYear ?? card.year
    let published = other.values(of: indicator, in: otherYear)
    guard !published.isEmpty else {
      let years = other.years(of: indicator)
      let known = other.indicators
      let problem: Problem =
        known.contains(indicator)
        ? .noPublishedValue(indicator: indicator, year: otherYear, years: years)
        : .noPublishedIndicator(indicator, known: known, suggestions: Suggestion.names(for: indicator, in: known))
      throw InputErrors([.error(problem, at: SourceLocation(file: other.file))])
    }
    let definition = card.definition
    let node: Int
    if indicator == "rank" || indicator == "total" {
      node = definition.root
    } else if let found = definition.index(of: indicator) {
      node = found
    } else {
      let areas = definition.children[definition.root].map { definition.nodes[$0].id }
      throw InputErrors([
        .error(.noNodeToCompare(indicator, areas: areas, suggestions: Suggestion.names(for: indicator, in: areas)))
      ])
    }
    let ranked = card.rankingOrder
    let scores = ranked.map { card.score(city: $0, node: node) }
    let ownRanks = competitionRanks(scores)
    var ours: [String: (rank: Int, score: Double)] = [:]
    for (i, city) in ranked.enumerated() {
      if let rank = ownRanks[i] { ours[card.cities[city]] = (rank, scores[i]) }
    }
    let isRank = indicator == "rank"
    let names = published.keys.sorted()
    let derived = competitionRanks(names.map { isRank ? -(published[$0] ?? 0) : published[$0] ?? .nan })
    var pairs: [Pair] = []
    var unmatched: [String] = []
    let candidates = Array(ours.keys).sorted()
    for (i, name) in names.enumerated() {
      let city = (try? CityMatching.find(name, in: candidates)) ?? name
      guard let own = ours[city], let value = published[name] else {
        unmatched.append(name)
        continue
      }
      let entry = other.entry(city: name, year: otherYear, indicator: indicator)
      pairs.append(
        Pair(
          city: city, rank: own.rank, otherRank: isRank ? Int(value) : derived[i] ?? 0, score: own.score, otherValue: value,
          otherStatus: entry?.status ?? "", otherDerived: entry?.isDerived ?? false, otherSource: entry?.source ?? ""))
    }
    pairs.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.city < $1.city }
    self.indicator = indicator
    year = card.year
    self.otherYear = otherYear
    otherFile = other.file
    self.pairs = pairs
    self.unmatched = unmatched
    otherCount = published.count
    otherIsRank = isRank
    spearman = CityIndex.spearman(pairs.map { Double($0.rank) }, pairs.map { Double($0.otherRank) })
    kendall = kendallTauB(pairs.map { Double($0.rank) }, pairs.map { Double($0.otherRank) })
  }
}
