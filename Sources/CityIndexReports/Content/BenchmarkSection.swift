import CityIndex

/// The report's comparison with a published ranking (Bitkom's Smart City Index): how far the
/// two agree overall and per area, where they disagree most, and each city's published results.
public struct BenchmarkSection: Sendable {
  /// Who published it, as the reader knows it: "Bitkom Smart City Index".
  public var name: String
  public var file: String
  /// The overall ranking against the published ranks of the same year; `nil` when the
  /// publication has no ranks for it.
  public var overall: RankingBenchmark?
  /// Per area of the index with at least ``minimumCities`` published scores that year.
  public var areas: [(name: String, benchmark: RankingBenchmark)]
  /// Years with published ranks, for "no ranks for …" messages.
  public var publishedYears: [Int]

  /// Fewer matched cities than this say nothing about agreement.
  static let minimumCities = 3
  /// Disagreements shown.
  static let disagreementsShown = 5

  /// The largest disagreements of the overall comparison.
  public var disagreements: [RankingBenchmark.Pair] { Array(overall?.largestDisagreements.prefix(Self.disagreementsShown) ?? []) }

  init(card: Scorecard, published: PublishedValues, name: String) {
    self.name = name
    file = published.file
    publishedYears = published.years(of: "rank")
    overall = try? RankingBenchmark(card, with: published, indicator: "rank")
    let definition = card.definition
    areas = definition.children[definition.root].compactMap { node in
      let id = definition.nodes[node].id
      guard let benchmark = try? RankingBenchmark(card, with: published, indicator: id), benchmark.n >= Self.minimumCities
      else { return nil }
      return (definition.nodes[node].name, benchmark)
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
  public var sourceLink: (url: String?, rest: String) {
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
