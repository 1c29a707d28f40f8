/// The result of scoring one year: every node's score for every ranked city, and the ranks.
///
///     for city in scorecard.rankingOrder {
///       print(scorecard.ranks[city]!, scorecard.cities[city], scorecard.score(city: city, node: scorecard.definition.root))
///     }
public struct Scorecard: Sendable {
  /// The definition with the weights the run used (those of ``ScoringOptions/weighting``).
  public var definition: IndexDefinition
  public var year: Int
  public var options: ScoringOptions
  /// Cities that passed the coverage screen, in dataset order.
  public var cities: [String]
  /// Cities × nodes (the definition's order): normalised scores at the leaves, aggregated
  /// scores at the groups; `NaN` where missing.
  public var scores: Matrix
  /// Share of indicators with a raw value, per city, before imputation.
  public var coverage: [Double]
  /// Cities × indicators: the raw values that were normalised — after denominators,
  /// imputation and outlier treatment.
  public var values: Matrix
  /// The values imputation filled in (ranked and unranked cities of the year alike).
  public var imputed: [ImputedValue] = []
  /// What outlier treatment did, per indicator; empty without treatment.
  public var treatments: [IndicatorTreatment] = []
  /// Competition rank per city; `nil` when the city has no total score.
  public var ranks: [Int?]
  /// Cities of the year that are not ranked, and why.
  public var notRanked: [NotRanked]
  /// Things worth knowing that did not stop the run (e.g. an indicator with zero range).
  public var warnings: [Diagnostic]

  /// The score of one city at one node.
  public func score(city: Int, node: Int) -> Double { scores[city, node] }

  /// The total (root) score of each city.
  public var totals: [Double] { scores.column(definition.root) }

  /// Positions in ``cities`` of the ranked cities, best first; ties in name order.
  public var rankingOrder: [Int] {
    cities.indices.filter { ranks[$0] != nil }.sorted { a, b in
      let (ra, rb) = (ranks[a] ?? 0, ranks[b] ?? 0)
      return ra != rb ? ra < rb : cities[a] < cities[b]
    }
  }

  /// The position of a city by exact name.
  public func index(of city: String) -> Int? { cities.firstIndex(of: city) }
}
