import CityIndex

/// The report's comparison with a published ranking (Bitkom's Smart City Index): how far the
/// two agree overall and per area, where they disagree most, and each city's published results.
public struct BenchmarkSection: Sendable {
  /// Why a city stands far from its published rank, from what each index measures: the
  /// published areas this index lacks, the city's weakest and strongest indicators here (with
  /// values), and area by area where the publication gives the city's area scores.
  public struct Explanation: Sendable {
    public var city: String
    /// Its lowest and highest indicator scores here, two each (weakest first, strongest first).
    public var weakest: [Profile.Line]
    public var strongest: [Profile.Line]
    /// Per area both indexes score: the city's rank here and among the cities the publication
    /// gives that area's score for.
    public var areas: [(name: String, rank: Int, publishedRank: Int, publishedCount: Int)]
  }

  /// Who published it, as the reader knows it: "Bitkom Smart City Index".
  public var name: String
  public var file: String
  /// The overall ranking against the published ranks of the same year; `nil` when the
  /// publication has no ranks for it.
  public var overall: RankingBenchmark?
  /// Per area of the index with at least ``PublishedAgreement/minimumCities`` published scores that year.
  public var areas: [PublishedAgreement.Area]
  /// Years with published ranks, for "no ranks for …" messages.
  public var publishedYears: [Int]
  /// The published areas with values that year that this index has no node for (by name where
  /// the publication's definition gives one): what the published ranking measures and this does not.
  public var unmeasured: [String]
  /// For each city of ``disagreements`` more than ``explainedBeyond`` places apart, why.
  public var explanations: [String: Explanation] = [:]
  /// The agreement in every published year, each against the open data of that year (or the
  /// latest earlier year ranked).
  public var everyYear: PublishedAgreement?

  /// Disagreements shown at least.
  static let disagreementsShown = 5
  /// Places apart beyond which a disagreement is explained.
  public static let explainedBeyond = 10

  /// The largest disagreements of the overall comparison: every city more than
  /// ``explainedBeyond`` places apart, and at least ``disagreementsShown``.
  public var disagreements: [RankingBenchmark.Pair] {
    let all = overall?.largestDisagreements ?? []
    let far = all.filter { abs($0.rankDifference) > Self.explainedBeyond }
    return far.count >= Self.disagreementsShown ? far : Array(all.prefix(Self.disagreementsShown))
  }

  /// - Parameter index: the publication's own definition, which names its areas.
  init(card: Scorecard, published: PublishedValues, name: String, index: IndexDefinition? = nil) {
    self.name = name
    file = published.file
    publishedYears = published.years(of: "rank")
    overall = try? RankingBenchmark(card, with: published, indicator: "rank")
    let definition = card.definition
    areas = PublishedAgreement.areas(card, with: published, otherYear: card.year)
    let year = card.year
    unmeasured = published.indicators.filter { id in
      id != "rank" && id != "total" && definition.index(of: id) == nil
        && published.entries.contains { $0.indicator == id && $0.year == year }
    }.map { index?[$0]?.name ?? $0 }
  }

  /// Explains each disagreement beyond ``explainedBeyond`` places with the city's page.
  mutating func explain(with profiles: [CityProfile]) {
    let byCity = Dictionary(profiles.map { ($0.city, $0) }, uniquingKeysWith: { first, _ in first })
    for pair in disagreements where abs(pair.rankDifference) > Self.explainedBeyond {
      guard let profile = byCity[pair.city] else { continue }
      let scored = profile.lines.filter { $0.isIndicator && !$0.score.isNaN }.sorted { $0.score < $1.score }
      explanations[pair.city] = Explanation(
        city: pair.city, weakest: Array(scored.prefix(2)), strongest: Array(scored.suffix(2).reversed()),
        areas: areas.compactMap { area in
          area.benchmark.pairs.first { $0.city == pair.city }.map { (area.name, $0.rank, $0.otherRank, area.benchmark.otherCount) }
        })
    }
  }
}

/// One year of a city's published results: rank and total as published.
public struct PublishedResult: Sendable, Equatable {
  public var year: Int
  public var rank: Int?
  public var total: Double?
  /// Whether the rank or the total was derived from published figures, not published as such.
  public var rankDerived = false
  public var totalDerived = false
  /// Where the year's figures were published.
  public var source = ""

  /// The source's first address, when it starts with one (`https://…`), and the rest of its
  /// text (further addresses, notes): `("https://a.de/x", "; wentzel-dr.de 72.74")`.
  public var sourceLink: (url: String?, rest: String) { Self.link(in: source) }

  /// A source text's first address, when it starts with one, and the rest of its text.
  public static func link(in source: String) -> (url: String?, rest: String) {
    let text = source.trimmingCharacters(in: .whitespaces)
    guard text.hasPrefix("http://") || text.hasPrefix("https://") else { return (nil, text) }
    let end = text.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? text.endIndex
    return (String(text[..<end]), String(text[end...]).trimmingCharacters(in: .whitespaces))
  }

  /// Every year in which `published` has a rank or a total for `city` (names matched as people
  /// type them), ascending.
  public static func of(_ city: String, in published: PublishedValues) -> [PublishedResult] {
    var byYear: [Int: PublishedResult] = [:]
    let key = CityMatching.keys(city)
    for entry in published.entries where entry.indicator == "rank" || entry.indicator == "total" {
      guard entry.city == city || !CityMatching.keys(entry.city).isDisjoint(with: key) else { continue }
      var result = byYear[entry.year] ?? PublishedResult(year: entry.year, rank: nil, total: nil)
      if entry.indicator == "rank" {
        result.rank = Int(entry.value)
        result.rankDerived = entry.isDerived
      } else {
        result.total = entry.value
        result.totalDerived = entry.isDerived
      }
      if result.source.isEmpty { result.source = entry.source }
      byYear[entry.year] = result
    }
    return byYear.keys.sorted().compactMap { byYear[$0] }
  }
}
