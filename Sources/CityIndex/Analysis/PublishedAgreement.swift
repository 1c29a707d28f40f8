/// How far the engine's ranking agrees with a published one in **every** year the publication
/// has ranks, overall and per area: Spearman's ρ and Kendall's τ of each published year against
/// the engine's scorecard of the open data that year uses.
///
///     let agreement = PublishedAgreement(cards, with: bitkom)
///     agreement.years.map { ($0.publishedYear, $0.dataYear, $0.overall?.spearman) }
///
/// The data year is the published year itself when the engine scored it, else the latest
/// earlier year it ranked (a publication of 2025 against open data that ends in 2023): the
/// comparison then says how far the latest open data anticipate a later ranking, and
/// ``Year/isCarried`` says so. Areas are compared where the publication gives at least
/// ``minimumCities`` of that area's scores that year.
public struct PublishedAgreement: Sendable {
  public struct Area: Sendable {
    public var id: String
    public var name: String
    public var benchmark: RankingBenchmark
  }

  public struct Year: Sendable {
    public var publishedYear: Int
    /// The year of the engine's scorecard it is compared with.
    public var dataYear: Int
    public var overall: RankingBenchmark?
    public var areas: [Area]
    /// Whether the data year is earlier than the published year.
    public var isCarried: Bool { dataYear < publishedYear }
  }

  /// Fewer matched cities than this say nothing about agreement.
  public static let minimumCities = 3

  /// One entry per published year with ranks that has a ranked scorecard at or before it, ascending.
  public var years: [Year]

  public init(_ cards: [Scorecard], with published: PublishedValues) {
    let ranked = cards.filter { card in card.ranks.contains { $0 != nil } }.sorted { $0.year < $1.year }
    years = published.years(of: "rank").compactMap { year in
      guard let card = ranked.last(where: { $0.year <= year }) else { return nil }
      return Year(
        publishedYear: year, dataYear: card.year,
        overall: try? RankingBenchmark(card, with: published, indicator: "rank", otherYear: year),
        areas: Self.areas(card, with: published, otherYear: year))
    }
  }

  /// Each area of the scorecard's index ranked against the published area scores of `otherYear`,
  /// where the publication gives at least ``minimumCities`` of them.
  public static func areas(_ card: Scorecard, with published: PublishedValues, otherYear: Int) -> [Area] {
    let definition = card.definition
    return definition.children[definition.root].compactMap { node in
      let id = definition.nodes[node].id
      guard let benchmark = try? RankingBenchmark(card, with: published, indicator: id, otherYear: otherYear),
        benchmark.n >= minimumCities
      else { return nil }
      return Area(id: id, name: definition.nodes[node].name, benchmark: benchmark)
    }
  }

  /// The mean of the overall ρ over the years compared (each year counts once), `nil` when none.
  public var meanSpearman: Double? {
    let values = years.compactMap { $0.overall?.spearman }.filter { !$0.isNaN }
    return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }
}
